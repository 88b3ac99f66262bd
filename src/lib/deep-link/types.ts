import type { TextPosition, TextQuote } from "../w3c/types";

/**
 * A passage of the article as a link records it: a W3C TextQuoteSelector (the passage with ~32 characters of
 * context either side) and, in the reader's own links (`#passage=`), a TextPositionSelector (the position hint), of
 * the one model src/lib/w3c reads and writes. A browser's text fragment (`#:~:text=`) records the same parts without
 * a hint. A long passage keeps only its opening words in `exact`.
 */
export interface PassageSelector extends TextQuote {
  /**
   * Where the passage was when the link was made: offsets (UTF-16 code units) into the article text, `end` past
   * its last character and greater than `start`. `null` for a text fragment, which records no position.
   */
  hint: TextPosition | null;
  /** For a long passage, its closing words (the middle is left out of the link); `null` when `exact` is whole. */
  exactEnd: string | null;
}

/** Where a link puts the reader; a quote and a passage share the URL fragment, so at most one is set. */
export type ReaderLocation =
  | {
      /** The focused theme's id (`?theme=`), or `null` for no theme. */
      theme: string | null;
      /** The active quote's id (`#<quote-id>`), or `null`. */
      quote: string | null;
      /** No passage when a quote (or nothing) is linked. */
      passage: null;
    }
  | {
      /** The focused theme's id (`?theme=`), or `null` for no theme. */
      theme: string | null;
      /** No quote when a passage is linked. */
      quote: null;
      /** The linked passage (`#passage=…`, or a browser's text fragment `#:~:text=…`). */
      passage: PassageSelector;
    };

/** The ids a link may name; anything else is reported as not found. */
export interface KnownIds {
  /** Ids of the article's themes. */
  themeIds: ReadonlySet<string>;
  /** Ids of the article's quotes (the `<mark>` ids). */
  quoteIds: ReadonlySet<string>;
}

/**
 * The URL parts a reader location lives in, as `location.pathname`, `location.search` and `location.hash` give
 * them. The path names a quote page (`/q/<quote-id>/`) or a theme page (`/t/<theme-id>/`); the query and fragment
 * override what it says.
 */
export interface UrlParts {
  /** The path, e.g. "/" or "/q/<quote-id>/"; absent means the root page. */
  path?: string;
  /** The query string, with or without its leading `?`. */
  search: string;
  /** The fragment, with or without its leading `#`. */
  hash: string;
}

export type LinkPart = "theme" | "quote" | "passage" | "query" | "fragment";

/** How close a passage shown for a link is to the link's text (`close`: a few characters differ). */
export type PassageMatch = "exact" | "close" | "approximate";

/**
 * What the reader is told about a link: a part that could not be followed, or (`passage-changed`, the one kind
 * that was followed) a passage shown where its text has changed. `message` is a sentence for the reader, plain text
 * for a `role="status"` notice; values echoed from the URL in it are display-safe (shortened, control characters
 * removed).
 */
export type LinkProblem =
  | {
      /**
       * The link's passage was found, but its text differs from the link's: the closest match is shown (set by
       * `resolvePassage`). Never a match that is only somewhere similar: that is `passage-not-found`.
       */
      kind: "passage-changed";
      match: Exclude<PassageMatch, "exact">;
      /** The passage's opening words as the link gives them (display-safe). */
      excerpt: string;
      message: string;
    }
  | {
      /** The link names a theme id this article does not have. */
      kind: "unknown-theme";
      /** The id as given (display-safe: shortened, control characters removed). */
      id: string;
      /** The id was the page's path (`/t/<id>/`): the address is no page (the host served its 404 page). */
      fromPath: boolean;
      message: string;
    }
  | {
      /** The path is not one of this reader's pages (the host served its 404 page). */
      kind: "unknown-page";
      message: string;
    }
  | {
      /** The link names a quote id this article does not have. */
      kind: "unknown-quote";
      /** The id as given (display-safe: shortened, control characters removed). */
      id: string;
      /** The id was the page's path (`/q/<id>/`): the address is no page (the host served its 404 page). */
      fromPath: boolean;
      message: string;
    }
  | {
      /** The link's passage could not be found in the article text (set by `resolvePassage`, not by parsing). */
      kind: "passage-not-found";
      /** The passage's opening words (display-safe). */
      excerpt: string;
      /**
       * True when a similar passage stands elsewhere in another context (a lookalike: never shown as the link's
       * passage); the message then says so.
       */
      similarElsewhere: boolean;
      message: string;
    }
  | {
      /** A part of the link is not in the expected form (bad percent-encoding, markup, wrong syntax). */
      kind: "malformed";
      part: LinkPart;
      message: string;
    }
  | {
      /** A part of the link is longer than any link this reader makes; it was ignored unread. */
      kind: "too-long";
      part: LinkPart;
      message: string;
    }
  | {
      /** The query has parameters this reader does not use; they were ignored. */
      kind: "unexpected-parameter";
      /** The first few of their names (display-safe). */
      names: string[];
      message: string;
    }
  | {
      /** A parameter appears more than once; the first value was used. */
      kind: "duplicate-parameter";
      name: string;
      message: string;
    };

/** What parsing a link gives: always a usable location, plus whatever could not be followed. */
export interface ParsedLocation {
  /** The location to show; parts that could not be followed are `null`. */
  location: ReaderLocation;
  /** Problems to tell the reader about, in URL order (query first, then fragment). */
  problems: LinkProblem[];
}
