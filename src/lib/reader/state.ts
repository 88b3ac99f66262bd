import type {
  LinkProblem,
  PassageMatch,
  PassageSelector,
  ReaderLocation,
  ResolvedPassage,
  UrlParts,
} from "../deep-link";
import type { Direction } from "../navigation/step";
import type { NotesAction } from "../notes/state";
import type { TextRange } from "../text-range";

/** What the reader is pointing at: one quote, a passage from a link, one of their own notes, or nothing. */
export type ActiveTarget =
  | { kind: "none" }
  | { kind: "quote"; quoteId: string }
  /** A linked passage being looked for in the text: the anchoring code loads only when a link needs it. */
  /** A note is private to this browser: its URL is the article's (with the theme), never the note's. */
  | { kind: "note"; noteId: string }
  | { kind: "passage-pending"; passage: PassageSelector }
  /**
   * `range` is where `passage` anchored in the current text (it may differ from the link's position hint); `match`
   * says whether the text there is the link's (`exact`) or has changed since the link was made.
   */
  | { kind: "passage"; passage: PassageSelector; range: TextRange; match: PassageMatch };

/** The reader's whole state; everything else on screen is derived from it and the content model. */
export interface ReaderState {
  /** The focused theme's id, or null when every theme is shown. */
  theme: string | null;
  target: ActiveTarget;
  /** What the last link followed could not deliver, or a passage it found changed, for the notice; emptied by any other navigation. */
  problems: readonly LinkProblem[];
  /** The quote under the pointer (previews its claim) and the claim under the pointer or focus (previews its quotes). */
  hover: { quoteId: string | null; claimId: string | null };
  /** Narrow screens: the claims sheet is open. Wide screens show the claims as a column whatever this says. */
  claimsOpen: boolean;
  /** Narrow screens: how tall the open claims sheet is; it opens at `half`, leaving the active quote above it. */
  sheet: SheetSize;
  /** The keyboard shortcuts dialog is open (reader shortcuts are off meanwhile). */
  helpOpen: boolean;
  /** The narrow (phone) layout is in use; false while prerendering and hydrating. */
  narrow: boolean;
  /** The URL entry was written by a `j`/`k` step: the next step replaces it, so a run adds one history entry. */
  stepping: boolean;
  /** Quiet reading: every highlight hidden (a choice remembered across visits); false while prerendering. */
  quiet: boolean;
}

export const initialReaderState: ReaderState = {
  theme: null,
  target: { kind: "none" },
  problems: [],
  hover: { quoteId: null, claimId: null },
  claimsOpen: false,
  sheet: "half",
  helpOpen: false,
  narrow: false,
  stepping: false,
  quiet: false,
};

/** The claims sheet's snap points: half the screen, or all of it below the site bar. */
export type SheetSize = "half" | "full";

/**
 * The text offset at the top of the reader's view, added by the app as it dispatches (src/app/Reader.tsx), so a
 * command can start from where the reader is; absent means the top of the article.
 */
type FromView = { at?: number };

/** Every command the reader understands. Components dispatch these; `reduce` decides what they do. */
export type ReaderAction =
  /** A claim in the sidebar was chosen: its first quote, or its next one if it is already active. */
  | { type: "claim-chosen"; claimId: string }
  /** A highlight in the article was clicked or tapped. */
  | { type: "quote-clicked"; quoteId: string }
  /** `j` (1) / `k` (-1): the next or previous quote in reading order, within the focused theme. */
  | ({ type: "quote-stepped"; direction: Direction } & FromView)
  /** `]` (1) / `[` (-1): focus the next or previous theme, and show its first quote from the reader's place. */
  | ({ type: "theme-stepped"; direction: Direction } & FromView)
  /** A theme chip: focus that theme (showing its first quote from the reader's place), or `null` for all themes. */
  | ({ type: "theme-focused"; themeId: string | null } & FromView)
  /** A tick of the theme map: its quote, as if clicked in the article, scrolled into view. */
  | { type: "map-tick-chosen"; quoteId: string }
  /** `Escape`: close the narrow claims sheet if open, else clear the theme and the active target. */
  | { type: "cleared" }
  /** The page was loaded, or Back/Forward or a hand-edited fragment changed the URL. */
  | { type: "link-followed"; url: UrlParts }
  /** The passage a link asked for was looked for in the text (the answer to a `resolve-passage` effect). */
  | { type: "passage-resolved"; passage: PassageSelector; resolved: ResolvedPassage }
  /** The link notice's Dismiss button. */
  | { type: "notice-dismissed" }
  | { type: "quote-hovered"; quoteId: string | null }
  | { type: "claim-hovered"; claimId: string | null }
  /**
   * The pointer or focus left a claim: its preview ends, unless another claim's has begun meanwhile (focus leaves
   * the last claim clicked after the pointer has entered the next).
   */
  | { type: "claim-left"; claimId: string }
  /** The narrow layout's Claims button. */
  | { type: "claims-toggled" }
  /** The claims sheet's Close button. */
  | { type: "claims-closed" }
  /** The claims sheet's handle, pressed or dragged to a snap point. */
  | { type: "claims-resized"; size: SheetSize }
  | { type: "help-toggled"; open: boolean }
  | { type: "layout-changed"; narrow: boolean }
  /** A note in "Your notes" was chosen: its highlight becomes active and the article scrolls to it. */
  | { type: "note-chosen"; noteId: string }
  /** One of the reader's own highlights was clicked or tapped, or a note was just started on a passage. */
  | { type: "note-clicked"; noteId: string }
  /** A note was deleted, or a note being started was cancelled. */
  | { type: "note-removed"; noteId: string }
  /** A command on the reader's own notes left focus nowhere useful: it goes back to the article, where it was. */
  | { type: "article-refocused" }
  /** "Hide highlights", or `q`. */
  | { type: "quiet-toggled" }
  /** The page's stored choices, as the boot script restored them before first paint. */
  | { type: "preferences-read"; quiet: boolean };

/** Where the article scrolls: `center` beside the claims column, `top` above the narrow claims sheet. */
export type ScrollPlacement = "center" | "top";

/** What should happen outside the state, as data; adapters and features perform them. */
export type ReaderEffect =
  /** Write the URL: `push` a history entry or `replace` the current one. */
  | { type: "write-url"; mode: "push" | "replace"; location: ReaderLocation }
  /**
   * Scroll the article to the active target, or to a quote to show; `ifHidden`: only if it is not already in
   * view (uncovered by the site bar or the claims sheet).
   */
  | {
      type: "scroll-article";
      target: Extract<ActiveTarget, { kind: "quote" | "passage" | "note" }>;
      placement: ScrollPlacement;
      ifHidden?: true;
    }
  /** Look for a linked passage in the article text and answer with `passage-resolved`. */
  | { type: "resolve-passage"; passage: PassageSelector }
  /** Scroll the claims list (only the list) so this claim is in view. */
  | { type: "reveal-claim"; claimId: string }
  /** Give keyboard focus back to the control that opens the claims sheet (it just closed). */
  | { type: "focus-claims-toggle" }
  /** Give keyboard focus to the article, without scrolling it. */
  | { type: "focus-article" }
  /** Show (or hide) every highlight, and remember the choice. */
  | { type: "keep-quiet"; on: boolean }
  /** A command for the notes' half of the controller (src/lib/notes/reduce.ts). */
  | { type: "notes"; action: NotesAction };

/** The state after an action and what should happen because of it. */
export interface Transition {
  state: ReaderState;
  effects: ReaderEffect[];
}
