import { describe, expect, it } from 'vitest';
import { addDays, addMonths, monthGrid } from './month-grid';

describe('month grid', () => {
  it('shows whole weeks, Monday first, from the week of the 1st to the week of the last day', () => {
    // December 2026 starts on a Tuesday and ends on a Thursday.
    const weeks = monthGrid('2026-12');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]![0]).toEqual({ day: '2026-11-30', inMonth: false });
    expect(weeks[0]![1]).toEqual({ day: '2026-12-01', inMonth: true });
    expect(weeks[4]![6]).toEqual({ day: '2027-01-03', inMonth: false });
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });

  it('needs six rows for a month spread over six weeks, and four for a February starting on Monday', () => {
    expect(monthGrid('2026-08')).toHaveLength(6); // Saturday the 1st, 31 days
    expect(monthGrid('2027-02')).toHaveLength(4); // Monday the 1st, 28 days
  });

  it('counts days and months across year ends and daylight saving changes', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 7)).toBe('2026-10-31');
  });
});
