import { describe, expect, it } from 'vitest';
import type { Score } from '@/lib/api/types';
import { formatScore, scoreDomain, scoreKind } from './score-format';

const score = (overrides: Partial<Score>): Score => ({
  method: 'test',
  value: 0,
  low: 0,
  high: 0,
  n: 100,
  suppressed: false,
  ...overrides,
});

describe('score formatting', () => {
  it('shows NPS as a whole number from -100 to 100 with its interval', () => {
    const f = formatScore('NPS', score({ value: 42.4, low: 30.2, high: 53.8, n: 120 }), 'en');
    expect(f).toMatchObject({ suppressed: false, value: '42', low: '30', high: '54', margin: '12', n: 120 });
    expect(formatScore('NPS', score({ value: -12.6, low: -30, high: 5 }), 'en').value).toBe('-13');
    expect(formatScore('NPS', score({ value: -0.3, low: -10, high: 10 }), 'en').value).toBe('0');
  });

  it('shows CSAT as a percentage in the UI language', () => {
    const f = formatScore(
      'CSAT',
      score({ value: 83.3, low: 75.1, high: 89.2, method: 'CSAT: % of 4-5 answers' }),
      'en',
    );
    expect(f.value).toBe('83%');
    expect(f.low).toBe('75%');
    expect(f.high).toBe('89%');
    // German puts a (narrow no-break) space before the percent sign.
    expect(formatScore('CSAT', score({ value: 83.3, low: 75.1, high: 89.2 }), 'de').value).toMatch(/^83\s%$/);
  });

  it('shows means (CES, ratings) with one decimal', () => {
    const f = formatScore('CES', score({ value: 5.237, low: 4.91, high: 5.56 }), 'en');
    expect(f).toMatchObject({ value: '5.2', low: '4.9', high: '5.6', margin: '0.3' });
    expect(formatScore('RATING', score({ value: 4 }), 'de').value).toBe('4,0');
  });

  it('shows no numbers for suppressed scores (fewer than 5 answers)', () => {
    const f = formatScore('NPS', score({ suppressed: true, value: null, low: null, high: null, n: 3 }), 'en');
    expect(f).toEqual({ suppressed: true, value: null, margin: null, low: null, high: null, n: 3, method: 'test' });
    // A score without a value is treated as suppressed as well.
    expect(formatScore('CSAT', score({ value: null }), 'en').suppressed).toBe(true);
  });

  it('knows the kind and axis range of each score', () => {
    expect(scoreKind('NPS')).toBe('nps');
    expect(scoreKind('CSAT')).toBe('percent');
    expect(scoreKind('CES')).toBe('mean');
    expect(scoreDomain('nps')).toEqual([-100, 100]);
    expect(scoreDomain('percent')).toEqual([0, 100]);
    expect(scoreDomain('mean', { min: 1, max: 7 })).toEqual([1, 7]);
  });
});
