// The bench's statistics (the median, and how far a ratio of two medians can be trusted) and how its figures are
// printed.
import { randomInt, seededRandom } from "./synthetic-text";

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/**
 * How far the ratio of two medians, median(`top`) / median(`bottom`), moves when the runs behind it are drawn again:
 * the 5th and 95th percentiles of that ratio over `resamples` bootstrap resamples (each side drawn with replacement,
 * as many runs as it has), seeded, so one set of runs always prints the same interval. A run whose interval spans a
 * goal has not decided it, whatever its point figure says.
 */
export function ratioInterval(
  top: readonly number[],
  bottom: readonly number[],
  resamples = 2000,
  seed = 1,
): [low: number, high: number] {
  if (top.length === 0 || bottom.length === 0) throw new Error("a ratio interval of no runs");
  const random = seededRandom(seed);
  const draw = (values: readonly number[]) =>
    values.map(() => values[randomInt(random, 0, values.length - 1)] as number);
  const ratios = Array.from({ length: resamples }, () => median(draw(top)) / median(draw(bottom))).sort(
    (a, b) => a - b,
  );
  const at = (q: number) => ratios[Math.min(ratios.length - 1, Math.floor(q * ratios.length))] as number;
  return [at(0.05), at(0.95)];
}

/** Milliseconds with a precision that suits their size. */
export function ms(value: number): string {
  if (value >= 100) return `${Math.round(value).toLocaleString("en-US")} ms`;
  if (value >= 1) return `${value.toFixed(1)} ms`;
  if (value === 0) return "0 ms";
  return `${value.toFixed(3)} ms`;
}

/** A ratio as "123×" (or "0.45×"). */
export function times(ratio: number): string {
  return ratio >= 10 ? `${Math.round(ratio).toLocaleString("en-US")}×` : `${ratio.toFixed(2)}×`;
}

/** Bytes as kB (1,000 bytes), as Vite prints sizes and as the budgets are set. */
export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
