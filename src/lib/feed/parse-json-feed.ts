import * as v from "valibot";
import { collectItems, nonBlank, type RawFields } from "./collect-items";
import { parseRfc3339 } from "./dates";
import type { ParseResult } from "./types";

/** The `version` URLs this reader accepts: JSON Feed 1.1, and 1.0 which 1.1 readers must also read. */
export const JSON_FEED_VERSIONS = [
  "https://jsonfeed.org/version/1.1",
  "https://jsonfeed.org/version/1",
] as const;

/** The tag (JSON Feed `tags`, RSS and Atom `category`) that marks a key event. */
export const KEY_EVENT_TAG = "key-event";

/** An error message saying "is missing" for absent fields and `otherwise` for wrong ones. */
function missingOr(otherwise: string) {
  return (issue: v.BaseIssue<unknown>) => (issue.input === undefined ? "is missing" : otherwise);
}

// Optional fields of the wrong type are ignored rather than failing the feed: JSON Feed readers are lenient.
const optionalString = v.fallback(v.optional(v.string()), undefined);

// Valibot rather than zod here: this schema ships to every reader, and valibot's is ~2 kB gzip against zod/mini's
// ~9 kB (the build-time content schemas keep zod).
const feedSchema = v.object(
  {
    version: v.picklist(JSON_FEED_VERSIONS, missingOr(`must be "${JSON_FEED_VERSIONS[0]}"`)),
    title: v.pipe(v.string(missingOr("must be a string")), v.minLength(1, "must not be empty")),
    description: optionalString,
    items: v.array(v.unknown(), missingOr("must be an array")),
  },
  // A missing key is reported by the object itself, with the key in its path.
  (issue) => (issue.path === undefined ? "must be a JSON object" : "is missing"),
);

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

function isKeyEvent(item: JsonFeedItem): boolean {
  const extension = item._briefing;
  if (typeof extension === "object" && extension !== null && (extension as { key?: unknown }).key === true) {
    return true;
  }
  return Array.isArray(item.tags) && item.tags.includes(KEY_EVENT_TAG);
}

function readItem(raw: unknown): RawFields | "not-an-object" {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return "not-an-object";
  const item = raw as JsonFeedItem;
  return {
    id: itemId(item.id),
    title: text(item.title),
    html: text(item.content_html),
    text: text(item.content_text),
    url: text(item.url),
    published: parseRfc3339(item.date_published),
    modified: parseRfc3339(item.date_modified),
    key: isKeyEvent(item),
  };
}

/** Names each failing field and says what is wrong with it, e.g. `version must be "…"; items must be an array`. */
function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues.map((issue) => `${v.getDotPath(issue) ?? "the feed"} ${issue.message}`).join("; ");
}

/**
 * Validates a decoded JSON Feed. Unusable items (not an object, no id, no content, an id seen before) are dropped
 * and listed, never fatal; unknown fields are ignored; invalid dates become `null`.
 */
export function parseJsonFeed(json: unknown): ParseResult {
  const parsed = Array.isArray(json) ? null : v.safeParse(feedSchema, json, { abortPipeEarly: true });
  if (parsed === null || (!parsed.success && v.getDotPath(parsed.issues[0]) === null)) {
    return {
      ok: false,
      failure: { kind: "schema", format: "json-feed", detail: "the feed must be a JSON object" },
    };
  }
  if (!parsed.success) {
    return {
      ok: false,
      failure: { kind: "schema", format: "json-feed", detail: describeIssues(parsed.issues) },
    };
  }
  const { items, dropped } = collectItems(parsed.output.items, readItem);
  return {
    ok: true,
    feed: {
      format: "json-feed",
      title: parsed.output.title.trim(),
      description: nonBlank(parsed.output.description)?.trim() ?? null,
      items,
      dropped,
    },
  };
}

/** Decodes and validates a JSON Feed body: bad JSON and wrong schemas come back as failures, never thrown. */
export function parseJsonFeedText(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, failure: { kind: "bad-json" } };
  }
  return parseJsonFeed(json);
}
