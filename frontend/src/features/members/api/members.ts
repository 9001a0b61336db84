import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type {
  InvitedMember,
  Member,
  MemberChangeRequest,
  MemberPage,
  MemberQuery,
  NewMemberRequest,
} from '@/lib/api/types';
import type { ProblemError } from '@/lib/problem-details';

export const MEMBERS_QUERY_KEY = ['members'] as const;
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

/** POST /api/members: 201 with the member and a one-time password (unless an invitation email was sent). */
export function inviteMember(request: NewMemberRequest): Promise<InvitedMember> {
  return api.post<InvitedMember>('/api/members', request);
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
    ]);
}

export function useInviteMember() {
  const invalidate = useInvalidateMembers();
  // The response holds a one-time password: keep it out of the mutation cache once it is shown.
  return useMutation<InvitedMember, ProblemError, NewMemberRequest>({
    mutationFn: inviteMember,
    onSuccess: () => void invalidate(),
    gcTime: 0,
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
