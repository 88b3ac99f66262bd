import type { ReaderModel } from "../content-model/types";
import { firstQuoteFrom, step, stepQuote } from "../navigation/step";
import { follow, sameLocation, showPassage } from "./follow-link";
import { activeQuoteId, claimNextQuoteId, locationOf } from "./selectors";
import type { ActiveTarget, ReaderAction, ReaderEffect, ReaderState, Transition } from "./state";
import { NONE, scrollTo, stay } from "./transition";

/**
 * The reader controller: every command, as one pure function of the state, the action and the content model.
 * To learn what a click or a key does, read its case below; components only dispatch, and adapters perform the
 * effects (src/app/url-state.ts writes the URL; the article and the claims list scroll themselves).
 */
export function reduce(state: ReaderState, action: ReaderAction, model: ReaderModel): Transition {
  // The shortcuts dialog is modal: reader keys do nothing behind it, but Escape closes it, also when it was pressed
  // before the dialog's code arrived (the dialog then opens as the state says: shut).
  if (state.helpOpen && isKeyCommand(action)) {
    return stay(action.type === "cleared" ? { ...state, helpOpen: false } : state);
  }
  switch (action.type) {
    case "claim-chosen": {
      const claim = model.claimById.get(action.claimId);
      const next = claim && claimNextQuoteId(claim, activeQuoteId(state));
      return next === undefined ? stay(state) : activate(state, model, next, "claim");
    }
    case "quote-clicked":
      return activate(state, model, action.quoteId, "quote");
    case "quote-stepped": {
      const active = state.target.kind === "quote" ? state.target.quoteId : null;
      const next = stepQuote(model.quotes, active, state.theme, action.direction, action.at ?? null);
      return next ? activate(state, model, next.id, "key") : stay(state);
    }
    case "theme-stepped": {
      const next = step(model.themes, state.theme, action.direction);
      return next ? focusTheme(state, model, next.id, action.at ?? 0) : stay(state);
    }
    case "theme-focused":
      return focusTheme(state, model, action.themeId, action.at ?? 0);
    case "map-tick-chosen":
      return activate(state, model, action.quoteId, "map");
    case "cleared": {
      if (state.narrow && state.claimsOpen) {
        return { state: { ...state, claimsOpen: false }, effects: [{ type: "focus-claims-toggle" }] };
      }
      if (state.theme === null && state.target.kind === "none") return stay(state);
      return go(state, { ...state, theme: null, target: NONE }, "push");
    }
    case "link-followed":
      return follow(state, action.url, model);
    case "passage-resolved":
      return showPassage(state, action.passage, action.resolved);
    case "notice-dismissed": {
      if (state.problems.length === 0) return stay(state);
      // The URL still holds what could not be followed: rewrite it to what is shown.
      const effects: ReaderEffect[] = [{ type: "write-url", mode: "replace", location: locationOf(state) }];
      return { state: { ...state, problems: [] }, effects };
    }
    case "quote-hovered":
      if (state.hover.quoteId === action.quoteId) return stay(state);
      return stay({ ...state, hover: { ...state.hover, quoteId: action.quoteId } });
    case "claim-hovered":
      if (state.hover.claimId === action.claimId) return stay(state);
      return stay({ ...state, hover: { ...state.hover, claimId: action.claimId } });
    case "claim-left":
      if (state.hover.claimId !== action.claimId) return stay(state);
      return stay({ ...state, hover: { ...state.hover, claimId: null } });
    case "claims-toggled": {
      const next = { ...state, claimsOpen: !state.claimsOpen, sheet: "half" as const };
      return { state: next, effects: next.claimsOpen ? revealActiveClaim(state, model) : [] };
    }
    case "claims-closed":
      return { state: { ...state, claimsOpen: false }, effects: [{ type: "focus-claims-toggle" }] };
    case "claims-resized":
      return stay(state.sheet === action.size ? state : { ...state, sheet: action.size });
    case "help-toggled":
      return stay(state.helpOpen === action.open ? state : { ...state, helpOpen: action.open });
    case "layout-changed":
      return stay(state.narrow === action.narrow ? state : { ...state, narrow: action.narrow });
    case "note-chosen":
      return activateNote(state, action.noteId, "list");
    case "note-clicked":
      return activateNote(state, action.noteId, "article");
    case "note-removed": {
      const active = state.target.kind === "note" && state.target.noteId === action.noteId;
      return stay(active ? { ...state, target: NONE } : state);
    }
    case "article-refocused":
      return { state, effects: [{ type: "focus-article" }] };
    case "quiet-toggled":
      return {
        state: { ...state, quiet: !state.quiet },
        effects: [{ type: "keep-quiet", on: !state.quiet }],
      };
    case "preferences-read":
      return stay(state.quiet === action.quiet ? state : { ...state, quiet: action.quiet });
  }
}

