import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type {
  ContactPolicy,
  ContactPolicyRequest,
  Customer,
  CustomerChange,
  CustomerImportReport,
  CustomerPage,
  CustomerQuery,
  NewCustomer,
  SurveyActivity,
} from '@/lib/api/types';
import type { ProblemError } from '@/lib/problem-details';

export const CUSTOMERS_QUERY_KEY = ['customers'] as const;
export const CUSTOMERS_PAGE_SIZE = 20;
const customerPath = (id: string) => `/api/customers/${encodeURIComponent(id)}`;
const POLICY_KEY = [...CUSTOMERS_QUERY_KEY, 'contact-policy'] as const;

/** The list's orders: by name or email A–Z, newest first, or most recently contacted first. */
export const CUSTOMER_SORTS = {
  name: { sort: 'name', order: 'asc' },
  email: { sort: 'email', order: 'asc' },
  newest: { sort: 'createdAt', order: 'desc' },
  contacted: { sort: 'lastContactedAt', order: 'desc' },
} as const satisfies Record<string, Pick<CustomerQuery, 'sort' | 'order'>>;
export type CustomerSort = keyof typeof CUSTOMER_SORTS;

/** GET /api/customers?q=&page=&size=&sort=&order=: q matches email, name or external id. */
export function useCustomers(query: { q: string; page: number; sort: CustomerSort }) {
  const params: CustomerQuery = {
    q: query.q || undefined,
    page: query.page,
    size: CUSTOMERS_PAGE_SIZE,
    ...CUSTOMER_SORTS[query.sort],
  };
  return useQuery<CustomerPage, ProblemError>({
    queryKey: [...CUSTOMERS_QUERY_KEY, 'list', params],
    queryFn: ({ signal }) => api.get<CustomerPage>('/api/customers', { query: params, signal }),
    placeholderData: keepPreviousData, // keep the table while the next page or search loads
  });
}

export function useCustomer(id: string) {
  return useQuery<Customer, ProblemError>({
    queryKey: [...CUSTOMERS_QUERY_KEY, 'one', id],
    queryFn: ({ signal }) => api.get<Customer>(customerPath(id), { signal }),
  });
}

/** The customer's survey invitations and responses (answered by the surveys module: customers can't call it). */
export function useCustomerActivity(id: string) {
  return useQuery<SurveyActivity, ProblemError>({
    queryKey: [...CUSTOMERS_QUERY_KEY, 'activity', id],
    queryFn: ({ signal }) =>
      api.get<SurveyActivity>(`/api/surveys/customers/${encodeURIComponent(id)}/activity`, { signal }),
  });
}

export function useCreateCustomer() {
  const queryClient = useQueryClient();
  return useMutation<Customer, ProblemError, NewCustomer>({
    mutationFn: (request) => api.post<Customer>('/api/customers', request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: CUSTOMERS_QUERY_KEY }),
  });
}

export function useChangeCustomer(id: string) {
  const queryClient = useQueryClient();
  return useMutation<Customer, ProblemError, CustomerChange>({
    mutationFn: (request) => api.put<Customer>(customerPath(id), request),
    onSuccess: (saved) => {
      queryClient.setQueryData([...CUSTOMERS_QUERY_KEY, 'one', id], saved);
      void queryClient.invalidateQueries({ queryKey: [...CUSTOMERS_QUERY_KEY, 'list'] });
    },
  });
}

/** DELETE: GDPR erasure. Personal data goes in every module; scores stay, anonymously. */
export function useEraseCustomer(id: string) {
  const queryClient = useQueryClient();
  return useMutation<void, ProblemError, void>({
    mutationFn: () => api.delete<void>(customerPath(id)),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: [...CUSTOMERS_QUERY_KEY, 'one', id] });
      void queryClient.invalidateQueries({ queryKey: [...CUSTOMERS_QUERY_KEY, 'list'] });
    },
  });
}

/** POST /api/customers/import (multipart, part "file"): all or nothing; a 422 lists the rejected rows. */
export function useImportCustomers() {
  const queryClient = useQueryClient();
  return useMutation<CustomerImportReport, ProblemError, { file: Blob; filename: string }>({
    mutationFn: ({ file, filename }) => {
      const form = new FormData();
      form.append('file', file, filename);
      return api.post<CustomerImportReport>('/api/customers/import', form);
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: CUSTOMERS_QUERY_KEY }),
  });
}

export function useContactPolicy() {
  return useQuery<ContactPolicy, ProblemError>({
    queryKey: POLICY_KEY,
    queryFn: ({ signal }) => api.get<ContactPolicy>('/api/customers/settings', { signal }),
  });
}

export function useSaveContactPolicy() {
  const queryClient = useQueryClient();
  return useMutation<ContactPolicy, ProblemError, ContactPolicyRequest>({
    mutationFn: (policy) => api.put<ContactPolicy>('/api/customers/settings', policy),
    onSuccess: (saved) => queryClient.setQueryData(POLICY_KEY, saved),
  });
}
