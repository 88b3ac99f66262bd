import { counted } from "../plural";
import type { DroppedItem, DropReason, FeedFailure, FeedFormat } from "./types";

// What the open panel says about a failed poll and about items a feed had to drop (messages.ts has the counts).

/** Each format's name as the messages give it. */
export const FORMAT_NAMES: Record<FeedFormat, string> = {
  "json-feed": "a JSON Feed",
  rss: "an RSS feed",
  atom: "an Atom feed",
};

/** An encoding as people write it: WHATWG's names are lower case ("utf-8", "shift_jis", "iso-8859-2"). */
function encodingName(encoding: string): string {
  if (encoding.toLowerCase() === "shift_jis") return "Shift_JIS";
  return encoding.replace(/^(?:utf|iso|euc|koi8|gb|big5)(?=[-\d_]|$)/i, (prefix) => prefix.toUpperCase());
}

/** ", asking for a pause of 15 minutes" when a server's `Retry-After` asked for one, else "". */
function askedToWait(ms: number | undefined): string {
  if (ms === undefined || ms < 1000) return "";
  const seconds = Math.round(ms / 1000);
  const wait = seconds < 120 ? counted(seconds, "second") : counted(Math.ceil(seconds / 60), "minute");
  return `, asking for a pause of ${wait}`;
}

/** Why the feed could not be used, as a clause: "the feed answered with HTTP 503". */
export function describeFailure(failure: FeedFailure): string {
  switch (failure.kind) {
    case "network":
      return "the feed could not be reached";
    case "timeout":
      return `the feed did not answer within ${failure.seconds} seconds`;
    case "http":
      return `the feed answered with HTTP ${failure.status}${askedToWait(failure.retryAfterMs)}`;
    case "encoding":
      return failure.reason === "invalid"
        ? `the feed is not valid ${encodingName(failure.encoding)} text`
        : `the feed's encoding "${failure.encoding}" is not one this browser can read`;
    case "bad-json":
      return "the feed is not valid JSON";
    case "bad-xml":
      return `the feed is not well-formed XML: ${failure.detail}`;
    case "not-a-feed":
      return `the feed is not JSON Feed, RSS or Atom: it is ${failure.detail}`;
    case "schema":
      return `the feed is not ${FORMAT_NAMES[failure.format]}: ${failure.detail}`;
  }
}

const reasonWords: Record<DropReason, [string, string]> = {
  "not-an-object": ["that is not an object", "that are not objects"],
  "missing-content": ["with neither title nor text", "with neither title nor text"],
  "duplicate-id": ["repeating an earlier id", "repeating an earlier id"],
};

/** "Skipped 2 items in the feed: 1 with neither title nor text, 1 that is not an object.", or `null`. */
export function describeDropped(dropped: readonly DroppedItem[]): string | null {
  if (dropped.length === 0) return null;
  const byReason = new Map<DropReason, number>();
  for (const { reason } of dropped) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  const reasons = [...byReason].map(([reason, n]) => {
    const [one, many] = reasonWords[reason];
    return counted(n, one, many);
  });
  return `Skipped ${counted(dropped.length, "item")} in the feed: ${reasons.join(", ")}.`;
}
