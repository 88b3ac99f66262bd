import { diffItems, type FeedDelta } from "./feed-delta";
import type { Feed, FeedFailure, ParseResult } from "./types";

/** What reading one body gave, relative to the read the caller holds (`base`). */
export type ReadReply =
  /** The body is the very one of read `base`: nothing to do. */
  | { kind: "same" }
  | { kind: "failed"; failure: FeedFailure }
  | {
      kind: "read";
      /** Names this read, for the next call's `base`. */
      token: number;
      /** The feed without its items, which `delta` carries. */
      feed: Omit<Feed, "items">;
      /** The token `delta` is relative to, or `null`: then every item is in `delta.fresh` (reuse all -1). */
      base: number | null;
      delta: FeedDelta;
    };

/**
 * Reads feed bodies one after another, remembering the last one read: an identical body (from the same URL) is not
 * parsed again, and a changed one is answered with only the items that differ from it. `base` is the token of the
 * read the caller holds; when it is not the last one read here (the caller missed a reply), everything is sent
 * afresh. `url` is the feed's address, which relative links and a missing title are read against.
 */
export function createFeedReader(parse: (text: string, url: string | null) => Promise<ParseResult>) {
  let last: { token: number; body: string; url: string | null; feed: Feed } | null = null;
  let tokens = 0;
  // One read at a time, in the order asked: each is compared with the one before (a parse may wait for a chunk).
  let queue: Promise<unknown> = Promise.resolve();
  async function readNow(text: string, base: number | null, url: string | null): Promise<ReadReply> {
    const known = last !== null && last.token === base ? last : null;
    if (known !== null && known.body === text && known.url === url) return { kind: "same" };
    const result = await parse(text, url);
    if (!result.ok) return { kind: "failed", failure: result.failure };
    const { items, ...feed } = result.feed;
    const token = (tokens += 1);
    last = { token, body: text, url, feed: result.feed };
    const delta = diffItems(known?.feed.items ?? [], items);
    return { kind: "read", token, feed, base: known?.token ?? null, delta };
  }
  return function read(text: string, base: number | null, url: string | null = null): Promise<ReadReply> {
    const reply = queue.then(() => readNow(text, base, url));
    queue = reply.catch(() => undefined);
    return reply;
  };
}
