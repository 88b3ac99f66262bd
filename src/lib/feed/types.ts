/** One update from the feed, validated and normalised, whatever the feed's format. Plain JSON values only. */
export interface FeedItem {
  /**
   * The item's stable id: JSON Feed `id` (numbers coerced to strings, as JSON Feed 1.1 requires of readers), Atom
   * `id`, RSS `guid` or RSS 1.0 `rdf:about`; else one made from its permalink and title (or text), stable from poll
   * to poll (RSS makes `guid` optional).
   */
  id: string;
  /** The item's title as plain text (markup and character references in RSS and Atom titles resolved), or `null`. */
  title: string | null;
  /**
   * HTML (JSON Feed `content_html`, RSS `content:encoded` or `description`, Atom html or xhtml content), NOT yet
   * sanitised: only render it through the panel's sanitiser.
   */
  contentHtml: string | null;
  /** Plain text (JSON Feed `content_text`, Atom text content), shown as text. */
  contentText: string | null;
  /**
   * The absolute URL that relative links in `contentHtml` are resolved against (`xml:base`, else the feed's own
   * URL); `null` without HTML content or when neither is known (then relative links are dropped).
   */
  contentBase: string | null;
  /** The item's permalink, resolved against its base, kept only when it is an http(s) URL. */
  url: string | null;
  /**
   * When it was published (epoch ms; the first moment of the day, month or year when that is all the feed gave), or
   * `null` when absent or not a date that can be read without guessing. An item dated only by its last change
   * (JSON Feed `date_modified`, Atom `updated`) was published then.
   */
  published: number | null;
  /** How much of `published` the feed gave; "time" when undated. */
  publishedPrecision: DatePrecision;
  /** When it was last changed (epoch ms), or `null`; JSON Feed `date_modified`, Atom `updated`, to the minute only. */
  modified: number | null;
  /** A key event, pinned above the stream: JSON Feed `_briefing.key` or tag, RSS/Atom category `key-event`. */
  key: boolean;
}

/** How much of a date the feed gave: a moment ("time"), or only its day, month or year. */
export type DatePrecision = "time" | "day" | "month" | "year";

/** Why an item was left out of the feed. */
export type DropReason = "not-an-object" | "missing-content" | "duplicate-id";

/** An item the parser left out, with where it was and why. */
export interface DroppedItem {
  /** Its index in the feed's `items` array. */
  index: number;
  /** Why it was dropped. */
  reason: DropReason;
}

/** The feed formats the panel reads, told apart by the body itself (never only by `Content-Type`). */
export type FeedFormat = "json-feed" | "rss" | "atom";

/** A parsed feed of any format, as the panel shows it. */
export interface Feed {
  /** Which format the body was (RSS 0.9x, 1.0 and 2.0 are all "rss"; Atom 0.3 and 1.0 "atom"). */
  format: FeedFormat;
  /** The feed's title as plain text; its host name when the feed gives none. */
  title: string;
  /** The feed's `description`, or `null`. */
  description: string | null;
  /** The valid items, in feed order. */
  items: FeedItem[];
  /** Items that were dropped, in feed order. */
  dropped: DroppedItem[];
}

/** Why a feed could not be used at all. */
export type FeedFailure =
  /** The request never got an answer (offline, DNS, CORS refused). */
  | { kind: "network" }
  /** No answer within the time limit. */
  | { kind: "timeout"; seconds: number }
  /**
   * An answer with a non-2xx status; `retryAfterMs`: how long the server asked the reader to wait (its
   * `Retry-After`, as a delay from the answer); absent when it did not say, or the header could not be read.
   */
  | { kind: "http"; status: number; retryAfterMs?: number }
  /**
   * The body's bytes are not text in `encoding` (WHATWG's name for it), or `encoding` is not one the platform can
   * decode (then it is the label as the feed wrote it).
   */
  | { kind: "encoding"; encoding: string; reason: "invalid" | "unsupported" }
  /** The body looks like JSON (it starts with `{`) but does not parse. */
  | { kind: "bad-json" }
  /** The body looks like XML (it starts with `<`) but is not well-formed; `detail` is the parser's message. */
  | { kind: "bad-xml"; detail: string }
  /** Neither JSON Feed, RSS nor Atom; `detail` says what it is instead (an HTML page, another XML root…). */
  | { kind: "not-a-feed"; detail: string }
  /** Recognised as `format`, but invalid; `detail` names the fields at fault. */
  | { kind: "schema"; format: FeedFormat; detail: string };

/** The outcome of parsing a feed body: the feed, or why it is unusable. */
export type ParseResult = { ok: true; feed: Feed } | { ok: false; failure: FeedFailure };
