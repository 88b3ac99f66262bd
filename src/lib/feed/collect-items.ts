import type { FeedDate } from "./dates";
import { httpUrlOrNull } from "./safe-url";
import type { DroppedItem, DropReason, FeedItem } from "./types";

/** An item's fields as one format's parser read them, before the checks every format shares. */
export interface RawFields {
  id: string | null;
  /** Plain text: the format's parser has already resolved any markup in it. */
  title: string | null;
  html: string | null;
  text: string | null;
  /** The permalink, resolved against its base by the format's parser where it was relative. */
  url: string | null;
  /** What relative links in `html` are resolved against, or `null`. */
  base: string | null;
  published: FeedDate | null;
  modified: FeedDate | null;
  key: boolean;
}

/** `value` when it has non-whitespace text, else `null`. */
export function nonBlank(value: string | null | undefined): string | null {
  return value !== undefined && value !== null && value.trim() !== "" ? value : null;
}

/**
 * A stable id for an item whose feed gives none (RSS makes `guid` optional): its permalink and title (or, without a
 * title, its text) give the same id at every poll, so the item is recognised rather than announced again. Not the
 * permalink alone: a live page's updates often all link to the page itself. cyrb53, a 53-bit hash.
 */
function contentId(...parts: (string | null)[]): string {
  const text = parts.map((part) => part ?? "").join("\u0000");
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `content:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

/**
 * The shared rules: an item needs something to show (a title or content); its id is the feed's, else one made from
 * its permalink and text; the permalink must be http(s); an item dated only by its last change was published
 * then, and a change is kept only to the minute (a day alone cannot say whether it came after publication).
 */
function toItem(fields: RawFields): FeedItem | "missing-content" {
  const title = nonBlank(fields.title)?.trim() ?? null;
  const contentHtml = nonBlank(fields.html);
  const contentText = nonBlank(fields.text);
  if (title === null && contentHtml === null && contentText === null) return "missing-content";
  const url = httpUrlOrNull(fields.url ?? undefined);
  const published = fields.published ?? fields.modified;
  const modified =
    fields.published !== null && fields.modified?.precision === "time" ? fields.modified : null;
  return {
    id:
      nonBlank(fields.id)?.trim() ??
      contentId(url, title, title === null ? contentHtml : null, title === null ? contentText : null),
    title,
    contentHtml,
    contentText,
    contentBase: contentHtml === null ? null : fields.base,
    url,
    published: published?.ms ?? null,
    publishedPrecision: published?.precision ?? "time",
    modified: modified?.ms ?? null,
    key: fields.key,
  };
}

/**
 * Every format's items through the same checks, in feed order: unusable ones (not an item, nothing to show, an id
 * seen before) are dropped and listed with their index and reason, never fatal.
 */
export function collectItems<T>(
  raws: readonly T[],
  read: (raw: T) => RawFields | "not-an-object",
): { items: FeedItem[]; dropped: DroppedItem[] } {
  const items: FeedItem[] = [];
  const dropped: DroppedItem[] = [];
  const seen = new Set<string>();
  raws.forEach((raw, index) => {
    const fields = read(raw);
    const item: FeedItem | DropReason = fields === "not-an-object" ? fields : toItem(fields);
    if (typeof item === "string") dropped.push({ index, reason: item });
    else if (seen.has(item.id)) dropped.push({ index, reason: "duplicate-id" });
    else {
      seen.add(item.id);
      items.push(item);
    }
  });
  return { items, dropped };
}

/** The feed's title as shown: its own, else the host it is served from, else "Untitled feed". */
export function feedTitle(title: string | null, url: string | null): string {
  const own = nonBlank(title)?.trim();
  if (own !== undefined) return own;
  try {
    return new URL(url ?? "").hostname || "Untitled feed";
  } catch {
    return "Untitled feed";
  }
}
