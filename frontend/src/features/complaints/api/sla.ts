import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiDownload } from '@/lib/api-client';
import type { Assignee, Calendar, SlaPolicy, SlaPolicyRequest, SlaReport, SlaReportQuery } from '@/lib/api/types';
import { saveDownload } from '@/lib/download';
import type { ProblemError } from '@/lib/problem-details';
import { COMPLAINTS_QUERY_KEY } from './complaints';

const POLICIES_KEY = [...COMPLAINTS_QUERY_KEY, 'sla-policies'] as const;
const POLICIES_PATH = '/api/complaints/sla-policies';
const policyPath = (id: string) => `${POLICIES_PATH}/${encodeURIComponent(id)}`;

/** GET /api/complaints/sla-policies: the tenant's policies in their order (the first that matches sets the clocks). */
export function useSlaPolicies() {
  return useQuery<SlaPolicy[], ProblemError>({
    queryKey: POLICIES_KEY,
    queryFn: ({ signal }) => api.get<SlaPolicy[]>(POLICIES_PATH, { signal }),
  });
}

/** POST (without id: last in order) or PUT (with id: keeps its place) a policy (ADMIN, MANAGER). */
export function useSaveSlaPolicy() {
  const queryClient = useQueryClient();
  return useMutation<SlaPolicy, ProblemError, { id?: string; request: SlaPolicyRequest }>({
    mutationFn: ({ id, request }) => (id ? api.put<SlaPolicy>(policyPath(id), request) : api.post<SlaPolicy>(POLICIES_PATH, request)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: POLICIES_KEY }),
  });
}

export function useDeleteSlaPolicy() {
  const queryClient = useQueryClient();
  return useMutation<void, ProblemError, string>({
    mutationFn: (id) => api.delete(policyPath(id)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: POLICIES_KEY }),
  });
}

/** PUT …/order with the ids of all policies, each once: answers with the policies in their new order. */
export function useReorderSlaPolicies() {
  const queryClient = useQueryClient();
  return useMutation<SlaPolicy[], ProblemError, string[]>({
    mutationFn: (ids) => api.put<SlaPolicy[]>(`${POLICIES_PATH}/order`, { ids }),
    onSuccess: (policies) => queryClient.setQueryData(POLICIES_KEY, policies),
  });
}

/** GET /api/calendars (ADMIN, MANAGER): the business-hours calendars a policy may count working time in. */
export function useCalendars() {
  return useQuery<Calendar[], ProblemError>({
    queryKey: ['calendars'],
    queryFn: ({ signal }) => api.get<Calendar[]>('/api/calendars', { signal }),
    staleTime: 60_000,
  });
}

/** GET /api/complaints/assignees (ADMIN, MANAGER): the members the caller may assign, to name them in reports. */
export function useAssignees(enabled: boolean) {
  return useQuery<Assignee[], ProblemError>({
    queryKey: [...COMPLAINTS_QUERY_KEY, 'assignees'],
    queryFn: ({ signal }) => api.get<Assignee[]>('/api/complaints/assignees', { signal }),
    enabled,
    staleTime: 60_000,
  });
}

/** The report's query parameters (the backend binds them flat: from, to, groupBy). */
const reportParams = (query: SlaReportQuery) => ({ from: query.from, to: query.to, groupBy: query.groupBy });

/**
 * GET /api/complaints/sla-report: met and breached clocks per group in the period, over the complaints the caller
 * sees (an EXECUTIVE: all of the tenant's).
 */
export function useSlaReport(query: SlaReportQuery) {
  return useQuery<SlaReport, ProblemError>({
    queryKey: [...COMPLAINTS_QUERY_KEY, 'sla-report', query],
    queryFn: ({ signal }) => api.get<SlaReport>('/api/complaints/sla-report', { query: reportParams(query), signal }),
    placeholderData: keepPreviousData,
  });
}

/** Downloads the same report as CSV (GET /api/complaints/sla-report.csv). */
export async function downloadSlaReport(query: SlaReportQuery): Promise<void> {
  saveDownload(
    await apiDownload('/api/complaints/sla-report.csv', { query: reportParams(query) }),
    `sla-report-${query.groupBy ?? 'unit'}.csv`,
  );
}
