import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ComplaintReceipt, ComplaintSubmission, PublicComplaint, PublicComplaintForm } from '@/lib/api/types';
import type { ProblemError } from '@/lib/problem-details';

// The customer's pages: no login, no tenant (the token names it), never the signed-in colleague's session.
const formPath = (token: string) => `/api/public/complaints/${encodeURIComponent(token)}`;
const statusPath = (token: string) => `/api/public/complaints/status/${encodeURIComponent(token)}`;
const statusKey = (token: string) => ['complaint-status', token] as const;

/**
 * GET the public form: which organization it goes to, and the touchpoint a touchpoint's link names (`touchpoint`,
 * its id; an unknown or retired one gives the general form); 404 for an unknown form link.
 */
export function usePublicForm(formToken: string, touchpoint: string | null) {
  return useQuery<PublicComplaintForm, ProblemError>({
    queryKey: ['complaint-form', formToken, touchpoint],
    queryFn: ({ signal }) =>
      api.get<PublicComplaintForm>(formPath(formToken), { signal, anonymous: true, query: { touchpoint } }),
    retry: (count, error) => error.status === 0 && count < 2,
    staleTime: Infinity,
  });
}

/** POST the public form: 201 with the reference; the same client submission id again gets the same receipt. */
export function useSubmitComplaint(formToken: string) {
  return useMutation<ComplaintReceipt, ProblemError, ComplaintSubmission>({
    mutationFn: (submission) => api.post<ComplaintReceipt>(formPath(formToken), submission, { anonymous: true }),
  });
}

/** GET the status page: reference, status, public replies and the customer's messages; 404 for an unknown link. */
export function useComplaintStatus(token: string) {
  return useQuery<PublicComplaint, ProblemError>({
    queryKey: statusKey(token),
    queryFn: ({ signal }) => api.get<PublicComplaint>(statusPath(token), { signal, anonymous: true }),
    retry: (count, error) => error.status === 0 && count < 2,
  });
}

/** POST the customer's answer: a complaint waiting for them is open again. */
export function useAnswerComplaint(token: string) {
  const queryClient = useQueryClient();
  return useMutation<PublicComplaint, ProblemError, string>({
    mutationFn: (body) => api.post<PublicComplaint>(statusPath(token), { body }, { anonymous: true }),
    onSuccess: (view) => queryClient.setQueryData(statusKey(token), view),
  });
}
