import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ApiRequestBody } from '@/lib/api/types';
import type {
  Classification,
  ClassificationChange,
  ClassificationRequest,
  ComplaintAssignee,
  ComplaintAssignment,
  ComplaintDetail,
  ComplaintFormLink,
  ComplaintInboxQuery,
  ComplaintMessageRequest,
  ComplaintPage,
  ComplaintReceipt,
  ComplaintStatus,
  RecordComplaintRequest,
  SlaState,
  Touchpoint,
  TouchpointRequest,
} from '@/lib/api/types';
import type { ProblemError } from '@/lib/problem-details';

export const COMPLAINTS_QUERY_KEY = ['complaints'] as const;
export const COMPLAINTS_PAGE_SIZE = 20;
const complaintPath = (id: string) => `/api/complaints/${encodeURIComponent(id)}`;
const detailKey = (id: string) => [...COMPLAINTS_QUERY_KEY, 'one', id] as const;

/**
 * The inbox's orders: newest or most recently changed first, by reference, by status (in the workflow's order), due
 * soonest (the API puts complaints without a due time last).
 */
export const COMPLAINT_SORTS = {
  newest: { sort: 'createdAt', order: 'desc' },
  oldest: { sort: 'createdAt', order: 'asc' },
  updated: { sort: 'updatedAt', order: 'desc' },
  reference: { sort: 'reference', order: 'desc' },
  status: { sort: 'status', order: 'asc' },
  dueSoonest: { sort: 'dueAt', order: 'asc' },
} as const satisfies Record<string, Pick<ComplaintInboxQuery, 'sort' | 'order'>>;
export type ComplaintSort = keyof typeof COMPLAINT_SORTS;

/** The inbox's SLA filter values as the API takes them (`sla=dueSoon`), in the order offered. */
export const SLA_FILTERS = ['ok', 'warning', 'breached', 'dueSoon'] as const;
export type SlaFilter = (typeof SLA_FILTERS)[number];
const isSlaFilter = (value: string): value is SlaFilter => (SLA_FILTERS as readonly string[]).includes(value);
/** The SLA filter a complaint's SLA state falls under (the badge and the filter share their words). */
export const SLA_FILTER_OF: Record<SlaState, SlaFilter> = { OK: 'ok', WARNING: 'warning', BREACHED: 'breached', DUE_SOON: 'dueSoon' };

/** What the inbox filters by; '' is "any". `touchpoint` is a touchpoint's name, as complaints keep it. */
export interface InboxFilters {
  status: ComplaintStatus | '';
  categoryId: string;
  priorityId: string;
  unitId: string;
  assigneeId: string;
  sla: SlaFilter | '';
  touchpoint: string;
}
export const NO_FILTERS: InboxFilters = { status: '', categoryId: '', priorityId: '', unitId: '', assigneeId: '', sla: '', touchpoint: '' };

/** A complaint's statuses in the workflow's order. */
export const COMPLAINT_STATUSES: readonly ComplaintStatus[] = ['NEW', 'OPEN', 'WAITING_FOR_CUSTOMER', 'RESOLVED', 'CLOSED'];
const isStatus = (value: string): value is ComplaintStatus => (COMPLAINT_STATUSES as readonly string[]).includes(value);

/**
 * The inbox's filters and order as the page address keeps them (`/complaints?status=OPEN&sort=oldest`), so that
 * going back from a complaint, reloading or sharing the link shows the same list; unknown values count as "any".
 */
export function inboxViewFrom(params: URLSearchParams): { filters: InboxFilters; sort: ComplaintSort } {
  const status = params.get('status') ?? '';
  const sort = params.get('sort') ?? '';
  return {
    filters: {
      status: isStatus(status) ? status : '',
      categoryId: params.get('categoryId') ?? '',
      priorityId: params.get('priorityId') ?? '',
      unitId: params.get('unitId') ?? '',
      assigneeId: params.get('assigneeId') ?? '',
      sla: isSlaFilter(params.get('sla') ?? '') ? (params.get('sla') as SlaFilter) : '',
      touchpoint: params.get('touchpoint') ?? '',
    },
    sort: sort in COMPLAINT_SORTS ? (sort as ComplaintSort) : 'newest',
  };
}

