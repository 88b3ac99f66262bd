import { collectItems, feedTitle, nonBlank, type RawFields } from "./collect-items";
import { parseW3cDtf } from "./dates";
import { keyEventIn } from "./key-event";
import { httpUrlOrNull } from "./safe-url";
import type { ParseResult } from "./types";

/** The `version` URLs this reader accepts: JSON Feed 1.1, and 1.0 which 1.1 readers must also read. */
export const JSON_FEED_VERSIONS = [
  "https://jsonfeed.org/version/1.1",
  "https://jsonfeed.org/version/1",
] as const;

/** The feed-level fields, checked. */
interface FeedFields {
  /** `null` when missing, blank or not a string: the panel names the feed by its host instead. */
  title: string | null;
  /** Ignored (`undefined`) when it is not a string: JSON Feed readers are lenient with optional fields. */
  description: string | undefined;
  items: unknown[];
}

// Four fields checked by hand, with the messages the valibot schema gave ("<field> <what is wrong>", every field at
// fault, in this order): this parser runs in the feed worker that every page view fetches, and valibot was 1.6 kB
// gzip of its 4.4 kB.
function checkFields(json: unknown): FeedFields | string {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return "the feed must be a JSON object";
  const { version, title, description, items } = json as Record<string, unknown>;
  const problems: string[] = [];
  const check = (field: string, value: unknown, ok: boolean, otherwise: string) => {
    if (!ok) problems.push(`${field} ${value === undefined ? "is missing" : otherwise}`);
  };
  check(
    "version",
    version,
    (JSON_FEED_VERSIONS as readonly unknown[]).includes(version),
    `must be "${JSON_FEED_VERSIONS[0]}"`,
  );
  check("items", items, Array.isArray(items), "must be an array");
  if (problems.length > 0 || !Array.isArray(items)) return problems.join("; ");
  return {
    title: typeof title === "string" ? title : null,
    description: typeof description === "string" ? description : undefined,
    items,
  };
}

/** The item fields this reader uses; every one optional, and ignored when of the wrong type. */
interface JsonFeedItem {
  id?: unknown;
  title?: unknown;
  content_html?: unknown;
  content_text?: unknown;
  url?: unknown;
  date_published?: unknown;
  date_modified?: unknown;
  tags?: unknown;
  _briefing?: unknown;
}

// Items are read field by field rather than through a schema: each field is optional and lenient, so there is
// nothing to report, and a feed of 10,000 items is read several times faster (the panel parses every poll).
const text = (value: unknown): string | null => (typeof value === "string" ? value : null);

/** The item's id as JSON Feed readers must see it (numbers coerced to strings), or `null`. */
function itemId(id: unknown): string | null {
  if (typeof id === "number") return Number.isFinite(id) ? String(id) : null;
  return text(id);
}

/** The item's `_briefing` extension (written by `npm run feed:pull`), or an empty one. */
function extension(item: JsonFeedItem): { key?: unknown; base?: unknown } {
  const value = item._briefing;
  return typeof value === "object" && value !== null ? value : {};
}

function isKeyEvent(item: JsonFeedItem): boolean {
  if (extension(item).key === true) return true;
  return Array.isArray(item.tags) && keyEventIn(item.tags);
}

function readItem(raw: unknown, feedUrl: string | null): RawFields | "not-an-object" {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return "not-an-object";
  const item = raw as JsonFeedItem;
  return {
    id: itemId(item.id),
    // Plain text by the format's own rules: shown exactly as written, markup and all.
    title: text(item.title),
    html: text(item.content_html),
    text: text(item.content_text),
    url: httpUrlOrNull(text(item.url) ?? undefined, feedUrl),
    // A mirror keeps the source's base for relative links in its content (to-json-feed.ts).
    base: httpUrlOrNull(text(extension(item).base) ?? undefined) ?? feedUrl,
    // RFC 3339 by the format's rules; a date alone ("2024-04-03"), as `npm run feed:pull` writes one, is that day.
    published: parseW3cDtf(item.date_published),
    modified: parseW3cDtf(item.date_modified),
    key: isKeyEvent(item),
  };
}

/**
 * Validates a decoded JSON Feed (1.0 or 1.1) fetched from `feedUrl`. Unusable items (not an object, nothing to
 * show, an id seen before) are dropped and listed, never fatal; unknown fields are ignored; invalid dates become
 * `null`; relative URLs are resolved against `feedUrl`, and a feed without a title is named by its host.
 */
export function parseJsonFeed(json: unknown, feedUrl: string | null = null): ParseResult {
  const fields = checkFields(json);
  if (typeof fields === "string") {
    return { ok: false, failure: { kind: "schema", format: "json-feed", detail: fields } };
  }
  const { items, dropped } = collectItems(fields.items, (raw) => readItem(raw, feedUrl));
  return {
    ok: true,
    feed: {
      format: "json-feed",
      title: feedTitle(fields.title, feedUrl),
      description: nonBlank(fields.description)?.trim() ?? null,
      items,
      dropped,
    },
  };
}

/** Decodes and validates a JSON Feed body: bad JSON and wrong schemas come back as failures, never thrown. */
export function parseJsonFeedText(text: string, feedUrl: string | null = null): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, failure: { kind: "bad-json" } };
  }
  return parseJsonFeed(json, feedUrl);
}
