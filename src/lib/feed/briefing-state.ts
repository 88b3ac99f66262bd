import { emptyView, mergePoll, revealPending, type BriefingView } from "./merge";
import { pollAnnouncement } from "./messages";
import { pollDelay } from "./poll-schedule";
import type { DroppedItem, Feed, FeedFailure, FeedFormat } from "./types";

/** The live region's current words; `seq` changes with every announcement so repeats are announced too. */
export interface Announcement {
  /** Counts only, never item text. */
  text: string;
  /** Increments per announcement; used as a React key so identical words still reach screen readers. */
  seq: number;
}

/** Everything the panel knows about its feed, changed only by `reduceBriefing`. */
export interface BriefingState {
  view: BriefingView;
  /** The last feed that parsed, less its items (they are in `view`); `null` until one has. */
  source: { title: string; format: FeedFormat; dropped: readonly DroppedItem[] } | null;
  /** Why the last attempt failed; `null` after a success or before any attempt ended. */
  error: FeedFailure | null;
  /** Failed attempts in a row (0 after a success): drives the backoff. */
  failures: number;
  /** The random draw in [0, 1) made at the last failure, so the retry time stays put between renders. */
  jitter: number;
  /** When the shown data last arrived or was confirmed unchanged (epoch ms), or `null`. */
  dataUpdatedAt: number | null;
  /** When the last attempt ended (epoch ms); the next one is scheduled from here. `null` before any. */
  lastAttemptAt: number | null;
  /** A request is in flight. */
  fetching: boolean;
  announcement: Announcement;
}

export type BriefingEvent =
  | { type: "poll-started" }
  /** `feed` is `"unchanged"` when the body was the same as last time (nothing to parse or merge). */
  | { type: "poll-succeeded"; feed: Feed | "unchanged"; at: number }
  | { type: "poll-failed"; failure: FeedFailure; at: number; jitter: number }
  | { type: "pending-revealed" };

export const initialBriefingState: BriefingState = {
  view: emptyView,
  source: null,
  error: null,
  failures: 0,
  jitter: 0,
  dataUpdatedAt: null,
  lastAttemptAt: null,
  fetching: false,
  announcement: { text: "", seq: 0 },
};

function succeeded(state: BriefingState, feed: Feed | "unchanged", at: number): BriefingState {
  const settled = {
    ...state,
    error: null,
    failures: 0,
    dataUpdatedAt: at,
    lastAttemptAt: at,
    fetching: false,
  };
  if (feed === "unchanged") return settled;
  const { view, change } = mergePoll(state.view, feed.items, at);
  const text = pollAnnouncement(change, view.pending.length);
  return {
    ...settled,
    view,
    source: { title: feed.title, format: feed.format, dropped: feed.dropped },
    announcement: text === null ? state.announcement : { text, seq: state.announcement.seq + 1 },
  };
}

/** The panel's one state transition: what a poll's start, result or the reader's reveal does to what is shown. */
export function reduceBriefing(state: BriefingState, event: BriefingEvent): BriefingState {
  switch (event.type) {
    case "poll-started":
      return { ...state, fetching: true };
    case "poll-succeeded":
      return succeeded(state, event.feed, event.at);
    case "poll-failed":
      return {
        ...state,
        error: event.failure,
        failures: state.failures + 1,
        jitter: event.jitter,
        lastAttemptAt: event.at,
        fetching: false,
      };
    case "pending-revealed":
      return { ...state, view: revealPending(state.view).view };
  }
}

/** The live indicator: `connecting` until a first answer, `live` while polls succeed, else `stale` or `offline`. */
export type LiveStatus = "connecting" | "live" | "stale" | "offline";

export function liveStatus(state: BriefingState, online: boolean): LiveStatus {
  if (!online) return "offline";
  if (state.error !== null) return "stale";
  return state.dataUpdatedAt === null ? "connecting" : "live";
}

/** When the next attempt is due (epoch ms): at once before the first, else after the delay the schedule gives. */
export function nextAttemptAt(state: BriefingState, hidden: boolean): number {
  if (state.lastAttemptAt === null) return 0;
  return state.lastAttemptAt + pollDelay(state.failures, state.jitter, hidden);
}
