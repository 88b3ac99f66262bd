/** One update from the feed, validated and normalised, whatever the feed's format. Plain JSON values only. */
export interface FeedItem {
  /**
   * The item's stable id: JSON Feed `id` (numbers coerced to strings, as JSON Feed 1.1 requires of readers), Atom
   * `id`, RSS `guid`, else (RSS only, where `guid` is optional) the item's `link`.
   */
  id: string;
  /** The item's `title`, or `null` when the feed gives none. */
  title: string | null;
  /**
   * HTML (JSON Feed `content_html`, RSS `content:encoded` or `description`, Atom html or xhtml content), NOT yet
   * sanitised: only render it through the panel's sanitiser.
   */
  contentHtml: string | null;
  /** Plain text (JSON Feed `content_text`, Atom text content), shown as text. */
  contentText: string | null;
  /** The item's permalink, kept only when it is an absolute http(s) URL. */
  url: string | null;
  /** When it was published (epoch ms), or `null` when absent or not a valid date in the format's own syntax. */
  published: number | null;
  /** When it was last changed (epoch ms), or `null`; JSON Feed `date_modified`, Atom `updated`. */
  modified: number | null;
  /** A key event, pinned above the stream: JSON Feed `_briefing.key` or tag, RSS/Atom category `key-event`. */
  key: boolean;
}

/** Why an item was left out of the feed. */
export type DropReason = "not-an-object" | "missing-id" | "missing-content" | "duplicate-id";

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
  /** Which format the body was. */
  format: FeedFormat;
  /** The feed's title. */
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
  /** An answer with a non-2xx status. */
  | { kind: "http"; status: number }
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
