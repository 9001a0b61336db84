import type { QuestionType, Score } from '@/lib/api/types';

/** Below this many answers the backend suppresses a score (DESIGN §7). */
export const MIN_GROUP = 5;

/** How a score of a question type reads: NPS -100..100, CSAT/CES-agree percentages, means of a scale. */
export type ScoreKind = 'nps' | 'percent' | 'mean';

export function scoreKind(type: QuestionType | string, method?: string): ScoreKind {
  if (type === 'NPS') return 'nps';
  if (type === 'CSAT' || method?.startsWith('CES agree') || method?.startsWith('CSAT')) return 'percent';
  return 'mean';
}

function formatter(kind: ScoreKind, locale: string): Intl.NumberFormat {
  switch (kind) {
    case 'nps':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    case 'mean':
      return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  }
}

/** One number of a score (value, bound or margin) in the score's unit. */
export function formatScoreNumber(value: number, kind: ScoreKind, locale: string): string {
  // Math.round first: Intl rounds -0.4 to "-0".
  if (kind === 'nps') return formatter(kind, locale).format(Math.round(value) + 0);
  if (kind === 'percent') return formatter(kind, locale).format(Math.round(value) / 100 + 0);
  return formatter(kind, locale).format(Math.round(value * 10) / 10 + 0);
}

export interface FormattedScore {
  /** Too few answers (n < 5) or no value: show "not enough data" instead of numbers. */
  suppressed: boolean;
  value: string | null;
  /** Half the width of the 95% interval, in the score's unit ("± 7"). */
  margin: string | null;
  low: string | null;
  high: string | null;
  /** Null when a suppressed group of staff answers withholds even its size. */
  n: number | null;
  method: string;
}

/** Formats a score for display; suppressed scores (or scores without a value) carry no numbers. */
export function formatScore(type: QuestionType | string, score: Score, locale: string): FormattedScore {
  const kind = scoreKind(type, score.method);
  const base = { n: score.n ?? null, method: score.method };
  if (score.suppressed || score.value == null) {
    return { ...base, suppressed: true, value: null, margin: null, low: null, high: null };
  }
  const hasInterval = score.low != null && score.high != null;
  return {
    ...base,
    suppressed: false,
    value: formatScoreNumber(score.value, kind, locale),
    margin: hasInterval ? formatScoreNumber((score.high! - score.low!) / 2, kind, locale).replace(/^-/, '') : null,
    low: hasInterval ? formatScoreNumber(score.low!, kind, locale) : null,
    high: hasInterval ? formatScoreNumber(score.high!, kind, locale) : null,
  };
}

/** The axis range of a score chart: NPS -100..100, percentages 0..100, means within their scale. */
export function scoreDomain(kind: ScoreKind, scale?: { min: number; max: number } | null): [number, number] {
  if (kind === 'nps') return [-100, 100];
  if (kind === 'percent') return [0, 100];
  return scale ? [scale.min, scale.max] : [1, 5];
}
