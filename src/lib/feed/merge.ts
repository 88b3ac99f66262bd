import type { FeedItem } from "./types";

/** An item as the panel holds it. */
export interface ViewItem extends FeedItem {
  /** True once the item was replaced in place by a newer `date_modified` after the reader could see it. */
  revised: boolean;
  /**
   * True when `published` was later than the clock (plus `CLOCK_SKEW_MS`) when the item arrived: a suspect date,
   * shown as a date but sorted with the undated items, never first.
   */
  futureDated: boolean;
}

/** How far ahead of this clock a feed's clock may run before its dates are suspect. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** What the panel shows and what it holds back. */
export interface BriefingView {
  /** False until the first feed arrives; that first feed is shown at once. */
  loaded: boolean;
  /** Items on screen, newest first. Their order never changes under the reader. */
  shown: readonly ViewItem[];
  /** Items that arrived after the first load, newest first, until the reader asks to see them. */
  pending: readonly ViewItem[];
}

/** What one poll changed. */
export interface PollChange {
  /** Items that joined `pending`. */
  added: number;
  /** Shown items updated in place. */
  revised: number;
}

/** The view before any feed arrived. */
export const emptyView: BriefingView = { loaded: false, shown: [], pending: [] };

/** The date an item sorts by: `null` for undated and future-dated items, which go last. */
function sortDate(item: FeedItem & { futureDated?: boolean }): number | null {
  return item.futureDated === true ? null : item.published;
}

/** Items with a (believable) date first, newest first; undated and future-dated items after them in feed order. */
export function newestFirst<T extends FeedItem & { futureDated?: boolean }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    const [da, db] = [sortDate(a), sortDate(b)];
    if (da === null || db === null) return da === null ? (db === null ? 0 : 1) : -1;
    return db - da;
  });
}

/** A feed item as the panel holds it, its date judged against `now`. */
function toViewItem(item: FeedItem, revised: boolean, now: number): ViewItem {
  return { ...item, revised, futureDated: item.published !== null && item.published > now + CLOCK_SKEW_MS };
}

/** True when `next` carries a `date_modified` later than anything known about `previous`. */
export function isNewerVersion(next: FeedItem, previous: FeedItem): boolean {
  if (next.modified === null) return false;
  const known = previous.modified ?? previous.published;
  return known === null || next.modified > known;
}

/**
 * Each item of `list` replaced by its incoming version when that is newer (flagged `revised` if the reader could see
 * it); the ids found in `incoming` are added to `found`. One lookup per item, no copy of the ids: polls of 10,000.
 */
function withNewerVersions(
  list: readonly ViewItem[],
  incoming: ReadonlyMap<string, FeedItem>,
  visible: boolean,
  now: number,
  found: Set<string>,
): readonly ViewItem[] {
  if (incoming.size === 0) return list;
  let next: ViewItem[] | null = null;
  // An indexed loop: it runs over every shown item at each changed poll, often before the JIT has warmed up.
  for (let i = 0; i < list.length; i += 1) {
    const item = list[i];
    if (item === undefined) continue;
    const version = incoming.get(item.id);
    if (version === undefined) continue;
    found.add(item.id);
    if (!isNewerVersion(version, item)) continue;
    next ??= [...list];
    next[i] = toViewItem(version, visible, now);
  }
  return next ?? list;
}

/**
 * Folds a polled feed into the view. The first feed is shown; later, unknown ids wait in `pending`, known ids update
 * in place only when their `date_modified` is newer, and items missing from the poll stay (text is never pulled from
 * under the reader). A poll that changes nothing returns the very same view object. `now` (epoch ms) judges dates.
 */
export function mergePoll(
  view: BriefingView,
  items: readonly FeedItem[],
  now: number,
): { view: BriefingView; change: PollChange } {
  if (!view.loaded) {
    const shown = newestFirst(items.map((item) => toViewItem(item, false, now)));
    return { view: { loaded: true, shown, pending: [] }, change: { added: 0, revised: 0 } };
  }
  const incoming = new Map(items.map((item) => [item.id, item]));
  const known = new Set<string>();
  const shown = withNewerVersions(view.shown, incoming, true, now, known);
  const pending = withNewerVersions(view.pending, incoming, false, now, known);
  const revised = shown === view.shown ? 0 : shown.filter((item, i) => item !== view.shown[i]).length;
  const pendingChanged = pending !== view.pending;
  const added = items.filter((item) => !known.has(item.id)).map((item) => toViewItem(item, false, now));
  if (revised === 0 && added.length === 0 && !pendingChanged) {
    return { view, change: { added: 0, revised: 0 } };
  }
  return {
    view: {
      loaded: true,
      shown: revised > 0 ? shown : view.shown,
      pending: added.length > 0 || pendingChanged ? newestFirst([...added, ...pending]) : view.pending,
    },
    change: { added: added.length, revised },
  };
}

/** Shows the held-back items, newest first among everything shown. `first` is the newest revealed item's id. */
export function revealPending(view: BriefingView): { view: BriefingView; first: string | null } {
  if (view.pending.length === 0) return { view, first: null };
  const first = view.pending[0]?.id ?? null;
  return { view: { ...view, shown: newestFirst([...view.pending, ...view.shown]), pending: [] }, first };
}
