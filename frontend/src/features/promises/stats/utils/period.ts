/** The kept-rate page's period: the backend's default (the last 12 whole months), a calendar quarter, or from/to. */
export type PeriodKind = 'last12' | 'quarter' | 'custom';
export const PERIOD_KINDS: readonly PeriodKind[] = ['last12', 'quarter', 'custom'];

export interface Period {
  kind: PeriodKind;
  /** "2026-Q3" when kind is quarter. */
  quarter: string;
  /** YYYY-MM-DD, when kind is custom. */
  from: string;
  to: string;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** A local calendar day as the API takes it (2026-12-01). */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The quarter a day lies in ("2026-Q4"). */
export function quarterOf(date: Date): string {
  return `${date.getFullYear()}-Q${Math.floor(date.getMonth() / 3) + 1}`;
}

/** The current quarter and the `count - 1` before it, newest first. */
export function recentQuarters(today: Date, count = 8): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(quarterOf(new Date(today.getFullYear(), today.getMonth() - 3 * i, 1)));
  return out;
}

/** First and last day of a quarter; the current quarter ends today (nothing after today is decided yet). */
export function quarterRange(quarter: string, today: Date): { from: string; to: string } | null {
  const match = QUARTER.exec(quarter);
  if (!match) return null;
  const year = Number(match[1]);
  const first = (Number(match[2]) - 1) * 3;
  const last = new Date(year, first + 3, 0);
  return { from: isoDay(new Date(year, first, 1)), to: isoDay(last < today ? last : today) };
}

/** The dates to ask for: none for the default period (the backend decides), else the quarter's or the custom ones. */
export function periodRange(period: Period, today: Date): { from?: string; to?: string } {
  if (period.kind === 'quarter') return quarterRange(period.quarter, today) ?? {};
  if (period.kind === 'custom') return { from: period.from, to: period.to };
  return {};
}

/** The period from the page address; anything missing or malformed falls back to the default period. */
export function periodFrom(params: URLSearchParams, today: Date): Period {
  const kind = params.get('period');
  const quarter = params.get('quarter') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (kind === 'quarter' && QUARTER.test(quarter)) return { kind, quarter, from: '', to: '' };
  if (kind === 'custom' && ISO_DAY.test(from) && ISO_DAY.test(to) && from <= to) return { kind, quarter: '', from, to };
  return { kind: 'last12', quarter: quarterOf(today), from: '', to: '' };
}

/** The period's part of the page address. */
export function periodParams(period: Period): Record<string, string> {
  if (period.kind === 'quarter') return { period: 'quarter', quarter: period.quarter };
  if (period.kind === 'custom') return { period: 'custom', from: period.from, to: period.to };
  return {};
}
