import type { AfterScores, Difference, KeptRateGroupBy, KeptRateReport, KeptRateRow, Score } from '../types';

export const WILSON = 'kept / (kept + broken), 95% Wilson interval; groups under 5 decided promises suppressed';
export const OWNER_SAM = 'bbbbbbbb-0000-4000-8000-000000000001';
export const OWNER_KIM = 'bbbbbbbb-0000-4000-8000-000000000002';
export const UNIT_SUPPORT = 'cccccccc-0000-4000-8000-000000000001';

/** Leaves out null fields, as the backend does (Jackson non_null). */
function withoutNulls<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null)) as T;
}

/**
 * A group of the kept-rate report as the backend sends it: below 5 decided it is suppressed without rates; `key`
 * null = the total (no key), '' = the group without an owner, unit or source.
 */
export function row(key: string | null, label: string, kept: number, broken: number, overrides: Partial<KeptRateRow> = {}): KeptRateRow {
  const decided = kept + broken;
  const suppressed = decided < 5;
  return withoutNulls({
    key,
    label,
    kept,
    broken,
    decided,
    cancelled: 0,
    rate: suppressed ? null : (kept / decided) * 100,
    low: null,
    high: null,
    suppressed,
    renegotiated: 0,
    renegotiationRate: suppressed ? null : 0,
    fulfilledLate: 0,
    medianLatenessHours: null,
    ...overrides,
  });
}

export function keptRate(groupBy: KeptRateGroupBy, rows: KeptRateRow[], total: KeptRateRow, overrides: Partial<KeptRateReport> = {}): KeptRateReport {
  return { from: '2025-12-01', to: '2026-11-30', groupBy, total, rows, method: WILSON, ...overrides };
}

export function score(value: number | null, n: number, low: number | null = null, high: number | null = null, method = 'NPS, adjusted Wald 95%'): Score {
  return withoutNulls({ method, value: n < 5 ? null : value, low: n < 5 ? null : low, high: n < 5 ? null : high, n, suppressed: n < 5 });
}

export const PROPORTION_METHOD = 'two-proportion z-test (pooled), 95% interval (unpooled)';
export const NPS_METHOD = 'difference of adjusted-Wald NPS, SE = sqrt(SE1^2 + SE2^2), z-test at 95%';

/** A difference between kept and broken; the backend sends none when either side is suppressed. */
export function difference(overrides: Partial<Difference> = {}): Difference {
  return { estimate: 0, low: 0, high: 0, z: 0, p: 1, significant: false, method: PROPORTION_METHOD, ...overrides };
}

export function afterScores(overrides: Partial<AfterScores> = {}): AfterScores {
  return {
    from: '2025-12-01',
    to: '2026-11-30',
    windowDays: 90,
    nps: {
      kept: score(42, 120, 30.5, 52.1),
      broken: score(-8, 40, -30.2, 14.9),
      difference: difference({ estimate: 50, low: 25.4, high: 74.6, z: 3.98, p: 0.0001, significant: true, method: NPS_METHOD }),
    },
    csat: {
      kept: score(81, 60, 69.5, 88.9, 'CSAT: % of 4 and 5, Wilson 95%'),
      broken: score(null, 3, null, null, 'CSAT: % of 4 and 5, Wilson 95%'),
    },
    ...overrides,
  };
}
