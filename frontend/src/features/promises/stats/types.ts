/**
 * Types of the promise statistics and settings, derived from the generated OpenAPI types (schema.d.ts) by path and
 * method, as src/lib/api/types.ts does. The backend leaves out fields that are null (Jackson non_null), which its
 * document does not mark: those are made optional and nullable here.
 */
import type { ApiQuery, ApiRequestBody, ApiResponse } from '@/lib/api/types';

/** Fields the backend leaves out when null (not marked nullable in its document). */
type Nullable<T, K extends keyof T> = Omit<T, K> & { [P in K]?: T[P] | null };
/** Replaces fields the document types loosely with the values the page works with. */
type Narrow<T, N> = Omit<T, keyof N> & N;

/** Below this many decided promises (or answers after them) a group is suppressed: no rate or score is shown. */
export const MIN_GROUP = 5;

/** How the kept-rate report groups decided promises (the API's `groupBy`). */
export type KeptRateGroupBy = 'OWNER' | 'UNIT' | 'SOURCE' | 'MONTH';
export const KEPT_RATE_GROUPS: readonly KeptRateGroupBy[] = ['OWNER', 'UNIT', 'SOURCE', 'MONTH'];

export type SourceKind = 'COMPLAINT' | 'RECOVERY_CASE' | 'SURVEY_RESPONSE' | 'MANUAL';
export const SOURCE_KINDS: readonly SourceKind[] = ['COMPLAINT', 'RECOVERY_CASE', 'SURVEY_RESPONSE', 'MANUAL'];

type GeneratedKeptRate = ApiResponse<'/api/promises/stats/kept-rate', 'get'>;
type GeneratedAfterScores = ApiResponse<'/api/promises/stats/after-scores', 'get'>;
type GeneratedComparison = GeneratedAfterScores['nps'];

/** GET /api/promises/stats/kept-rate query: dates (YYYY-MM-DD, inclusive) default to the last 12 whole months and this one. */
export type KeptRateQuery = Narrow<ApiQuery<'/api/promises/stats/kept-rate', 'get'>, { groupBy: KeptRateGroupBy }>;

/**
 * One group of decided promises: kept / (kept + broken) with its 95% Wilson interval, in percent; rates, interval and
 * lateness are left out when the group is suppressed (fewer than 5 decided) or has none. `key`: the owner's or unit's
 * id, the source kind or the month (YYYY-MM); left out for the total, and empty for the group without one (no unit).
 */
export type KeptRateRow = Nullable<
  GeneratedKeptRate['rows'][number],
  'key' | 'rate' | 'low' | 'high' | 'renegotiationRate' | 'medianLatenessHours'
>;

/** The report: `rows` by month oldest first (every month of the period) or by n, largest first. */
export type KeptRateReport = Narrow<GeneratedKeptRate, { groupBy: KeptRateGroupBy; total: KeptRateRow; rows: KeptRateRow[] }>;

/** A score in the same shape as survey results: value and interval are left out when suppressed (n < 5). */
export type Score = Nullable<GeneratedComparison['kept'], 'value' | 'low' | 'high' | 'n'>;

/** Kept minus broken, with its 95% interval and the test's verdict. */
export type Difference = GeneratedComparison['difference'];

/** After kept vs after broken; `difference` is left out when either side is suppressed. */
export type KeptBrokenScores = Narrow<GeneratedComparison, { kept: Score; broken: Score; difference?: Difference | null }>;

/** GET /api/promises/stats/after-scores: each decided promise's customer's next NPS/CSAT answer within the window. */
export type AfterScores = Narrow<GeneratedAfterScores, { nps: KeptBrokenScores; csat: KeptBrokenScores }>;
export type AfterScoresQuery = ApiQuery<'/api/promises/stats/after-scores', 'get'>;

/**
 * GET / PUT /api/promises/settings: the grace period (working days after the due time until an open promise breaks
 * automatically, 0..30) and the reminders (working days before due, each 0..30, at most 5; 0 = on the day).
 */
export type PromiseSettings = ApiRequestBody<'/api/promises/settings', 'put'>;
