import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { SignupRequest, SignupResponse } from '@/lib/api/types';
import type { ProblemError } from '@/lib/problem-details';

/** Body of POST /api/signup and its 201 response (the new tenant), generated from the OpenAPI document. */
export type { SignupRequest, SignupResponse };

/** The form's values: the request (with its password) plus the confirmation (checked here, never sent). */
export type SignupFormValues = Omit<SignupRequest, 'password'> & { password: string; passwordConfirmation: string };

export type SignupField = keyof SignupFormValues;

/** The form's fields in display order (used to focus the first invalid one). */
export const SIGNUP_FIELDS = [
  'organizationName',
  'slug',
  'adminName',
  'adminEmail',
  'password',
  'passwordConfirmation',
  'locale',
  'timezone',
] as const satisfies readonly SignupField[];

export function signup(request: SignupRequest): Promise<SignupResponse> {
  return api.post<SignupResponse>('/api/signup', request);
}

export function useSignup() {
  return useMutation<SignupResponse, ProblemError, SignupRequest>({
    mutationKey: ['signup'],
    mutationFn: signup,
  });
}
