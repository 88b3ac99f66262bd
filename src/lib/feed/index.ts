// The feed module: JSON Feed, RSS and Atom parsed at the boundary into one item model, polled with backoff, merged
// without moving what the reader sees. The XML half (parse-xml-feed.ts, and parse-feed-text.ts which uses it) is
// imported by path where it is needed, so that the XML parser loads only when a feed is XML.
export {
  initialBriefingState,
  liveStatus,
  reduceBriefing,
  type Announcement,
  type BriefingEvent,
  type BriefingState,
  type LiveStatus,
} from "./briefing-state";
export { briefingWindow, PINNED_KEY_EVENTS, WINDOW_STEP, type BriefingWindow } from "./briefing-window";
export { parseRfc3339, parseRfc822 } from "./dates";
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
export { JSON_FEED_VERSIONS, KEY_EVENT_TAG, parseJsonFeed, parseJsonFeedText } from "./parse-json-feed";
export {
  HIDDEN_INTERVAL_MS,
  nextAttemptAt,
  POLL_INTERVAL_MS,
  pollDelay,
  retryDelay,
  type PollHistory,
} from "./poll-schedule";
export { promoText } from "./promo-text";
export { httpUrlOrNull } from "./safe-url";
export { sniffBody, type BodyKind } from "./sniff-format";
export { titleWithCount, type TitleMemory } from "./tab-title";
export type { DroppedItem, DropReason, Feed, FeedFailure, FeedFormat, FeedItem, ParseResult } from "./types";
