// The one statistic the bench uses (the median) and how its figures are printed.

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
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
