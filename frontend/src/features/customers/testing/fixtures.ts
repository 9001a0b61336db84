import type { Customer, CustomerPage } from '@/lib/api/types';

export const ANA_ID = 'dddddddd-0000-4000-8000-000000000001';
export const BEN_ID = 'dddddddd-0000-4000-8000-000000000002';

/** A customer as the backend sends it: fields set to null (no name, never opted out, ...) are left out of the JSON. */
export function customer(overrides: Partial<Customer> = {}): Customer {
  const fields: Customer = {
    id: ANA_ID,
    email: 'ana@example.com',
    name: 'Ana Lopez',
    language: 'en',
    externalId: 'C-1001',
    attributes: { segment: 'enterprise' },
    optedOut: false,
    lastContactedAt: '2026-11-20T09:00:00Z',
    createdAt: '2026-10-01T09:00:00Z',
    ...overrides,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as Customer;
}

export function customerPage(items: Customer[], total = items.length, page = 0): CustomerPage {
  return { items, page, size: 20, total };
}
