import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { formatMinutes, splitMinutes } from './duration';

describe('working time', () => {
  it('splits minutes into hours and minutes, rounded to the minute', () => {
    expect(splitMinutes(480)).toEqual({ hours: 8, minutes: 0 });
    expect(splitMinutes(95.5)).toEqual({ hours: 1, minutes: 36 });
    expect(splitMinutes(-3)).toEqual({ hours: 0, minutes: 0 });
  });

  it('reads as hours and minutes, in the UI language', async () => {
    const t = i18n.getFixedT('en', 'complaints');
    expect(formatMinutes(45, t, 'en')).toBe('45 min');
    expect(formatMinutes(480, t, 'en')).toBe('8 h');
    expect(formatMinutes(90, t, 'en')).toBe('1 h 30 min');
    expect(formatMinutes(525_600, t, 'en')).toBe('8,760 h');
    expect(formatMinutes(525_600 + 5, i18n.getFixedT('de', 'complaints'), 'de')).toBe('8.760 Std. 5 Min.');
  });
});
