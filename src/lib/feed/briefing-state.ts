import { emptyView, mergePoll, revealPending, type BriefingView } from "./merge";
import { pollAnnouncement } from "./messages";
import type { Feed, FeedItem } from "./types";

/** The live region's current words; `seq` changes with every announcement so repeats are announced too. */
export interface Announcement {
  /** Counts only, never item text. */
  text: string;
  /** Increments per announcement; used as a React key so identical words still reach screen readers. */
  seq: number;
}

/** What the panel shows of its feed, changed only by `reduceBriefing`. Requests and failures are the query's. */
export interface BriefingState {
  view: BriefingView;
  /** The last feed merged into `view` (its title, format and skipped items are shown too); `null` until one is. */
  source: Feed | null;
  announcement: Announcement;
}

export type BriefingEvent =
  /**
   * A poll's feed; `at` is when it arrived (epoch ms). The same `feed` object again changes nothing. `changed`,
   * when given, lists the items that differ from the feed `since`: if that is the feed merged last, only they are
   * merged (the others were merged already), so a poll of 10,000 items that brings one new costs what one does.
   */
  { type: "feed-arrived"; feed: Feed; at: number; changed?: FeedChange } | { type: "pending-revealed" };

/** The items of a feed that are new or changed since an earlier feed. */
export interface FeedChange {
  since: Feed;
  items: readonly FeedItem[];
}

export const initialBriefingState: BriefingState = {
  view: emptyView,
  source: null,
  announcement: { text: "", seq: 0 },
};

/**
 * What a poll's feed or the reader's reveal does to what is shown. Returns `state` itself when nothing changes, so
 * a caller can tell an unchanged poll (the fetcher keeps the feed object when the body is the same) at no cost.
 */
export function reduceBriefing(state: BriefingState, event: BriefingEvent): BriefingState {
  switch (event.type) {
    case "feed-arrived": {
      if (event.feed === state.source) return state;
      const { changed } = event;
      const items =
        changed !== undefined && changed.since === state.source ? changed.items : event.feed.items;
      const { view, change } = mergePoll(state.view, items, event.at);
      const text = pollAnnouncement(change, view.pending.length);
      return {
        view,
        source: event.feed,
        announcement: text === null ? state.announcement : { text, seq: state.announcement.seq + 1 },
      };
    }
    case "pending-revealed":
      return { ...state, view: revealPending(state.view).view };
  }
}

/** The live indicator: `connecting` until a first answer, `live` while polls succeed, else `stale` or `offline`. */
export type LiveStatus = "connecting" | "live" | "stale" | "offline";

/** `loaded`: a feed has arrived; `failed`: the last attempt failed. */
export function liveStatus(poll: { loaded: boolean; failed: boolean }, online: boolean): LiveStatus {
  if (!online) return "offline";
  if (poll.failed) return "stale";
  return poll.loaded ? "live" : "connecting";
}
