import {
  articleTitle,
  notFoundTitle,
  pageTitle,
  quoteShareTitle,
  themeShareTitle,
} from "../content-model/page-titles";
import type { Claim, ReaderModel } from "../content-model/types";
import { isPageNotFound, type ReaderLocation } from "../deep-link";
import type { TextRange } from "../text-range";
import type { ReaderState } from "./state";

/** Where the state puts the reader, as a link records it. */
export function locationOf(state: ReaderState): ReaderLocation {
  const { theme, target } = state;
  if (target.kind === "passage" || target.kind === "passage-pending") {
    return { theme, quote: null, passage: target.passage };
  }
  return { theme, quote: target.kind === "quote" ? target.quoteId : null, passage: null };
}

export function activeQuoteId(state: ReaderState): string | null {
  return state.target.kind === "quote" ? state.target.quoteId : null;
}

export function activeNoteId(state: ReaderState): string | null {
  return state.target.kind === "note" ? state.target.noteId : null;
}

/** The claim of the active quote; null when no quote (or a passage) is active. */
export function activeClaimId(state: ReaderState, model: ReaderModel): string | null {
  const quoteId = activeQuoteId(state);
  return (quoteId !== null && model.quoteById.get(quoteId)?.claimId) || null;
}

/**
 * The quote choosing a claim shows: after its quote that is active, its next one (from the last, its first again);
 * else its first. Undefined for a claim none of whose quotes was found in the text.
 */
export function claimNextQuoteId(claim: Claim, activeQuoteId: string | null): string | undefined {
  const ids = claim.quotes.map((q) => q.id);
  const at = activeQuoteId === null ? -1 : ids.indexOf(activeQuoteId);
  return ids[(at + 1) % ids.length];
}

/** Where the linked passage lies in the text, when a passage is the active target. */
export function passageRange(state: ReaderState): TextRange | null {
  return state.target.kind === "passage" ? state.target.range : null;
}

/** The quotes a claim previews while it is under the pointer or keyboard focus (`state.hover.claimId`). */
export function previewQuoteIds(model: ReaderModel, hoveredClaimId: string | null): ReadonlySet<string> {
  const quotes = hoveredClaimId === null ? undefined : model.claimById.get(hoveredClaimId)?.quotes;
  return new Set(quotes?.map((q) => q.id));
}

/** The claim of the quote under the pointer. */
export function previewClaimId(state: ReaderState, model: ReaderModel): string | null {
  const quoteId = state.hover.quoteId;
  return (quoteId !== null && model.quoteById.get(quoteId)?.claimId) || null;
}

/** The quote a claim's "Copy link" shares: the one being shown if the claim is active, else its first. */
export function quoteToShare(state: ReaderState, model: ReaderModel, claimId: string): string | null {
  const quotes = model.claimById.get(claimId)?.quotes ?? [];
  const active = activeQuoteId(state);
  const shown = quotes.find((q) => q.id === active);
  return (shown ?? quotes[0])?.id ?? null;
}

/**
 * The tab's title for what the reader shows: the title of the quote's page, else of the theme's, else the
 * article's; "Page not found" while the reader says its address is no page. A page prerendered in a state has this
 * very title, so hydrating changes nothing, and a tab never keeps the title of a page the reader has left.
 */
export function documentTitle(state: ReaderState, model: ReaderModel): string {
  if (state.problems.some(isPageNotFound)) return notFoundTitle(model);
  const quoteId = activeQuoteId(state);
  const shown =
    (quoteId === null ? null : quoteShareTitle(model, quoteId)) ??
    (state.theme === null ? null : themeShareTitle(model, state.theme));
  return shown === null ? articleTitle(model) : pageTitle(shown);
}
