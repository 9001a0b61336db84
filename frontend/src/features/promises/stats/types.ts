/**
 * Types of the promise statistics and settings, written against the promises API contract while the backend's
 * generated OpenAPI document lacks these endpoints. Once it has them, these become aliases of the generated types
 * (see src/lib/api/types.ts).
 */

/** Below this many decided promises (or answers after them) a group is suppressed: no rate or score is shown. */
export const MIN_GROUP = 5;

/** How the kept-rate report groups decided promises (the API's `groupBy`). */
export type KeptRateGroupBy = 'OWNER' | 'UNIT' | 'SOURCE' | 'MONTH';
export const KEPT_RATE_GROUPS: readonly KeptRateGroupBy[] = ['OWNER', 'UNIT', 'SOURCE', 'MONTH'];

export type SourceKind = 'COMPLAINT' | 'RECOVERY_CASE' | 'SURVEY_RESPONSE' | 'MANUAL';
export const SOURCE_KINDS: readonly SourceKind[] = ['COMPLAINT', 'RECOVERY_CASE', 'SURVEY_RESPONSE', 'MANUAL'];

/** GET /api/promises/stats/kept-rate query: dates (YYYY-MM-DD, inclusive) default to the last 12 whole months. */
export interface KeptRateQuery {
  groupBy: KeptRateGroupBy;
  from?: string;
  to?: string;
  unitId?: string;
}

/** One group of decided promises: kept / (kept + broken) with its 95% Wilson interval, in percent. */
export interface KeptRateRow {
  /** The owner's or unit's id, the source kind or the month (YYYY-MM); null = none (e.g. no unit). */
  key: string | null;
  label: string;
  kept: number;
  broken: number;
  /** kept + broken: the n of the rate. */
  decided: number;
  /** Not counted in the rate. */
  cancelled: number;
  rate: number | null;
  low: number | null;
  high: number | null;
  /** Fewer than 5 decided promises: no rate is shown. */
  suppressed: boolean;
  /** Decided promises renegotiated at least once. */
  renegotiated: number;
  renegotiationRate: number | null;
  /** Broken promises delivered after all. */
  fulfilledLate: number;
  medianLatenessHours: number | null;
}

export interface KeptRateReport {
  from: string;
  to: string;
  groupBy: KeptRateGroupBy;
  total: KeptRateRow;
  /** MONTH: one per month, oldest first; otherwise by n, largest first. */
  rows: KeptRateRow[];
  method: string;
}

/** A score in the same shape as survey results: value and interval are null when suppressed (n < 5). */
export interface Score {
  method: string;
  value: number | null;
  low: number | null;
  high: number | null;
  n: number;
  suppressed: boolean;
}

/** Kept minus broken, with its 95% interval and the test's verdict. */
export interface Difference {
  estimate: number | null;
  low: number | null;
  high: number | null;
  z: number | null;
  p: number | null;
  significant: boolean;
  method: string;
}

export interface KeptBrokenScores {
  kept: Score;
  broken: Score;
  difference: Difference;
}

/** GET /api/promises/stats/after-scores: each decided promise's customer's next NPS/CSAT answer within the window. */
export interface AfterScores {
  from: string;
  to: string;
  windowDays: number;
  nps: KeptBrokenScores;
  csat: KeptBrokenScores;
}

export interface AfterScoresQuery {
  from?: string;
  to?: string;
  unitId?: string;
}

/** GET / PUT /api/promises/settings. */
export interface PromiseSettings {
  /** Working days after the due time before an open promise breaks automatically (0..30). */
  graceWorkingDays: number;
  /** Working days before due to remind the owner (each 0..30, at most 5; 0 = on the day). */
  reminderWorkingDays: number[];
}
