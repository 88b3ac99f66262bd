import { z } from "zod";
import { parseRfc3339 } from "./dates";
import { httpUrlOrNull } from "./safe-url";
import type { DroppedItem, DropReason, Feed, FeedItem, ParseResult } from "./types";

// The page's CSP has no 'unsafe-eval'. Zod probes `new Function` when a schema is built (a reported CSP violation)
// unless told not to; this must run before the schemas below are constructed, so it lives here, not in the app.
z.config({ jitless: true });

/** The `version` URLs this reader accepts: JSON Feed 1.1, and 1.0 which 1.1 readers must also read. */
export const JSON_FEED_VERSIONS = [
  "https://jsonfeed.org/version/1.1",
  "https://jsonfeed.org/version/1",
] as const;

/** A zod error callback saying "is missing" for absent fields and `otherwise` for wrong ones. */
function missingOr(otherwise: string) {
  return (issue: { input: unknown }) => (issue.input === undefined ? "is missing" : otherwise);
}

// Optional fields of the wrong type are ignored rather than failing the feed: JSON Feed readers are lenient.
const optionalString = z.string().optional().catch(undefined);

const feedSchema = z.object(
  {
    version: z.enum(JSON_FEED_VERSIONS, { error: missingOr(`must be "${JSON_FEED_VERSIONS[0]}"`) }),
    title: z.string({ error: missingOr("must be a string") }).min(1, "must not be empty"),
    description: optionalString,
    items: z.array(z.unknown(), { error: missingOr("must be an array") }),
  },
  { error: "must be a JSON object" },
);

const itemSchema = z.object({
  id: z.union([z.string(), z.number()]).optional().catch(undefined),
  title: optionalString,
  content_html: optionalString,
  content_text: optionalString,
  url: optionalString,
  date_published: optionalString,
  date_modified: optionalString,
});

function nonBlank(value: string | undefined): string | null {
  return value !== undefined && value.trim() !== "" ? value : null;
}

/** The item's id as JSON Feed readers must see it (numbers coerced to strings), or `null`. */
function itemId(id: string | number | undefined): string | null {
  if (typeof id === "number") return Number.isFinite(id) ? String(id) : null;
  return nonBlank(id);
}

function parseItem(raw: unknown): FeedItem | Exclude<DropReason, "duplicate-id"> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return "not-an-object";
  // Every field is optional and `.catch`es, so an object always parses.
  const item = itemSchema.parse(raw);
  const id = itemId(item.id);
  if (id === null) return "missing-id";
  const contentHtml = nonBlank(item.content_html);
  const contentText = nonBlank(item.content_text);
  if (contentHtml === null && contentText === null) return "missing-content";
  return {
    id,
    title: nonBlank(item.title)?.trim() ?? null,
    contentHtml,
    contentText,
    url: httpUrlOrNull(item.url),
    published: parseRfc3339(item.date_published),
    modified: parseRfc3339(item.date_modified),
  };
}

/** Names each failing field and says what is wrong with it, e.g. `version must be "…"; items must be an array`. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "the feed"} ${issue.message}`)
    .join("; ");
}

/**
 * Validates a decoded JSON Feed. Unusable items (not an object, no id, no content, an id seen before) are dropped
 * and listed, never fatal; unknown fields are ignored; invalid dates become `null`.
 */
export function parseFeed(json: unknown): ParseResult {
  const parsed = feedSchema.safeParse(json);
  if (!parsed.success)
    return { ok: false, failure: { kind: "schema", detail: describeIssues(parsed.error) } };
  const items: FeedItem[] = [];
  const dropped: DroppedItem[] = [];
  const seen = new Set<string>();
  parsed.data.items.forEach((raw, index) => {
    const item = parseItem(raw);
    if (typeof item === "string") dropped.push({ index, reason: item });
    else if (seen.has(item.id)) dropped.push({ index, reason: "duplicate-id" });
    else {
      seen.add(item.id);
      items.push(item);
    }
  });
  const feed: Feed = {
    title: parsed.data.title.trim(),
    description: nonBlank(parsed.data.description)?.trim() ?? null,
    items,
    dropped,
  };
  return { ok: true, feed };
}

/** Decodes and validates a feed body: bad JSON and wrong schemas come back as failures, never thrown. */
export function parseFeedText(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, failure: { kind: "bad-json" } };
  }
  return parseFeed(json);
}
