/** One update from the feed, validated and normalised. Plain JSON values only, so query results share structure. */
export interface FeedItem {
  /** The item's `id`, coerced to a string as JSON Feed 1.1 requires of readers. */
  id: string;
  /** The item's `title`, or `null` when the feed gives none. */
  title: string | null;
  /** The item's `content_html`, NOT yet sanitised: only render it through the panel's sanitiser. */
  contentHtml: string | null;
  /** The item's `content_text`, shown as text. */
  contentText: string | null;
  /** The item's permalink, kept only when it is an absolute http(s) URL. */
  url: string | null;
  /** `date_published` in epoch milliseconds, or `null` when absent or not a valid RFC 3339 date. */
  published: number | null;
  /** `date_modified` in epoch milliseconds, or `null` when absent or not a valid RFC 3339 date. */
  modified: number | null;
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

/** A parsed JSON Feed: what the panel shows. */
export interface Feed {
  /** The feed's `title` (the sample feed says it is a sample here). */
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
  /** The body is not JSON. */
  | { kind: "bad-json" }
  /** JSON, but not a JSON Feed 1.1; `detail` names the fields at fault. */
  | { kind: "schema"; detail: string };

/** The outcome of parsing a feed body: the feed, or why it is unusable. */
export type ParseResult = { ok: true; feed: Feed } | { ok: false; failure: FeedFailure };
