import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiDownload } from '@/lib/api-client';
import type { ComplaintAssignee, CustomerPage } from '@/lib/api/types';
import { saveDownload } from '@/lib/download';
import type { ProblemError } from '@/lib/problem-details';
import type {
  CancelRequest,
  NewPromiseRequest,
  NoteRequest,
  OwnerRequest,
  PromiseDetail,
  PromisePage,
  PromiseQuery,
  PromiseSummary,
  RenegotiateRequest,
} from './types';

export const PROMISES_QUERY_KEY = ['promises'] as const;
export const PROMISES_PAGE_SIZE = 25;
/** The largest page the API gives (the calendar asks for a month at once). */
export const PROMISES_MAX_PAGE_SIZE = 200;
const promisePath = (id: string) => `/api/promises/${encodeURIComponent(id)}`;
const detailKey = (id: string) => [...PROMISES_QUERY_KEY, 'one', id] as const;

/** The query as the API client sends it: undefined and '' values are left out. */
const params = (query: PromiseQuery) => ({ ...query }) as Record<string, string | number | undefined>;

/** GET /api/promises: what the member may see (STAFF their own, MANAGER their units', ADMIN and EXECUTIVE all), filtered. */
export function usePromises(query: PromiseQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery<PromisePage, ProblemError>({
    queryKey: [...PROMISES_QUERY_KEY, 'list', query],
    queryFn: ({ signal }) => api.get<PromisePage>('/api/promises', { query: params(query), signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** GET /api/promises/summary: the caller's own open promises, overdue, due today and upcoming. */
export function usePromiseSummary({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery<PromiseSummary, ProblemError>({
    queryKey: [...PROMISES_QUERY_KEY, 'summary'],
    queryFn: ({ signal }) => api.get<PromiseSummary>('/api/promises/summary', { signal }),
    enabled,
  });
}

/** Downloads the list's filters as CSV (GET /api/promises/export.csv; page and size don't apply). */
export async function downloadPromises(query: PromiseQuery): Promise<void> {
  const { page: _page, size: _size, ...filters } = query;
  saveDownload(await apiDownload('/api/promises/export.csv', { query: params(filters) }), 'promises.csv');
}

export function usePromise(id: string) {
  return useQuery<PromiseDetail, ProblemError>({
    queryKey: detailKey(id),
    queryFn: ({ signal }) => api.get<PromiseDetail>(promisePath(id), { signal }),
  });
}

/** POST /api/promises: 201 with the new promise; the same clientRequestId again answers the first one. */
export function useCreatePromise() {
  const queryClient = useQueryClient();
  return useMutation<PromiseDetail, ProblemError, NewPromiseRequest>({
    mutationFn: (request) => api.post<PromiseDetail>('/api/promises', request),
    onSuccess: (detail) => {
      queryClient.setQueryData(detailKey(detail.promise.id), detail);
      void queryClient.invalidateQueries({ queryKey: PROMISES_QUERY_KEY, predicate: (query) => query.queryKey[1] !== 'one' });
    },
  });
}

/** Every change of a promise answers with its page: it is shown at once, the lists and counts follow. */
function usePromiseChange<V>(id: string, send: (value: V) => Promise<PromiseDetail>) {
  const queryClient = useQueryClient();
  return useMutation<PromiseDetail, ProblemError, V>({
    mutationFn: send,
    onSuccess: (detail) => {
      queryClient.setQueryData(detailKey(id), detail);
      void queryClient.invalidateQueries({ queryKey: PROMISES_QUERY_KEY, predicate: (query) => query.queryKey[1] !== 'one' });
    },
  });
}

/** POST …/keep: the owner, their manager or an admin marks an open promise kept (409 when it is not open). */
export const useKeepPromise = (id: string) =>
  usePromiseChange<NoteRequest>(id, (request) => api.post<PromiseDetail>(`${promisePath(id)}/keep`, request));

/** POST …/break: marks an open promise broken. */
export const useBreakPromise = (id: string) =>
  usePromiseChange<NoteRequest>(id, (request) => api.post<PromiseDetail>(`${promisePath(id)}/break`, request));

/** POST …/renegotiate: a new due time the customer agreed to (the note says so); the old one stays in the history. */
export const useRenegotiatePromise = (id: string) =>
  usePromiseChange<RenegotiateRequest>(id, (request) => api.post<PromiseDetail>(`${promisePath(id)}/renegotiate`, request));

/** POST …/cancel: with a reason; a cancelled promise does not count in the kept rate. */
export const useCancelPromise = (id: string) =>
  usePromiseChange<CancelRequest>(id, (request) => api.post<PromiseDetail>(`${promisePath(id)}/cancel`, request));

/** POST …/fulfilled-late: a broken promise delivered after all (it stays broken; its lateness counts). */
export const useFulfilledLate = (id: string) =>
  usePromiseChange<NoteRequest>(id, (request) => api.post<PromiseDetail>(`${promisePath(id)}/fulfilled-late`, request));

/** PUT …/owner (MANAGER within their units, ADMIN). */
export const useReassignPromise = (id: string) =>
  usePromiseChange<OwnerRequest>(id, (request) => api.put<PromiseDetail>(`${promisePath(id)}/owner`, request));

/** POST …/notify-customer: mails the customer what and when with the status link (422 without SMTP or customer). */
export const useNotifyCustomer = (id: string) =>
  usePromiseChange<void>(id, () => api.post<PromiseDetail>(`${promisePath(id)}/notify-customer`));

/**
 * GET /api/complaints/assignees: whom a promise may be given, the same people complaints may be (ADMIN: all active
 * members, MANAGER: their units' members). STAFF can't read it: they promise for themselves.
 */
export function usePromiseOwners(enabled: boolean) {
  return useQuery<ComplaintAssignee[], ProblemError>({
    queryKey: [...PROMISES_QUERY_KEY, 'owners'],
    queryFn: ({ signal }) => api.get<ComplaintAssignee[]>('/api/complaints/assignees', { signal }),
    enabled,
    staleTime: 60_000,
  });
}

/** GET /api/customers?q=: the directory's matches for the customer picker (ADMIN, MANAGER). */
export function useCustomerSearch(q: string, enabled: boolean) {
  return useQuery<CustomerPage, ProblemError>({
    queryKey: [...PROMISES_QUERY_KEY, 'customer-search', q],
    queryFn: ({ signal }) => api.get<CustomerPage>('/api/customers', { query: { q, size: 10, sort: 'name', order: 'asc' }, signal }),
    enabled: enabled && q.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
