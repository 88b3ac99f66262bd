import { httpUrlOrNull } from "./safe-url";
import type { DroppedItem, DropReason, FeedItem } from "./types";

/** An item's fields as one format's parser read them, before the checks every format shares. */
export interface RawFields {
  id: string | null;
  title: string | null;
  html: string | null;
  text: string | null;
  url: string | null;
  published: number | null;
  modified: number | null;
  key: boolean;
}

/** `value` when it has non-whitespace text, else `null`. */
export function nonBlank(value: string | null | undefined): string | null {
  return value !== undefined && value !== null && value.trim() !== "" ? value : null;
}

/** The shared rules: an id and some content are required; the permalink must be http(s); titles are trimmed. */
function toItem(fields: RawFields): FeedItem | Exclude<DropReason, "duplicate-id" | "not-an-object"> {
  const id = nonBlank(fields.id)?.trim() ?? null;
  if (id === null) return "missing-id";
  const contentHtml = nonBlank(fields.html);
  const contentText = nonBlank(fields.text);
  if (contentHtml === null && contentText === null) return "missing-content";
  return {
    id,
    title: nonBlank(fields.title)?.trim() ?? null,
    contentHtml,
    contentText,
    url: httpUrlOrNull(fields.url ?? undefined),
    published: fields.published,
    modified: fields.modified,
    key: fields.key,
  };
}

/**
 * Every format's items through the same checks, in feed order: unusable ones (not an item, no id, no content, an id
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
    const item = fields === "not-an-object" ? fields : toItem(fields);
    if (typeof item === "string") dropped.push({ index, reason: item });
    else if (seen.has(item.id)) dropped.push({ index, reason: "duplicate-id" });
    else {
      seen.add(item.id);
      items.push(item);
    }
  });
  return { items, dropped };
}
