import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { formatHours, formatPercent, formatSignedPoints } from './format';
import { periodFrom, periodRange, quarterRange, recentQuarters } from './period';

const t = i18n.getFixedT('en', 'promiseStats');

describe('lateness', () => {
  it('reads as minutes, hours and minutes, or days and hours', () => {
    expect(formatHours(0.01, t)).toBe('1 min');
    expect(formatHours(0.75, t)).toBe('45 min');
    expect(formatHours(5, t)).toBe('5 h');
    expect(formatHours(5.5, t)).toBe('5 h 30 min');
    expect(formatHours(24, t)).toBe('1 day');
    expect(formatHours(50.2, t)).toBe('2 days 2 h');
    expect(formatHours(25, t)).toBe('1 day 1 h');
  });
});

describe('numbers', () => {
  it('rounds percentages and signs differences', () => {
    expect(formatPercent(83.4, 'en')).toBe('83%');
    expect(formatPercent(-0.4, 'en')).toBe('0%');
    expect(formatSignedPoints(12.4, 'en')).toBe('+12');
    expect(formatSignedPoints(-0.3, 'en')).toBe('0');
  });
});

describe('period', () => {
  const today = new Date(2026, 10, 15); // 15 Nov 2026

  it('offers the current quarter and the ones before it', () => {
    expect(recentQuarters(today, 5)).toEqual(['2026-Q4', '2026-Q3', '2026-Q2', '2026-Q1', '2025-Q4']);
  });

  it('spans a quarter, the current one up to today', () => {
    expect(quarterRange('2026-Q1', today)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterRange('2026-Q4', today)).toEqual({ from: '2026-10-01', to: '2026-11-15' });
    expect(quarterRange('2026-Q5', today)).toBeNull();
  });

  it('reads the period from the address, falling back to the last 12 months (the backend decides the dates)', () => {
    const last12 = periodFrom(new URLSearchParams(), today);
    expect(last12.kind).toBe('last12');
    expect(periodRange(last12, today)).toEqual({});
    expect(periodRange(periodFrom(new URLSearchParams('period=custom&from=2026-02-01&to=2026-03-01'), today), today)).toEqual({ from: '2026-02-01', to: '2026-03-01' });
    expect(periodFrom(new URLSearchParams('period=custom&from=2026-04-01&to=2026-03-01'), today).kind).toBe('last12');
    expect(periodFrom(new URLSearchParams('period=quarter&quarter=nope'), today).kind).toBe('last12');
  });
});
