import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type {
  ImportReport,
  InvitationPage,
  InvitationStatus,
  Invitee,
  MailLogPage,
  SurveySettings,
  SurveySettingsRequest,
} from '@/lib/api/types';
import type { ProblemError } from '@/lib/problem-details';
import { SURVEYS_QUERY_KEY } from './surveys';

export const INVITATIONS_PAGE_SIZE = 20;
const base = (surveyId: string) => `/api/surveys/${encodeURIComponent(surveyId)}`;
const invitationsKey = (surveyId: string) => [...SURVEYS_QUERY_KEY, 'invitations', surveyId] as const;

export function useInvitations(surveyId: string, params: { status: InvitationStatus | ''; page: number }) {
  return useQuery<InvitationPage, ProblemError>({
    queryKey: [...invitationsKey(surveyId), 'list', params],
    queryFn: ({ signal }) =>
      api.get<InvitationPage>(`${base(surveyId)}/invitations`, {
        query: { status: params.status, page: params.page, size: INVITATIONS_PAGE_SIZE },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useMailLog(surveyId: string, page = 0) {
  return useQuery<MailLogPage, ProblemError>({
    queryKey: [...invitationsKey(surveyId), 'mail-log', page],
    queryFn: ({ signal }) => api.get<MailLogPage>(`${base(surveyId)}/mail-log`, { query: { page, size: 20 }, signal }),
  });
}

export type InvitationImport =
  { kind: 'invitees'; invitees: Invitee[] } | { kind: 'file'; file: Blob; filename: string };

/** POST .../invitations (JSON) or .../invitations/upload (multipart CSV, field "file"): the same report. */
export function useImportInvitations(surveyId: string) {
  const queryClient = useQueryClient();
  return useMutation<ImportReport, ProblemError, InvitationImport>({
    mutationFn: (request) => {
      if (request.kind === 'invitees') {
        return api.post<ImportReport>(`${base(surveyId)}/invitations`, { invitees: request.invitees });
      }
      const form = new FormData();
      form.append('file', request.file, request.filename);
      return api.post<ImportReport>(`${base(surveyId)}/invitations/upload`, form);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey(surveyId) }),
  });
}

const SETTINGS_KEY = [...SURVEYS_QUERY_KEY, 'settings'] as const;

export function useSurveySettings() {
  return useQuery<SurveySettings, ProblemError>({
    queryKey: SETTINGS_KEY,
    queryFn: ({ signal }) => api.get<SurveySettings>('/api/survey-settings', { signal }),
  });
}

export function useSaveSurveySettings() {
  const queryClient = useQueryClient();
  return useMutation<SurveySettings, ProblemError, SurveySettingsRequest>({
    mutationFn: (request) => api.put<SurveySettings>('/api/survey-settings', request),
    onSuccess: (settings) => queryClient.setQueryData(SETTINGS_KEY, settings),
  });
}
