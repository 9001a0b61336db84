/** Small helpers for the hand-made score charts (no chart library: a few SVG paths are enough). */

/** Round tick values across [min, max]: about `count` steps of 1, 2, 2.5 or 5 times a power of ten. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

export interface ChartPoint {
  x: number;
  /** null for suppressed periods (too few answers): the line and band break there. */
  value: number | null;
  low: number | null;
  high: number | null;
}

/** Runs of consecutive points with a value; lines and bands are drawn per run. */
export function segments<T extends ChartPoint>(points: readonly T[]): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  for (const point of points) {
    if (point.value == null) {
      if (run.length) runs.push(run);
      run = [];
    } else {
      run.push(point);
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/** An SVG path through (x, y) points. */
export function linePath(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

/** A closed SVG path along the upper bounds and back along the lower bounds. */
export function bandPath(points: readonly { x: number; yLow: number; yHigh: number }[]): string {
  if (points.length === 0) return '';
  const upper = points.map((p) => ({ x: p.x, y: p.yHigh }));
  const lower = [...points].reverse().map((p) => ({ x: p.x, y: p.yLow }));
  if (points.length === 1) {
    // A single period: a narrow bar instead of a zero-width band.
    const p = points[0]!;
    return `M${(p.x - 4).toFixed(1)},${p.yHigh.toFixed(1)} L${(p.x + 4).toFixed(1)},${p.yHigh.toFixed(1)} L${(p.x + 4).toFixed(1)},${p.yLow.toFixed(1)} L${(p.x - 4).toFixed(1)},${p.yLow.toFixed(1)} Z`;
  }
  return `${linePath(upper)} ${linePath(lower).replace(/^M/, 'L')} Z`;
}
