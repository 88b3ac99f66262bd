// Following a URL: a fresh load, Back/Forward or a hand-edited fragment moves the reader as a load would; a linked
// passage shows once the anchoring code has found it.
import type { ReaderModel } from "../content-model/types";
import {
  buildSearchAndHash,
  parseLocation,
  type PassageSelector,
  type ReaderLocation,
  type ResolvedPassage,
  type UrlParts,
} from "../deep-link";
import type { ActiveTarget, ReaderEffect, ReaderState, Transition } from "./state";
import { NONE, scrollTo, stay } from "./transition";

/** A URL arrived (load, Back/Forward, a hand-edited fragment): the reader moves as a fresh load would. */
export function follow(state: ReaderState, url: UrlParts, model: ReaderModel): Transition {
  const known = { themeIds: new Set(model.themeById.keys()), quoteIds: new Set(model.quoteById.keys()) };
  const { location, problems } = parseLocation(url, known);
  let target: ActiveTarget = location.quote === null ? NONE : { kind: "quote", quoteId: location.quote };
  // A passage is shown once the anchoring code has found it (`passage-resolved`).
  if (location.passage !== null) target = { kind: "passage-pending", passage: location.passage };
  const claimId = target.kind === "quote" ? model.quoteById.get(target.quoteId)?.claimId : undefined;
  const next: ReaderState = {
    ...state,
    theme: location.theme,
    target,
    problems,
    stepping: false,
    claimsOpen: state.claimsOpen || (state.narrow && claimId !== undefined),
  };
  const effects: ReaderEffect[] = [];
  if (target.kind === "quote") effects.push(scrollTo(target, state));
  if (target.kind === "passage-pending") effects.push({ type: "resolve-passage", passage: target.passage });
  if (claimId !== undefined) effects.push({ type: "reveal-claim", claimId });
  return { state: next, effects };
}

/** The linked passage was looked for: show it (saying so if its text changed), or tell the reader it is gone. */
export function showPassage(
  state: ReaderState,
  passage: PassageSelector,
  resolved: ResolvedPassage,
): Transition {
  const pending = state.target.kind === "passage-pending" ? state.target.passage : null;
  // The reader may have moved on (Back, another link) while the passage was looked for.
  if (pending === null || !samePassage(pending, passage)) return stay(state);
  if (!resolved.ok) return stay({ ...state, target: NONE, problems: [...state.problems, resolved.problem] });
  const target: ActiveTarget = {
    kind: "passage",
    passage: pending,
    range: resolved.range,
    match: resolved.match,
  };
  const problems = resolved.notice ? [...state.problems, resolved.notice] : state.problems;
  // Centred, below the notice pinned under the header; at the top only above an open claims sheet.
  const placement = state.narrow && state.claimsOpen ? "top" : "center";
  return { state: { ...state, target, problems }, effects: [{ type: "scroll-article", target, placement }] };
}

function samePassage(a: PassageSelector, b: PassageSelector): boolean {
  return sameLocation({ theme: null, quote: null, passage: a }, { theme: null, quote: null, passage: b });
}

export function sameLocation(a: ReaderLocation, b: ReaderLocation): boolean {
  return buildSearchAndHash(a) === buildSearchAndHash(b);
}
