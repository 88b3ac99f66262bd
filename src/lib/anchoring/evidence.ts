// When a place that resembles a quote is the quoted passage: the quote, its context and its position weighed
// together. The thresholds were measured with `npm run bench` (seeded word edits of the article and of synthetic
// text, and the same texts with the passage deleted) and checked on seeds the fixtures do not use: other passages
// made of the same words differ from a quote with its context by about half their characters, and a deleted
// passage leaves at best its context with other words between.
import { counted } from "../plural";
import type { Candidate, Parts } from "./candidates";
import type { AnchorQuality } from "./types";

// A quote more than half of whose characters changed was rewritten...
const REWRITTEN_SHARE = 0.5;
// ...unless its context is mostly intact (at most this share changed), when up to 60% may have changed.
const INTACT_CONTEXT_SHARE = 0.35;
const REWRITTEN_IN_CONTEXT_SHARE = 0.6;
// The quote with its context may differ by at most this share of its characters...
const MAX_EDIT_SHARE = 0.4;
// ...or by up to half of them (the search's budget) when it also lies where its position hint says.
const AT_HINT_EDIT_SHARE = 0.5;
/** How far from the hint (in characters) a match still lies "at the hint". */
export const AT_HINT = 64;
/** A verbatim copy of the quote whose context differs by at most this share is the passage. */
export const VERBATIM_CONTEXT_SHARE = 0.25;
// A close match differs from the quote by at most this share of its length (at least one character).
const CLOSE_SHARE = 0.1;
// Lookalikes (issue 31): a place whose context agrees on neither side and that lies away from the position hint is
// not the passage, however close its words. Measured with `npm run bench -- robustness` and its lookalike trials: at
// the true place of the article's quotes after 0-20% word edits (4,025 trials), the better side of the context
// differs by at most 38% of its characters in 99 cases of 100 (50% at most); at the 1,376 copies put elsewhere
// (another paragraph, another speaker), by 41% or more in 99 of 100 (median 72%: unrelated text still lines up
// with about a quarter of 32 characters). So a side agrees while at most this share of it differs...
const CONTEXT_AGREES_SHARE = 0.4;
// ...and a place this near the hint is where the passage was whatever its context says: the 8 true places whose
// context differed by more lay at most 46 characters from their hint (79 in 200 kB of text at 20% edits). A copy
// nearer than this is not told apart from the passage edited in place (the bench's "beside" row).
const NEAR_HINT = 128;

export const total = (c: Candidate) => c.errors + c.contextErrors;

const percent = (share: number) => `${Math.round(100 * share)}%`;

/** Why `c` is not the quoted passage, as a clause for people, or null if the evidence for it is enough. */
export function doubt(c: Candidate, parts: Parts, hint: number | undefined): string | null {
  const contextLength = parts.prefix.length + parts.suffix.length;
  const length = contextLength + parts.exact.length;
  const intact = c.contextErrors <= INTACT_CONTEXT_SHARE * contextLength;
  const rewritten = intact ? REWRITTEN_IN_CONTEXT_SHARE : REWRITTEN_SHARE;
  if (c.errors > rewritten * parts.exact.length) {
    return `${percent(c.errors / parts.exact.length)} of the quote's characters differ, where at most ${percent(rewritten)} may (it was rewritten or deleted)`;
  }
  const atHint = hint !== undefined && Math.abs(c.start - hint) <= AT_HINT;
  const most = atHint ? AT_HINT_EDIT_SHARE : MAX_EDIT_SHARE;
  if (total(c) > most * length) {
    const where = atHint
      ? " at its position hint"
      : hint === undefined
        ? ""
        : " this far from its position hint";
    return `${percent(total(c) / length)} of the ${length} characters of the quote and its context differ, where at most ${percent(most)} may${where}`;
  }
  return null;
}

/**
 * Why `c` is a lookalike and not the passage (a copy elsewhere, in other words), or null: its context agrees on
 * neither side and it lies away from its position hint (or there is none). A side with no context recorded tells
 * nothing, so a quote recorded without context is never judged a lookalike.
 */
export function lookalike(c: Candidate, parts: Parts, hint: number | undefined): string | null {
  const sides = [
    { length: parts.prefix.length, errors: c.prefixErrors },
    { length: parts.suffix.length, errors: c.suffixErrors },
  ].filter((side) => side.length > 0);
  if (sides.length === 0 || sides.some((s) => s.errors <= CONTEXT_AGREES_SHARE * s.length)) return null;
  const distance = hint === undefined ? null : Math.abs(c.start - hint);
  if (distance !== null && distance <= NEAR_HINT) return null;
  const differ = sides.map((s) => percent(s.errors / s.length)).join(" and ");
  const context = sides.length === 2 ? "its context agrees on neither side" : "its context does not agree";
  const where =
    distance === null
      ? "no position hint places it"
      : `it lies ${counted(distance, "character")} from where the passage was`;
  return `${context} (${differ} of its characters differ, where at most ${percent(CONTEXT_AGREES_SHARE)} may) and ${where}`;
}

/** Fewer edits in all wins, then fewer in the quote, then nearer the hint, then earlier in the text. */
export function isBetter(a: Candidate, b: Candidate, hint: number | undefined): boolean {
  if (total(a) !== total(b)) return total(a) < total(b);
  if (a.errors !== b.errors) return a.errors < b.errors;
  const da = hint === undefined ? 0 : Math.abs(a.start - hint);
  const db = hint === undefined ? 0 : Math.abs(b.start - hint);
  return da !== db ? da < db : a.start < b.start;
}

export function pickBest(candidates: readonly Candidate[], hint: number | undefined): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) if (!best || isBetter(c, best, hint)) best = c;
  return best;
}

/** How the anchored text compares with the quote, from the edits between them. */
export function quality(errors: number, quoteLength: number): AnchorQuality {
  if (errors === 0) return "exact";
  return errors <= Math.max(1, Math.floor(CLOSE_SHARE * quoteLength)) ? "close" : "approximate";
}

/** Why the quote is an orphan when `copy` is a similar passage elsewhere and `why` says why it is not the passage. */
export function elsewhere(copy: Candidate, why: string): string {
  return `a similar passage elsewhere (${copy.start}–${copy.end}, ${counted(copy.errors, "edit")} from the quote) is not it: ${why}`;
}

/** Why the quote is an orphan when `nearest` was the best place seen and `why` says what is wrong with it. */
export function rejected(nearest: Candidate, why: string): string {
  return (
    `the closest passage (${nearest.start}–${nearest.end}) differs from the quote by ${counted(nearest.errors, "edit")} ` +
    `and from its context by ${counted(nearest.contextErrors, "edit")}: ${why}`
  );
}
