import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Language } from '@/lib/i18n';
import type { ProblemError } from '@/lib/problem-details';

/** Body of POST /api/signup. */
export interface SignupRequest {
  organizationName: string;
  slug: string;
  adminName: string;
  adminEmail: string;
  locale: Language;
  /** IANA zone id, e.g. "Europe/Berlin". */
  timezone: string;
}

export type SignupField = keyof SignupRequest;

/** The form's fields in display order (used to focus the first invalid one). */
export const SIGNUP_FIELDS = [
  'organizationName',
  'slug',
  'adminName',
  'adminEmail',
  'locale',
  'timezone',
] as const satisfies readonly SignupField[];

/** 201 response of POST /api/signup: the new tenant. */
export interface SignupResponse {
  id: string;
  name: string;
  slug: string;
  locale: Language;
  timezone: string;
}

export function signup(request: SignupRequest): Promise<SignupResponse> {
  return api.post<SignupResponse>('/api/signup', request);
}

export function useSignup() {
  return useMutation<SignupResponse, ProblemError, SignupRequest>({
    mutationKey: ['signup'],
    mutationFn: signup,
  });
}
