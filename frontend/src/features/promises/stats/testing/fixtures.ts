import type { AfterScores, Difference, KeptRateGroupBy, KeptRateReport, KeptRateRow, Score } from '../types';

export const WILSON = 'Wilson 95%';
export const OWNER_SAM = 'bbbbbbbb-0000-4000-8000-000000000001';
export const OWNER_KIM = 'bbbbbbbb-0000-4000-8000-000000000002';
export const UNIT_SUPPORT = 'cccccccc-0000-4000-8000-000000000001';

/** A group of the kept-rate report; below 5 decided it is suppressed, as the backend marks it. */
export function row(key: string | null, label: string, kept: number, broken: number, overrides: Partial<KeptRateRow> = {}): KeptRateRow {
  const decided = kept + broken;
  const suppressed = decided < 5;
  return {
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
  };
}

export function keptRate(groupBy: KeptRateGroupBy, rows: KeptRateRow[], total: KeptRateRow, overrides: Partial<KeptRateReport> = {}): KeptRateReport {
  return { from: '2025-12-01', to: '2026-11-30', groupBy, total, rows, method: WILSON, ...overrides };
}

export function score(value: number | null, n: number, low: number | null = null, high: number | null = null, method = 'NPS, adjusted Wald 95%'): Score {
  return { method, value: n < 5 ? null : value, low: n < 5 ? null : low, high: n < 5 ? null : high, n, suppressed: n < 5 };
}

export function difference(overrides: Partial<Difference> = {}): Difference {
  return { estimate: null, low: null, high: null, z: null, p: null, significant: false, method: 'two-proportion z-test', ...overrides };
}

export function afterScores(overrides: Partial<AfterScores> = {}): AfterScores {
  return {
    from: '2025-12-01',
    to: '2026-11-30',
    windowDays: 90,
    nps: {
      kept: score(42, 120, 30.5, 52.1),
      broken: score(-8, 40, -30.2, 14.9),
      difference: difference({ estimate: 50, low: 25.4, high: 74.6, z: 3.98, p: 0.0001, significant: true, method: 'difference of adjusted-Wald NPS, z-test' }),
    },
    csat: {
      kept: score(81, 60, 69.5, 88.9, 'CSAT: % of 4 and 5, Wilson 95%'),
      broken: score(null, 3, null, null, 'CSAT: % of 4 and 5, Wilson 95%'),
      difference: difference(),
    },
    ...overrides,
  };
}
