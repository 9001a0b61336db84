import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAuth } from 'react-oidc-context';
import { api } from '@/lib/api-client';
import type { InvitationDetails, JoinedTenant, MyInvitation, NewTenantRequest, TenantSettings } from '@/lib/api/types';
import type { ProblemError } from '@/lib/problem-details';

const MY_INVITATIONS_KEY = ['my-invitations'] as const;

/** GET /api/public/invitations/{token}: what the link invites to; readable without signing in. */
export function useInvitationDetails(token: string) {
  return useQuery<InvitationDetails, ProblemError>({
    queryKey: ['invitation', token],
    queryFn: ({ signal }) =>
      api.get<InvitationDetails>(`/api/public/invitations/${encodeURIComponent(token)}`, { signal }),
    retry: false,
  });
}

/** Creates the login for the invited email with the chosen password (nothing changes if it has one already). */
export function useCreateInvitedLogin(token: string) {
  return useMutation<void, ProblemError, string>({
    mutationFn: (password) =>
      api.post<void>(`/api/public/invitations/${encodeURIComponent(token)}/login`, { password }),
  });
}

export function useDeclineByLink(token: string) {
  const queryClient = useQueryClient();
  return useMutation<void, ProblemError, void>({
    mutationFn: () => api.post<void>(`/api/public/invitations/${encodeURIComponent(token)}/decline`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['invitation', token] }),
  });
}

/** GET /api/me/invitations: open invitations addressed to the signed-in login's verified email. */
export function useMyInvitations() {
  const auth = useAuth();
  return useQuery<MyInvitation[], ProblemError>({
    queryKey: [...MY_INVITATIONS_KEY],
    queryFn: ({ signal }) => api.get<MyInvitation[]>('/api/me/invitations', { signal }),
    enabled: auth.isAuthenticated,
  });
}

/** Every membership change invalidates /api/me and the invitations. */
function useInvalidateAccount() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: MY_INVITATIONS_KEY }),
      queryClient.invalidateQueries({ queryKey: ['me'] }),
      queryClient.invalidateQueries({ queryKey: ['invitation'] }),
    ]);
}

/** What accepting sends: the invitation, and its link's token where the link proves the invitee (linkNeeded). */
export interface AcceptInvitation {
  id: string;
  token?: string;
}

export function useAcceptInvitation() {
  const invalidate = useInvalidateAccount();
  return useMutation<JoinedTenant, ProblemError, AcceptInvitation>({
    mutationFn: ({ id, token }) =>
      api.post<JoinedTenant>(`/api/me/invitations/${encodeURIComponent(id)}/accept`, token ? { token } : undefined),
    onSuccess: () => void invalidate(),
  });
}

export function useDeclineInvitation() {
  const invalidate = useInvalidateAccount();
  return useMutation<void, ProblemError, string>({
    mutationFn: (id) => api.post<void>(`/api/me/invitations/${encodeURIComponent(id)}/decline`),
    onSuccess: () => void invalidate(),
  });
}

/** POST /api/me/tenants: a further organization, with the signed-in login as its first admin. */
export function useCreateTenant() {
  const invalidate = useInvalidateAccount();
  return useMutation<TenantSettings, ProblemError, NewTenantRequest>({
    mutationFn: (request) => api.post<TenantSettings>('/api/me/tenants', request),
    onSuccess: () => void invalidate(),
  });
}