type Origin = "claim" | "quote" | "key" | "map";

/**
 * Makes a quote active. The article follows unless the reader clicked the quote there (on narrow screens it always
 * does, to sit above the claims sheet, which a tapped quote or map tick opens, at half height); the claims list
 * keeps the claim in view.
 */
function activate(state: ReaderState, model: ReaderModel, quoteId: string, origin: Origin): Transition {
  const quote = model.quoteById.get(quoteId);
  if (!quote) return stay(state);
  const target: ActiveTarget = { kind: "quote", quoteId };
  // A quote outside the focused theme would leave its claim hidden: show all themes again.
  const next: ReaderState = {
    ...state,
    theme: state.theme === quote.themeId ? state.theme : null,
    target,
    claimsOpen: state.claimsOpen || (state.narrow && (origin === "quote" || origin === "map")),
    // A full-height sheet would cover the quote: it drops back to half.
    sheet: state.narrow ? "half" : state.sheet,
  };
  const moved = go(state, next, origin === "key" ? "step" : "push");
  const effects: ReaderEffect[] = [...moved.effects];
  if (origin !== "quote" || state.narrow) effects.push(scrollTo(target, state));
  effects.push({ type: "reveal-claim", claimId: quote.claimId });
  return { state: moved.state, effects };
}

/**
 * Makes one of the reader's own notes active, as `activate` does a quote: the article follows unless the reader
 * clicked the highlight there (on narrow screens it always does), and "Your notes" keeps the note in view. A note's
 * link is the article's: the URL drops the quote or passage it showed.
 */
function activateNote(state: ReaderState, noteId: string, origin: "list" | "article"): Transition {
  const target: ActiveTarget = { kind: "note", noteId };
  const next: ReaderState = {
    ...state,
    target,
    claimsOpen: state.claimsOpen || (state.narrow && origin === "article"),
  };
  const moved = go(state, next, "push");
  const effects: ReaderEffect[] = [...moved.effects];
  if (origin === "list" || state.narrow) effects.push(scrollTo(target, state));
  // "Your notes" opens on the note and keeps it in view.
  effects.push({ type: "notes", action: { type: "notes/shown", noteId } });
  return { state: moved.state, effects };
}

/**
 * Focuses a theme (or, with null, shows all again) and brings it into view where the reader is: the active quote if
 * it belongs to the theme (it stays active), else the theme's first quote from the reader's place `at` (a text
 * offset), or its first. The article scrolls only if that quote is not already in view.
 */
function focusTheme(state: ReaderState, model: ReaderModel, themeId: string | null, at: number): Transition {
  const { target } = state;
  // The active quote stays only if it belongs to the theme; otherwise its claim would be hidden.
  const kept =
    target.kind === "quote" && model.quoteById.get(target.quoteId)?.themeId === themeId ? target : null;
  const moved = go(state, { ...state, theme: themeId, target: kept ?? NONE }, "push");
  if (themeId === null) return moved;
  const shown = kept?.quoteId ?? firstQuoteFrom(model.quotes, themeId, at)?.id;
  if (shown === undefined) return moved;
  const scroll: ReaderEffect = { ...scrollTo({ kind: "quote", quoteId: shown }, state), ifHidden: true };
  return { state: moved.state, effects: [...moved.effects, scroll] };
}

/**
 * Moves to `next`, writing the URL only when the location changes (or the URL still carries a part that could not
 * be followed). A `step` pushes the first time and then replaces, so a run of `j`/`k` adds one history entry.
 */
function go(state: ReaderState, next: ReaderState, mode: "push" | "step"): Transition {
  const location = locationOf(next);
  if (sameLocation(locationOf(state), location) && state.problems.length === 0) return stay(next);
  const stepping = mode === "step";
  const write: ReaderEffect = {
    type: "write-url",
    mode: stepping && state.stepping ? "replace" : "push",
    location,
  };
  return { state: { ...next, problems: [], stepping }, effects: [write] };
}

function revealActiveClaim(state: ReaderState, model: ReaderModel): ReaderEffect[] {
  const claimId =
    state.target.kind === "quote" ? model.quoteById.get(state.target.quoteId)?.claimId : undefined;
  return claimId === undefined ? [] : [{ type: "reveal-claim", claimId }];
}

function isKeyCommand(action: ReaderAction): boolean {
  const keys = ["quote-stepped", "theme-stepped", "cleared", "quiet-toggled"];
  return keys.includes(action.type);
}
