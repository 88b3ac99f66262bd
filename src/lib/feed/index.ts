// The feed module: JSON Feed, RSS and Atom parsed at the boundary into one item model, polled with backoff, merged
// without moving what the reader sees (docs/feeds.md says what is read). The decoding and the parsers
// (decode-body.ts, retry-after.ts, parse-json-feed.ts, parse-xml-feed.ts with parse-rss.ts and parse-atom.ts,
// parse-sniffed.ts, parse-feed-text.ts and what only they use: dates, rfc822, zones, plain-text, safe-url,
// sniff-format) are imported by path where they are needed: the page parses in its feed worker, so its own chunk must
// not carry them, and the XML parser loads only when a feed is XML. So are the open panel's time formats, status
// messages and long-item parts (format-time.ts, status-messages.ts, pages.ts): a module this index re-exports goes
// wherever the index is imported, and format-time.ts has top-level work (its Intl formatter), so through here it
// would load with the closed panel's chunk.
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
export { newUpdatesLabel, pollAnnouncement } from "./messages";
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
export type {
  DatePrecision,
  DroppedItem,
  DropReason,
  Feed,
  FeedFailure,
  FeedFormat,
  FeedItem,
  ParseResult,
} from "./types";
