// `refinedBy` (W3C §4.2.9): a selector applied within what the selector it refines selects. A TextQuoteSelector
// refined by one TextQuoteSelector or TextPositionSelector is worked out here from the selectors alone: the refined
// passage, with its context taken from the outer one. Any other refinement is refused as not supported, so an
// annotation never silently marks the whole outer passage instead of the part it means.
import { isObject, shown, type FieldCheck, type Problems } from "./json";
import { onlyWhiteSpace } from "./passage";
import { readPosition, readQuote, selectorType } from "./selector";
import type { Located, TextQuote } from "./types";

/** Characters of context kept either side of a refined passage, as notes and links keep. */
const CONTEXT = 32;

/** What this reader can refine, said in every refusal. */
export const REFINEMENTS =
  "not supported: this reader refines a TextQuoteSelector, by one TextQuoteSelector or TextPositionSelector";

/** A refined passage, and where it starts inside the `exact` of the passage it refines. */
export interface RefinedQuote {
  /** `path` is the refining selector's: the one that says which part is meant. */
  quote: Located<TextQuote>;
  offset: number;
}

/** The passage `outer` selects once `refinedBy` (its `refinedBy` field) is applied; null when refused. */
export function refineQuote(
  outer: Located<TextQuote>,
  refinedBy: unknown,
  problems: Problems,
  strict: FieldCheck | undefined,
): RefinedQuote | null {
  const path = [...outer.path, "refinedBy"];
  const type = selectorType(refinedBy, path, problems);
  if (type === null || !isObject(refinedBy)) return null;
  if (refinedBy.refinedBy !== undefined) {
    problems.add([...path, "refinedBy"], REFINEMENTS);
    return null;
  }
  let start: number;
  let end: number;
  if (type === "TextPositionSelector") {
    const inner = readPosition(refinedBy, path, problems, strict);
    if (!inner) return null;
    if (inner.end > outer.exact.length) {
      const message = `is past the end of the passage it refines (${outer.exact.length} characters)`;
      problems.add([...path, "end"], message);
      return null;
    }
    ({ start, end } = inner);
  } else if (type === "TextQuoteSelector") {
    const inner = readQuote(refinedBy, path, problems, strict);
    if (!inner) return null;
    // Every place in the outer passage where the inner one fits with its own prefix and suffix.
    const fits: number[] = [];
    const { exact } = outer;
    for (let i = exact.indexOf(inner.exact); i !== -1; i = exact.indexOf(inner.exact, i + 1)) {
      const before = outer.prefix + exact.slice(0, i);
      const after = exact.slice(i + inner.exact.length) + outer.suffix;
      if (before.endsWith(inner.prefix) && after.startsWith(inner.suffix)) fits.push(i);
    }
    if (fits.length !== 1) {
      const message =
        fits.length === 0
          ? `${shown(inner.exact)} is not in the passage it refines (with its prefix and suffix)`
          : `fits ${fits.length} places in the passage it refines; a longer prefix or suffix would single out one`;
      problems.add(path, message);
      return null;
    }
    start = fits[0] ?? 0;
    end = start + inner.exact.length;
  } else {
    problems.add(path, REFINEMENTS);
    return null;
  }
  const exact = outer.exact.slice(start, end);
  if (onlyWhiteSpace(exact)) {
    problems.add(path, "selects only white space, which marks no words of the text");
    return null;
  }
  const prefix = (outer.prefix + outer.exact.slice(0, start)).slice(-CONTEXT);
  const suffix = (outer.exact.slice(end) + outer.suffix).slice(0, CONTEXT);
  return { quote: { exact, prefix, suffix, path }, offset: start };
}
