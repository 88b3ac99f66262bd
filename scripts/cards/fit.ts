// Choosing the largest text size that fits: a binary search over candidate sizes, pure and tested alone.

/**
 * The largest of `sizes` (sorted small to large) for which `fits` holds, assuming that if a size fits every
 * smaller one does too; null when not even the smallest fits. Calls `fits` about log2(sizes.length) + 1 times.
 */
export async function largestFitting(
  sizes: readonly number[],
  fits: (size: number) => Promise<boolean>,
): Promise<number | null> {
  let lo = 0;
  let hi = sizes.length - 1;
  let best: number | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const size = sizes[mid] as number;
    if (await fits(size)) {
      best = size;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best;
}
