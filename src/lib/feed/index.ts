// The feed module: JSON Feed 1.1 parsed at the boundary, polled items merged without moving what the reader sees.
export { parseRfc3339 } from "./dates";
export { absoluteTime, clockTime, isoTime, relativeTime } from "./format-time";
export {
  emptyView,
  isNewerVersion,
  mergePoll,
  newestFirst,
  revealPending,
  type BriefingView,
  type PollChange,
  type ViewItem,
} from "./merge";
export { describeDropped, describeFailure, newUpdatesLabel, pollAnnouncement } from "./messages";
export { JSON_FEED_VERSIONS, parseFeed, parseFeedText } from "./parse-feed";
export { httpUrlOrNull } from "./safe-url";
export type { DroppedItem, DropReason, Feed, FeedFailure, FeedItem, ParseResult } from "./types";
