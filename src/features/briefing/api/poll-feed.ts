import { createFeedReader, type ReadReply } from "../../../lib/feed/feed-reader";
import type { FeedFailure } from "../../../lib/feed/types";
import { parseBody } from "./parse-body";

/** One poll as the page asks it: what it holds of the feed so far. */
export interface PollRequest {
  url: string;
  /** The ETag or Last-Modified of the feed the page holds, or `null`. */
  validator: string | null;
  /** The reader's token for the feed the page holds, or `null` before one arrived. */
  base: number | null;
}

/** What one poll brought. */
export type PollOutcome =
  /** The feed the page holds, confirmed by its validator or by an identical body; `validator` is the new one. */
  | { kind: "unchanged"; validator: string | null }
  | { kind: "failed"; failure: FeedFailure }
  | (Extract<ReadReply, { kind: "read" }> & {
      /** Its ETag (same-origin, or exposed by CORS) or Last-Modified (always readable), or `null`. */
      validator: string | null;
    });

/**
 * Fetches and reads the feed, one poll after another: the feed worker's work (feed-worker.ts), or the page's where
 * there is no worker. An unchanged validator means the body is not even read; an identical body is not parsed
 * again; a changed one is answered with only the items that changed (src/lib/feed/feed-reader.ts). Every failure
 * is an outcome, except a cancellation, which is thrown: the page's clock times polls out (get-briefing.ts).
 */
export function createFeedPoller() {
  const read = createFeedReader(parseBody);
  return async function poll(request: PollRequest, signal: AbortSignal): Promise<PollOutcome> {
    let text: string;
    let validator: string | null;
    try {
      // A simple GET (no custom headers) needs no CORS preflight; `no-cache` revalidates with ETag/Last-Modified.
      const response = await fetch(request.url, {
        signal,
        cache: "no-cache",
        credentials: "omit",
      });
      if (!response.ok) return { kind: "failed", failure: { kind: "http", status: response.status } };
      validator = response.headers.get("etag") ?? response.headers.get("last-modified");
      if (request.base !== null && validator !== null && validator === request.validator) {
        // Unchanged: a 10,000-item body need not be read, decoded and compared on every poll.
        void response.body?.cancel();
        return { kind: "unchanged", validator };
      }
      text = await response.text();
    } catch (error) {
      if (signal.aborted) throw error;
      return { kind: "failed", failure: { kind: "network" } };
    }
    const reply = await read(text, request.base);
    if (reply.kind === "same") return { kind: "unchanged", validator };
    if (reply.kind === "failed") return reply;
    return { ...reply, validator };
  };
}
