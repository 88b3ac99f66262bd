import type { FeedItem } from "./types";

/**
 * A feed's items told as a change from an earlier parse of the same feed, so that a worker can hand the page a poll
 * of 10,000 items by sending only the few that differ. Rebuilt with `applyDelta`, unchanged items are the earlier
 * objects themselves.
 */
export interface FeedDelta {
  /** Per item of the new feed, in feed order: the index of the equal item in the earlier list, or -1 (in `fresh`). */
  reuse: Int32Array;
  /** The items with no equal item in the earlier list (new ids, or changed fields), in feed order. */
  fresh: FeedItem[];
}

/** Whether two items have the same id and fields (every field is a string, number, boolean or `null`). */
export function sameItem(a: FeedItem, b: FeedItem): boolean {
  return (
    a.id === b.id &&
    a.title === b.title &&
    a.contentHtml === b.contentHtml &&
    a.contentText === b.contentText &&
    a.contentBase === b.contentBase &&
    a.url === b.url &&
    a.published === b.published &&
    a.publishedPrecision === b.publishedPrecision &&
    a.modified === b.modified &&
    a.key === b.key
  );
}

/** `next` as a change from `previous` (items have unique ids within a feed). */
export function diffItems(previous: readonly FeedItem[], next: readonly FeedItem[]): FeedDelta {
  const index = new Map<string, number>();
  previous.forEach((item, i) => index.set(item.id, i));
  const reuse = new Int32Array(next.length);
  const fresh: FeedItem[] = [];
  next.forEach((item, i) => {
    const j = index.get(item.id);
    const before = j === undefined ? undefined : previous[j];
    if (j !== undefined && before !== undefined && sameItem(before, item)) reuse[i] = j;
    else {
      reuse[i] = -1;
      fresh.push(item);
    }
  });
  return { reuse, fresh };
}

/** The full item list `delta` describes, reusing the objects of `previous` (the list it was made against). */
export function applyDelta(previous: readonly FeedItem[], delta: FeedDelta): FeedItem[] {
  const items: FeedItem[] = [];
  let next = 0;
  for (const j of delta.reuse) {
    const item = j < 0 ? delta.fresh[next++] : previous[j];
    if (item === undefined) throw new Error("a feed delta that does not fit the items it was made against");
    items.push(item);
  }
  return items;
}
