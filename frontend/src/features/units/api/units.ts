import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UNITS_QUERY_KEY } from '@/hooks/useUnits';
import { api } from '@/lib/api-client';
import type { Unit, UnitRequest } from '@/lib/api/types';
import type { ProblemError } from '@/lib/problem-details';

export function createUnit(request: UnitRequest): Promise<Unit> {
  return api.post<Unit>('/api/units', request);
}

/** PUT /api/units/{id}: rename and/or move (parentId null = top level). */
export function updateUnit(id: string, request: UnitRequest): Promise<Unit> {
  return api.put<Unit>(`/api/units/${encodeURIComponent(id)}`, request);
}

export function deleteUnit(id: string): Promise<void> {
  return api.delete(`/api/units/${encodeURIComponent(id)}`);
}

function useInvalidateUnits() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: UNITS_QUERY_KEY });
}

export function useCreateUnit() {
  const invalidate = useInvalidateUnits();
  return useMutation<Unit, ProblemError, UnitRequest>({ mutationFn: createUnit, onSuccess: invalidate });
}

export function useUpdateUnit() {
  const invalidate = useInvalidateUnits();
  return useMutation<Unit, ProblemError, { id: string; request: UnitRequest }>({
    mutationFn: ({ id, request }) => updateUnit(id, request),
    onSuccess: invalidate,
  });
}

export function useDeleteUnit() {
  const invalidate = useInvalidateUnits();
  return useMutation<void, ProblemError, string>({ mutationFn: deleteUnit, onSuccess: invalidate });
}
