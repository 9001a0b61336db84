import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { AppProvider } from '@/testing/render';
import { row } from '../testing/fixtures';
import { KeptRateTrend } from './KeptRateTrend';

const rows = [
  row('2026-09', '2026-09', 8, 2, { low: 49.02, high: 94.33 }),
  row('2026-10', '2026-10', 1, 1),
  row('2026-11', '2026-11', 10, 1, { low: 62.26, high: 98.38 }),
  row('2026-12', '2026-12', 9, 1, { low: 59.58, high: 98.21 }),
];

describe('kept-rate trend chart', () => {
  it('draws the rate as a line over its interval band, broken at a month with too few decided promises', () => {
    // jsdom lays nothing out: give the chart's container a size, as a browser would.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 640, height: 260, top: 0, left: 0, right: 640, bottom: 260, x: 0, y: 0, toJSON: () => ({}) });
    render(
      <AppProvider queryClient={new QueryClient()}>
        <KeptRateTrend rows={rows} />
      </AppProvider>,
    );
    const chart = screen.getByTestId('kept-rate-trend-chart');
    const svg = chart.querySelector('svg');
    expect(svg).not.toBeNull();
    // Nothing in the picture is in the tab order or claims a role of its own: the table is the way in for keyboards and screen readers.
    expect(chart.querySelectorAll('[tabindex]:not([tabindex="-1"]), [role]:not([role="img"])')).toHaveLength(0);
    const line = chart.querySelector('.recharts-line-curve')?.getAttribute('d') ?? '';
    // Two runs: September alone, then November and December.
    expect(line.match(/M/g)).toHaveLength(2);
    expect(chart.querySelector('.recharts-area-area')?.getAttribute('d')).toBeTruthy();
  });
});