/** The page address's parameters for a view: "any" filters and the default order are left out. */
export function inboxViewParams(filters: InboxFilters, sort: ComplaintSort): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (sort !== 'newest') params.set('sort', sort);
  return params;
}

/** The inbox's query parameters: empty filters are left out (the API client drops '' values). */
export function inboxQuery(filters: InboxFilters, q: string, page: number, sort: ComplaintSort): ComplaintInboxQuery {
  return {
    status: filters.status || undefined,
    categoryId: filters.categoryId || undefined,
    priorityId: filters.priorityId || undefined,
    unitId: filters.unitId || undefined,
    assigneeId: filters.assigneeId || undefined,
    sla: filters.sla || undefined,
    touchpoint: filters.touchpoint || undefined,
    q: q || undefined,
    page,
    size: COMPLAINTS_PAGE_SIZE,
    ...COMPLAINT_SORTS[sort],
  };
}

/** GET /api/complaints: what the member may see (ADMIN all, MANAGER their units', STAFF theirs), filtered. */
export function useInbox(query: ComplaintInboxQuery) {
  return useQuery<ComplaintPage, ProblemError>({
    queryKey: [...COMPLAINTS_QUERY_KEY, 'list', query],
    queryFn: ({ signal }) => api.get<ComplaintPage>('/api/complaints', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useComplaint(id: string) {
  return useQuery<ComplaintDetail, ProblemError>({
    queryKey: detailKey(id),
    queryFn: ({ signal }) => api.get<ComplaintDetail>(complaintPath(id), { signal }),
  });
}

/** Every change of a complaint answers with the complaint and its conversation: the page shows that answer. */
function useComplaintChange<V>(id: string, send: (value: V) => Promise<ComplaintDetail>) {
  const queryClient = useQueryClient();
  return useMutation<ComplaintDetail, ProblemError, V>({
    mutationFn: send,
    onSuccess: (detail) => {
      queryClient.setQueryData(detailKey(id), detail);
      void queryClient.invalidateQueries({ queryKey: [...COMPLAINTS_QUERY_KEY, 'list'] });
    },
  });
}

/** POST …/messages: a public reply (the customer reads it; the first one opens a new complaint) or an internal note. */
export function useAddMessage(id: string) {
  return useComplaintChange<ComplaintMessageRequest>(id, (request) =>
    api.post<ComplaintDetail>(`${complaintPath(id)}/messages`, request),
  );
}

/**
 * POST …/status: CLOSED is final, RESOLVED can reopen (to OPEN), nothing becomes NEW again. Closing a recovery case
 * also takes its root cause and whether the customer's issue was resolved.
 */
export interface StatusChange {
  status: ComplaintStatus;
  rootCauseId?: string;
  issueResolved?: boolean;
  /** What becomes of the complaint's open promises (asked after a 409 `open-promises` answer). */
  openPromises?: ApiRequestBody<'/api/complaints/{id}/status', 'post'>['openPromises'];
}
export function useChangeStatus(id: string) {
  return useComplaintChange<ComplaintStatus | StatusChange>(id, (change) =>
    api.post<ComplaintDetail>(`${complaintPath(id)}/status`, typeof change === 'string' ? { status: change } : change),
  );
}

/** PUT …/classification: category and priority (null clears); the backend picks the SLA policy again. */
export function useClassify(id: string) {
  return useComplaintChange<ClassificationChange>(id, (change) =>
    api.put<ComplaintDetail>(`${complaintPath(id)}/classification`, change),
  );
}

/** PUT …/assignment (ADMIN, MANAGER): a unit and a member, either may be null. */
export function useAssign(id: string) {
  return useComplaintChange<ComplaintAssignment>(id, (assignment) =>
    api.put<ComplaintDetail>(`${complaintPath(id)}/assignment`, assignment),
  );
}

/** POST /api/complaints: staff record a complaint a customer made by phone, visit or email. */
export function useRecordComplaint() {
  const queryClient = useQueryClient();
  return useMutation<ComplaintReceipt, ProblemError, RecordComplaintRequest>({
    mutationFn: (request) => api.post<ComplaintReceipt>('/api/complaints', request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...COMPLAINTS_QUERY_KEY, 'list'] }),
  });
}

const formLinkKey = [...COMPLAINTS_QUERY_KEY, 'form-link'] as const;

/** GET /api/complaints/form-link (ADMIN, MANAGER): the tenant's public complaint form, and a link per active touchpoint. */
export function useFormLink(enabled: boolean) {
  return useQuery<ComplaintFormLink, ProblemError>({
    queryKey: formLinkKey,
    queryFn: ({ signal }) => api.get<ComplaintFormLink>('/api/complaints/form-link', { signal }),
    enabled,
    staleTime: Infinity,
  });
}

/**
 * The tenant's named lists share their endpoints' shape: /api/complaints/categories, …/priorities and …/root-causes
 * (what recovery cases are closed with).
 */
export type ClassificationKind = 'categories' | 'priorities' | 'root-causes';
const classificationsKey = (kind: ClassificationKind) => [...COMPLAINTS_QUERY_KEY, kind] as const;

/** Those handling complaints read the lists (not EXECUTIVE: `enabled` false spares a request bound to fail). */
export function useClassifications(kind: ClassificationKind, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery<Classification[], ProblemError>({
    queryKey: classificationsKey(kind),
    queryFn: ({ signal }) => api.get<Classification[]>(`/api/complaints/${kind}`, { signal }),
    enabled,
    staleTime: 60_000,
  });
}

/** POST (without id) or PUT (with id) a category, priority or root cause (ADMIN, MANAGER). */
export function useSaveClassification(kind: ClassificationKind) {
  const queryClient = useQueryClient();
  return useMutation<Classification, ProblemError, { id?: string; request: ClassificationRequest }>({
    mutationFn: ({ id, request }) =>
      id
        ? api.put<Classification>(`/api/complaints/${kind}/${encodeURIComponent(id)}`, request)
        : api.post<Classification>(`/api/complaints/${kind}`, request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: classificationsKey(kind) }),
  });
}

/** GET /api/complaints/root-causes: what a recovery case can be closed with (named like categories). */
export function useRootCauses(enabled: boolean) {
  return useQuery<Classification[], ProblemError>({
    queryKey: [...COMPLAINTS_QUERY_KEY, 'root-causes'],
    queryFn: ({ signal }) => api.get<Classification[]>('/api/complaints/root-causes', { signal }),
    enabled,
    staleTime: 60_000,
  });
}

/**
 * GET /api/complaints/assignees: whom a complaint may be given (ADMIN: all active members, MANAGER: their units'
 * members); also names message authors and assignees. STAFF may not read it, so they get no list.
 */
export function useAssignees(enabled: boolean) {
  return useQuery<ComplaintAssignee[], ProblemError>({
    queryKey: [...COMPLAINTS_QUERY_KEY, 'assignees'],
    queryFn: ({ signal }) => api.get<ComplaintAssignee[]>('/api/complaints/assignees', { signal }),
    enabled,
    staleTime: 60_000,
  });
}

const touchpointsKey = [...COMPLAINTS_QUERY_KEY, 'touchpoints'] as const;

/** GET /api/complaints/touchpoints: the tenant's touchpoints, active and retired (ADMIN, MANAGER, STAFF). */
export function useTouchpoints() {
  return useQuery<Touchpoint[], ProblemError>({
    queryKey: touchpointsKey,
    queryFn: ({ signal }) => api.get<Touchpoint[]>('/api/complaints/touchpoints', { signal }),
    staleTime: 60_000,
  });
}

/** POST (without id) or PUT (with id) a touchpoint (ADMIN, MANAGER); the form links follow. */
export function useSaveTouchpoint() {
  const queryClient = useQueryClient();
  return useMutation<Touchpoint, ProblemError, { id?: string; request: TouchpointRequest }>({
    mutationFn: ({ id, request }) =>
      id
        ? api.put<Touchpoint>(`/api/complaints/touchpoints/${encodeURIComponent(id)}`, request)
        : api.post<Touchpoint>('/api/complaints/touchpoints', request),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: touchpointsKey });
      void queryClient.invalidateQueries({ queryKey: formLinkKey });
    },
  });
}

/** The touchpoints a new complaint may come through: the active ones, in their order. */
export function activeTouchpoints(touchpoints: readonly Touchpoint[] | undefined): Touchpoint[] {
  return [...(touchpoints ?? [])].filter((t) => t.active).sort((a, b) => a.position - b.position);
}
