import type { RejectedRow } from '@/lib/api/types';
import { isProblemError } from './problem-details';

function asRow(value: unknown): RejectedRow[] {
  if (typeof value !== 'object' || value === null) return [];
  const { row, field, message, email, reason } = value as Record<string, unknown>;
  if (typeof row !== 'number') return [];
  // Survey invitations name the field and message; the customer import names the row's email and the reason.
  const text = typeof message === 'string' ? message : typeof reason === 'string' ? reason : undefined;
  if (text === undefined) return [];
  const where = typeof field === 'string' ? field : typeof email === 'string' ? email : '';
  return [{ row, field: where, message: text }];
}

/** The rows of a 422 "rows rejected" problem of an all-or-nothing import (nothing was imported), or null. */
export function rejectedRowsOf(error: unknown): RejectedRow[] | null {
  if (!isProblemError(error) || error.status !== 422) return null;
  const rows = error.problem.rejectedRows;
  if (!Array.isArray(rows)) return null;
  return rows.flatMap(asRow);
}
