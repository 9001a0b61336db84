import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ProblemError } from '@/lib/problem-details';

// Hand-written from the customers module's REST contract while its backend is built in parallel.
// TODO(customers-api): replace these types with the generated ones (src/lib/api/types.ts) once the backend's
// OpenAPI snapshot contains /api/customers.
export type CustomerLanguage = 'en' | 'de';

export interface Customer {
  id: string;
  email: string;
  name: string | null;
  language: CustomerLanguage;
  externalId: string | null;
  attributes: Record<string, string>;
  optedOut: boolean;
  optedOutAt: string | null;
  lastContactedAt: string | null;
  createdAt: string;
}

export interface CustomerPage {
  items: Customer[];
  page: number;
  size: number;
  total: number;
}

export interface NewCustomer {
  email: string;
  name?: string;
  language?: CustomerLanguage;
  externalId?: string;
  attributes?: Record<string, string>;
}

export interface CustomerChange {
  name: string | null;
  language: CustomerLanguage;
  externalId: string | null;
  attributes: Record<string, string>;
  optedOut: boolean;
}

export interface CustomerImportReport {
  created: number;
  updated: number;
  rows: number;
}

export interface ContactPolicy {
  quietPeriodDays: number;
}

export interface CustomerActivity {
  invitations: {
    surveyId: string;
    surveyName: string;
    status: 'PENDING' | 'ANSWERED';
    invitedAt: string;
    answeredAt: string | null;
    reminders: number;
  }[];
  responses: {
    surveyId: string;
    surveyName: string;
    responseId: string;
    submittedAt: string;
    scores: Record<string, number>;
  }[];
}
// End of the hand-written types.

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
} as const;
export type CustomerSort = keyof typeof CUSTOMER_SORTS;

/** GET /api/customers?q=&page=&size=&sort=&order=: q matches email, name or external id. */
export function useCustomers(query: { q: string; page: number; sort: CustomerSort }) {
  const params = { q: query.q || undefined, page: query.page, size: CUSTOMERS_PAGE_SIZE, ...CUSTOMER_SORTS[query.sort] };
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
  return useQuery<CustomerActivity, ProblemError>({
    queryKey: [...CUSTOMERS_QUERY_KEY, 'activity', id],
    queryFn: ({ signal }) =>
      api.get<CustomerActivity>(`/api/surveys/customers/${encodeURIComponent(id)}/activity`, { signal }),
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
  return useMutation<ContactPolicy, ProblemError, ContactPolicy>({
    mutationFn: (policy) => api.put<ContactPolicy>('/api/customers/settings', policy),
    onSuccess: (saved) => queryClient.setQueryData(POLICY_KEY, saved),
  });
}
