import type { RejectedRow } from '@/lib/api/types';
import { isProblemError } from './problem-details';

function asRow(value: unknown): RejectedRow[] {
  if (typeof value !== 'object' || value === null) return [];
  const { row, email, field, message, reason } = value as Record<string, unknown>;
  if (typeof row !== 'number' || typeof field !== 'string' || typeof message !== 'string') return [];
  return [
    {
      row,
      field,
      message,
      ...(typeof email === 'string' ? { email } : {}),
      ...(typeof reason === 'string' ? { reason } : {}),
    },
  ];
}

/** The rows of a 422 "rows rejected" problem of an all-or-nothing import (nothing was imported), or null. */
export function rejectedRowsOf(error: unknown): RejectedRow[] | null {
  if (!isProblemError(error) || error.status !== 422) return null;
  const rows = error.problem.rejectedRows;
  if (!Array.isArray(rows)) return null;
  return rows.flatMap(asRow);
}
