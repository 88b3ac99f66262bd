// Edit-distance alignments (unit costs: insertion, deletion, substitution) for the few hundred characters around a
// match; approx-string-match finds where a pattern lies, these say how its parts line up with the text there.

/**
 * Aligns all of `pattern` with all of `text` at the fewest edits and returns, for each cut (an offset into
 * `pattern`), the offset in `text` it lines up with. Text inserted right at a cut has no counterpart in the
 * pattern: `after` places the cut after it, else before it. `maxErrors` bounds the edits an alignment may need
 * (approx-string-match reports it), so only a band of the table around its diagonal is filled.
 */
export function alignCuts(
  pattern: string,
  text: string,
  maxErrors: number,
  cuts: readonly { at: number; after: boolean }[],
): number[] {
  const n = pattern.length;
  const m = text.length;
  // A path more than `band` off the diagonal costs more than maxErrors edits.
  const band = Math.min(Math.max(n, m), maxErrors + Math.abs(m - n));
  const width = 2 * band + 1;
  const far = n + m + 1;
  // cost[i * width + b] is the cost of aligning pattern[0, i) with text[0, i + b - band).
  const cost = new Int32Array((n + 1) * width).fill(far);
  const at = (i: number, j: number) => {
    const b = j - i + band;
    return b < 0 || b >= width || j < 0 || j > m ? far : (cost[i * width + b] as number);
  };
  for (let j = 0; j <= Math.min(m, band); j++) cost[j + band] = j;
  for (let i = 1; i <= n; i++) {
    const code = pattern.charCodeAt(i - 1);
    const row = i * width;
    const above = row - width;
    for (let j = Math.max(0, i - band); j <= Math.min(m, i + band); j++) {
      const b = j - i + band;
      if (j === 0) {
        cost[row + b] = i;
        continue;
      }
      // The cell above is one further along its row; outside the band, cells keep `far`.
      const diagonal = (cost[above + b] as number) + (code === text.charCodeAt(j - 1) ? 0 : 1);
      const up = b + 1 < width ? (cost[above + b + 1] as number) + 1 : far;
      const left = b > 0 ? (cost[row + b - 1] as number) + 1 : far;
      cost[row + b] = Math.min(diagonal, up, left);
    }
  }
  // Walk back from the end; each pattern offset is crossed at a run of text offsets [first, last].
  const first = new Int32Array(n + 1);
  const last = new Int32Array(n + 1);
  let i = n;
  let j = m;
  first[n] = m;
  last[n] = m;
  while (i > 0 || j > 0) {
    const here = at(i, j);
    if (
      i > 0 &&
      j > 0 &&
      here === at(i - 1, j - 1) + (pattern.charCodeAt(i - 1) === text.charCodeAt(j - 1) ? 0 : 1)
    ) {
      i--;
      j--;
      first[i] = j;
      last[i] = j;
    } else if (j > 0 && here === at(i, j - 1) + 1) {
      j--;
      first[i] = j;
    } else {
      i--;
      first[i] = j;
      last[i] = j;
    }
  }
  return cuts.map((cut) => (cut.after ? (last[cut.at] as number) : (first[cut.at] as number)));
}

/** Edits between `a` and `b` (Levenshtein distance). */
export function editDistance(a: string, b: string): number {
  return a === b ? 0 : (lastRow(a, b)[b.length] as number);
}

/**
 * Fewest edits turning `pattern` into some beginning of `text` (whatever follows is free): how well context that
 * should start at an offset agrees with what starts there.
 */
export function leadingDistance(pattern: string, text: string): number {
  return Math.min(...lastRow(pattern, text.slice(0, 2 * pattern.length), false));
}

/** Fewest edits turning `pattern` into some ending of `text`: how well context agrees with what ends at an offset. */
export function trailingDistance(pattern: string, text: string): number {
  return Math.min(...lastRow(pattern, text.slice(Math.max(0, text.length - 2 * pattern.length)), true));
}

/**
 * The last row of the edit-distance table of `a` against `b`: edits from all of `a` to each beginning of `b`, or,
 * `backwards`, to each ending of `b` (both strings read from their ends).
 */
function lastRow(a: string, b: string, backwards = false): Int32Array {
  const n = a.length;
  const m = b.length;
  let previous = Int32Array.from({ length: m + 1 }, (_, j) => j);
  let current = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    const code = a.charCodeAt(backwards ? n - i : i - 1);
    for (let j = 1; j <= m; j++) {
      const same = code === b.charCodeAt(backwards ? m - j : j - 1);
      const substitution = (previous[j - 1] as number) + (same ? 0 : 1);
      current[j] = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous;
}
