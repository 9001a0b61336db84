import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type {
  Member,
  MemberChangeRequest,
  MemberInvitation,
  MemberInvitationRequest,
  MemberPage,
  MemberQuery,
  SentMemberInvitation,
} from '@/lib/api/types';
import type { ProblemError } from '@/lib/problem-details';

export const MEMBERS_QUERY_KEY = ['members'] as const;
export const INVITATIONS_QUERY_KEY = ['member-invitations'] as const;
export const MEMBERS_PAGE_SIZE = 20;

/** GET /api/members?q=&page=&size= */
export function fetchMembers(query: MemberQuery, signal?: AbortSignal): Promise<MemberPage> {
  return api.get<MemberPage>('/api/members', { query: { ...query }, signal });
}

export function useMembers(query: { q: string; page: number; size?: number }) {
  const params: MemberQuery = { q: query.q || undefined, page: query.page, size: query.size ?? MEMBERS_PAGE_SIZE };
  return useQuery<MemberPage, ProblemError>({
    queryKey: [...MEMBERS_QUERY_KEY, 'list', params],
    queryFn: ({ signal }) => fetchMembers(params, signal),
    placeholderData: keepPreviousData, // keep the table while the next page or search loads
  });
}

/**
 * POST /api/invitations: 201 with the pending invitation and its link (mailed too when SMTP is set up). The
 * person becomes a member only by accepting it; the answer is the same whether or not the email has a login.
 */
export function inviteMember(request: MemberInvitationRequest): Promise<SentMemberInvitation> {
  return api.post<SentMemberInvitation>('/api/invitations', request);
}

/** GET /api/invitations: the open invitations, expired ones included. */
export function usePendingInvitations() {
  return useQuery<MemberInvitation[], ProblemError>({
    queryKey: [...INVITATIONS_QUERY_KEY],
    queryFn: ({ signal }) => api.get<MemberInvitation[]>('/api/invitations', { signal }),
  });
}

/** A new link for the invitation (the old one stops working), valid for the full period again. */
export function useResendInvitation() {
  const queryClient = useQueryClient();
  return useMutation<SentMemberInvitation, ProblemError, string>({
    mutationFn: (id) => api.post<SentMemberInvitation>(`/api/invitations/${encodeURIComponent(id)}/resend`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: INVITATIONS_QUERY_KEY }),
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation<void, ProblemError, string>({
    mutationFn: (id) => api.delete<void>(`/api/invitations/${encodeURIComponent(id)}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: INVITATIONS_QUERY_KEY }),
  });
}

export function changeMember(id: string, request: MemberChangeRequest): Promise<Member> {
  return api.put<Member>(`/api/members/${encodeURIComponent(id)}`, request);
}

export function setMemberActive(id: string, active: boolean): Promise<Member> {
  return api.post<Member>(`/api/members/${encodeURIComponent(id)}/${active ? 'reactivate' : 'deactivate'}`);
}

/** Member changes also change unit member counts. */
function useInvalidateMembers() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: MEMBERS_QUERY_KEY }),
      queryClient.invalidateQueries({ queryKey: ['units'] }),
      queryClient.invalidateQueries({ queryKey: INVITATIONS_QUERY_KEY }),
    ]);
}

export function useInviteMember() {
  const invalidate = useInvalidateMembers();
  return useMutation<SentMemberInvitation, ProblemError, MemberInvitationRequest>({
    mutationFn: inviteMember,
    onSuccess: () => void invalidate(),
  });
}

export function useChangeMember() {
  const invalidate = useInvalidateMembers();
  return useMutation<Member, ProblemError, { id: string; request: MemberChangeRequest }>({
    mutationFn: ({ id, request }) => changeMember(id, request),
    onSuccess: () => void invalidate(),
  });
}

export function useSetMemberActive() {
  const invalidate = useInvalidateMembers();
  return useMutation<Member, ProblemError, { id: string; active: boolean }>({
    mutationFn: ({ id, active }) => setMemberActive(id, active),
    onSuccess: () => void invalidate(),
  });
}
