import { useSession } from '@/features/auth';
import { COMPLAINT_MANAGERS, isAllowed, PROMISE_RECORDERS } from '@/lib/permissions';
import type { PromiseScope } from '../api/types';

/**
 * What the member does with promises: records and acts on them (STAFF, MANAGER, ADMIN), oversees others' (MANAGER:
 * their units', ADMIN and EXECUTIVE: the tenant's), and which list they start with: STAFF their own, everyone else
 * what they may see.
 */
export function usePromiseRoles() {
  const { roles } = useSession();
  const records = isAllowed(PROMISE_RECORDERS, roles);
  const manages = isAllowed(COMPLAINT_MANAGERS, roles);
  const oversees = manages || roles.includes('EXECUTIVE');
  const defaultScope: PromiseScope = oversees ? 'VISIBLE' : 'MINE';
  return { records, manages, oversees, defaultScope };
}
