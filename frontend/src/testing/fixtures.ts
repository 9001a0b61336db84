import type { Me, Member, Membership, Unit } from '@/lib/api/types';

export const TENANT_A = '11111111-1111-4111-8111-111111111111';
export const TENANT_B = '22222222-2222-4222-8222-222222222222';

export function membership(overrides: Partial<Membership> = {}): Membership {
  return {
    tenantId: TENANT_A,
    tenantName: 'Acme Corporation',
    slug: 'acme',
    locale: 'en',
    memberId: 'aaaaaaaa-0000-4000-8000-000000000001',
    roles: ['ADMIN'],
    ...overrides,
  };
}

/** /api/me for a member of one tenant (selected implicitly) holding `roles`. */
export function me(overrides: Partial<Me> & { roles?: Me['roles'] } = {}): Me {
  const roles = overrides.roles ?? ['ADMIN'];
  const memberships = overrides.memberships ?? [membership({ roles })];
  return {
    subject: 'subject-1',
    email: 'alex@acme.example',
    name: 'Alex Example',
    selectedTenantId: memberships.length === 1 ? memberships[0]!.tenantId : undefined,
    roles,
    memberships,
    ...overrides,
  };
}

export function member(overrides: Partial<Member> = {}): Member {
  return {
    id: 'bbbbbbbb-0000-4000-8000-000000000001',
    email: 'sam@acme.example',
    displayName: 'Sam Staff',
    roles: ['STAFF'],
    unitId: null,
    level: 'FRONTLINE',
    status: 'ACTIVE',
    loginLinked: true,
    createdAt: '2026-01-01T10:00:00Z',
    updatedAt: '2026-01-01T10:00:00Z',
    ...overrides,
  };
}

export function unit(id: string, name: string, children: Unit[] = [], overrides: Partial<Unit> = {}): Unit {
  const kids = children.map((child) => ({ ...child, parentId: id }));
  return { id, name, kind: children.length > 0 ? 'DEPARTMENT' : 'TEAM', parentId: null, memberCount: 0, children: kids, ...overrides };
}
