import type { TFunction } from 'i18next';
import { type KeptRateGroupBy, type KeptRateRow, SOURCE_KINDS, type SourceKind } from '../types';

/**
 * The name of a group of the kept-rate report: sources and months in the UI language, owners and units as the
 * backend names them, "no unit" (and the like) for the group without a key.
 */
export function groupLabel(row: Pick<KeptRateRow, 'key' | 'label'>, groupBy: KeptRateGroupBy, t: TFunction<'promiseStats'>, language: string): string {
  // The group without an owner, unit or source: the backend keys it "" (and names it in English only).
  if (!row.key) return t(`groups.none.${groupBy}`);
  if (groupBy === 'SOURCE' && (SOURCE_KINDS as readonly string[]).includes(row.key)) return t(`sources.${row.key as SourceKind}`);
  if (groupBy === 'MONTH') {
    const [year, month] = row.key.split('-').map(Number);
    if (year && month) {
      return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
    }
  }
  return row.label || row.key;
}

/** The month of a MONTH row, short ("Nov 2026"), for a chart axis. */
export function shortMonth(key: string | null | undefined, language: string): string {
  const [year, month] = (key ?? '').split('-').map(Number);
  if (!year || !month) return key ?? '';
  return new Intl.DateTimeFormat(language, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
}
