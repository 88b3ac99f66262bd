import { useMemo, useState } from "react";
import type { ReaderModel } from "../lib/content-model";
import { resolvePassage, type LinkProblem, type ReaderLocation } from "../lib/deep-link";
import { stepQuote, step, type Direction } from "../lib/navigation/step";
import { PASSAGE_MARK_ID, type ReaderView } from "./reader-view";
import { navigate, useReaderLocation, type HistoryMode } from "./url-state";

/** Where an activation came from: it decides which pane scrolls. */
export type ActivationOrigin = "claim" | "quote" | "key" | "link";

/** The reader's state: location from the URL, hover previews, and the commands that change them. */
export function useReaderState(model: ReaderModel, view: ReaderView) {
  const { location, problems: linkProblems, href } = useReaderLocation(view.known);
  const [hoverQuoteId, setHoverQuoteId] = useState<string | null>(null);
  const [hoverClaimId, setHoverClaimId] = useState<string | null>(null);

  const passage = useMemo(
    () => (location.passage ? resolvePassage(model.text, location.passage) : null),
    [location.passage, model.text],
  );
  const problems: LinkProblem[] = passage && !passage.ok ? [...linkProblems, passage.problem] : linkProblems;
  const passageRange = passage?.ok ? { start: passage.start, end: passage.end } : null;

  const activeQuoteId = passageRange ? PASSAGE_MARK_ID : location.quote;
  const activeClaimId = (location.quote && model.quoteById.get(location.quote)?.claimId) ?? null;
  const focusedThemeId = location.theme;

  const previewQuoteIds = useMemo(
    () => new Set(hoverClaimId ? (model.claimById.get(hoverClaimId)?.quotes.map((q) => q.id) ?? []) : []),
    [hoverClaimId, model],
  );
  const previewClaimId = (hoverQuoteId && model.quoteById.get(hoverQuoteId)?.claimId) ?? null;

  function go(next: ReaderLocation, mode: HistoryMode) {
    navigate(next, { mode });
  }

  function activateQuote(quoteId: string, mode: HistoryMode) {
    const quote = model.quoteById.get(quoteId);
    if (!quote) return;
    // A quote outside the focused theme would leave its claim hidden: show all themes again.
    const theme = focusedThemeId === quote.themeId ? focusedThemeId : null;
    go({ theme, quote: quoteId, passage: null }, mode);
  }

  return {
    href,
    problems,
    passageRange,
    activeQuoteId,
    activeClaimId,
    focusedThemeId,
    previewQuoteIds,
    previewClaimId,
    setHoverQuoteId,
    setHoverClaimId,
    activateQuote,
    /** A claim's first quote; pressed again, its next quote. */
    activateClaim: (claimId: string) => {
      const ids = view.claims.find((c) => c.id === claimId)?.quoteIds ?? [];
      const at = location.quote ? ids.indexOf(location.quote) : -1;
      const next = ids[(at + 1) % ids.length];
      if (next) activateQuote(next, "push");
    },
    focusTheme: (themeId: string | null) => {
      const keep = location.quote && model.quoteById.get(location.quote)?.themeId === themeId;
      go({ theme: themeId, quote: keep ? location.quote : null, passage: null }, "push");
    },
    stepTheme: (direction: Direction) => {
      const next = step(model.themes, focusedThemeId, direction);
      if (next) go({ theme: next.id, quote: null, passage: null }, "push");
    },
    stepQuote: (direction: Direction) => {
      const next = stepQuote(model.quotes, location.quote, focusedThemeId, direction);
      if (next) activateQuote(next.id, "step");
    },
    clear: () => {
      if (focusedThemeId === null && location.quote === null && location.passage === null) return;
      go({ theme: null, quote: null, passage: null }, "push");
    },
    /** Dismisses link notices by rewriting the URL to what could be followed. */
    dismissProblems: () => {
      const followed: ReaderLocation = passageRange ? location : { ...location, passage: null };
      go(followed, "replace");
    },
  };
}
