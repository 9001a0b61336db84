import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useAuth } from 'react-oidc-context';
import type { Me, Membership } from '@/lib/api/types';
import { applyTenantLocale } from '@/lib/i18n';
import { isProblemError } from '@/lib/problem-details';
import { resetUserQueries } from '@/lib/query-client';
import { setSelectedTenantId, useSelectedTenantId } from '@/lib/tenant-selection';
import { useMe } from '../api/me';

/** The membership of the selected tenant (explicit, or implied by having exactly one). */
export function selectedMembership(me: Me | undefined): Membership | null {
  if (!me?.selectedTenantId) return null;
  return me.memberships.find((m) => m.tenantId === me.selectedTenantId) ?? null;
}

/** The signed-in person with the selected membership and the roles held there. */
export function useSession() {
  const auth = useAuth();
  const me = useMe();
  const membership = selectedMembership(me.data);
  const roles: readonly string[] = me.data?.roles ?? [];
  return { auth, me, membership, roles };
}

/** Switches the tenant: every cached answer belonged to the old one. */
export function useSelectTenant() {
  const queryClient = useQueryClient();
  return (tenantId: string | null) => {
    setSelectedTenantId(tenantId);
    void resetUserQueries(queryClient);
  };
}

/**
 * Keeps the tenant selection and UI language in line with /api/me; mounted once by the layout.
 * A stored tenant the user no longer belongs to (403, or missing from the memberships) is forgotten.
 */
export function useSessionSync(): void {
  const { me, membership } = useSession();
  const tenantId = useSelectedTenantId();
  const queryClient = useQueryClient();

  const stale =
    tenantId !== null &&
    ((isProblemError(me.error) && me.error.status === 403) ||
      (me.data !== undefined && !me.data.memberships.some((m) => m.tenantId === tenantId)));

  useEffect(() => {
    if (!stale) return;
    setSelectedTenantId(null);
    void resetUserQueries(queryClient);
  }, [stale, queryClient]);

  const locale = membership?.locale;
  useEffect(() => {
    if (locale) applyTenantLocale(locale);
  }, [locale]);
}
