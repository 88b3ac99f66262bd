// The feed module: JSON Feed, RSS and Atom parsed at the boundary into one item model, polled with backoff, merged
// without moving what the reader sees. The parsers (parse-json-feed.ts, parse-xml-feed.ts, parse-sniffed.ts,
// parse-feed-text.ts and what only they use: dates, safe-url, sniff-format) are imported by path where they are
// needed: the page parses in its feed worker, so its own chunk must not carry them, and the XML parser loads only
// when a feed is XML.
export {
  initialBriefingState,
  liveStatus,
  reduceBriefing,
  type Announcement,
  type BriefingEvent,
  type BriefingState,
  type FeedChange,
  type LiveStatus,
} from "./briefing-state";
export {
  briefingWindow,
  countKeyEvents,
  PINNED_KEY_EVENTS,
  WINDOW_STEP,
  type BriefingWindow,
} from "./briefing-window";
export { applyDelta, diffItems, sameItem, type FeedDelta } from "./feed-delta";
export { absoluteTime, clockTime, isoTime, relativeTime, timeOfDay } from "./format-time";
export {
  CLOCK_SKEW_MS,
  emptyView,
  isNewerVersion,
  mergePoll,
  newestFirst,
  revealPending,
  type BriefingView,
  type PollChange,
  type ViewItem,
} from "./merge";
export {
  describeDropped,
  describeFailure,
  FORMAT_NAMES,
  newUpdatesLabel,
  pollAnnouncement,
} from "./messages";
export {
  HIDDEN_INTERVAL_MS,
  nextAttemptAt,
  POLL_INTERVAL_MS,
  pollDelay,
  retryDelay,
  type PollHistory,
} from "./poll-schedule";
export { promoText } from "./promo-text";
export { titleWithCount, type TitleMemory } from "./tab-title";
export type { DroppedItem, DropReason, Feed, FeedFailure, FeedFormat, FeedItem, ParseResult } from "./types";
