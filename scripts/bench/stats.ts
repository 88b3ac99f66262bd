// Small helpers shared by the benchmarks: medians and the way figures are printed.

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/** Runs `fn` `runs` times and returns each run's wall time in milliseconds. */
export function timeRuns(runs: number, fn: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times;
}

/** Milliseconds with a precision that suits their size. */
export function ms(value: number): string {
  if (value >= 100) return `${Math.round(value).toLocaleString("en-US")} ms`;
  if (value >= 1) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(3)} ms`;
}

/** A ratio as "123×" (or "0.45×"). */
export function times(ratio: number): string {
  return ratio >= 10 ? `${Math.round(ratio).toLocaleString("en-US")}×` : `${ratio.toFixed(2)}×`;
}

/** A size in characters as "1.0 MB" (one character per byte: the synthetic text is ASCII). */
export function megabytes(characters: number): string {
  return `${(characters / 1_000_000).toFixed(1)} MB`;
}
