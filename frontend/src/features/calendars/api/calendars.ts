import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Calendar, CalendarRequest, HolidayImport } from '@/lib/api/types';
import type { ProblemError } from '@/lib/problem-details';

export const CALENDARS_QUERY_KEY = ['calendars'] as const;
const calendarPath = (id: string) => `/api/calendars/${encodeURIComponent(id)}`;

/** GET /api/calendars: the business hours from the settings first, then the stored calendars by name. */
export function useCalendars() {
  return useQuery<Calendar[], ProblemError>({
    queryKey: CALENDARS_QUERY_KEY,
    queryFn: ({ signal }) => api.get<Calendar[]>('/api/calendars', { signal }),
  });
}

function useInvalidateCalendars() {
  const queryClient = useQueryClient();
  // Making one calendar the default takes the badge from another: reload the whole list.
  return () => queryClient.invalidateQueries({ queryKey: CALENDARS_QUERY_KEY });
}

export function useCreateCalendar() {
  const invalidate = useInvalidateCalendars();
  return useMutation<Calendar, ProblemError, CalendarRequest>({
    mutationFn: (request) => api.post<Calendar>('/api/calendars', request),
    onSuccess: invalidate,
  });
}

export function useUpdateCalendar() {
  const invalidate = useInvalidateCalendars();
  return useMutation<Calendar, ProblemError, { id: string; request: CalendarRequest }>({
    mutationFn: ({ id, request }) => api.put<Calendar>(calendarPath(id), request),
    onSuccess: invalidate,
  });
}

/** DELETE: the server refuses (409) the default calendar and may refuse one an SLA policy uses. */
export function useDeleteCalendar() {
  const invalidate = useInvalidateCalendars();
  return useMutation<void, ProblemError, string>({
    mutationFn: (id) => api.delete(calendarPath(id)),
    onSuccess: invalidate,
  });
}

/** POST /api/calendars/{id}/holidays/import (multipart, part "file"): adds the all-day events as holidays. */
export function useImportHolidays() {
  const invalidate = useInvalidateCalendars();
  return useMutation<HolidayImport, ProblemError, { id: string; file: Blob; filename: string }>({
    mutationFn: ({ id, file, filename }) => {
      const form = new FormData();
      form.append('file', file, filename);
      return api.post<HolidayImport>(`${calendarPath(id)}/holidays/import`, form);
    },
    onSuccess: invalidate,
  });
}
