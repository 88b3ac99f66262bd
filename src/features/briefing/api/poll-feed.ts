import { decodeBody } from "../../../lib/feed/decode-body";
import { createFeedReader, type ReadReply } from "../../../lib/feed/feed-reader";
import { retryAfterMs } from "../../../lib/feed/retry-after";
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

/** A non-2xx answer as a failure, with the wait its `Retry-After` asks for (readable cross-origin only if exposed). */
function httpFailure(response: Response): FeedFailure {
  const wait = retryAfterMs(response.headers.get("retry-after"), response.headers.get("date"), Date.now());
  return { kind: "http", status: response.status, ...(wait === null ? {} : { retryAfterMs: wait }) };
}

/**
 * Fetches and reads the feed, one poll after another: the feed worker's work (feed-worker.ts), or the page's where
 * there is no worker. An unchanged validator means the body is not even read; an identical body is not parsed
 * again; a changed one is answered with only the items that changed (src/lib/feed/feed-reader.ts). Every failure
 * is an outcome, except a cancellation, which is thrown: the page's clock times polls out (get-briefing.ts).
 */
export function createFeedPoller() {
  const read = createFeedReader(parseBody);
  return async function poll(request: PollRequest, signal: AbortSignal): Promise<PollOutcome> {
    let bytes: Uint8Array;
    let contentType: string | null;
    let validator: string | null;
    let feedUrl: string;
    try {
      // A simple GET (no custom headers) needs no CORS preflight; `no-cache` revalidates with ETag/Last-Modified.
      const response = await fetch(request.url, {
        signal,
        cache: "no-cache",
        credentials: "omit",
      });
      if (!response.ok) return { kind: "failed", failure: httpFailure(response) };
      validator = response.headers.get("etag") ?? response.headers.get("last-modified");
      if (request.base !== null && validator !== null && validator === request.validator) {
        // Unchanged: a 10,000-item body need not be read, decoded and compared on every poll.
        void response.body?.cancel();
        return { kind: "unchanged", validator };
      }
      // Bytes, not `text()`: that would read every feed as UTF-8 (decode-body.ts reads it as the feed says).
      bytes = new Uint8Array(await response.arrayBuffer());
      contentType = response.headers.get("content-type");
      // After redirects, the feed's own address: its relative links are relative to it.
      feedUrl = response.url || request.url;
    } catch (error) {
      if (signal.aborted) throw error;
      return { kind: "failed", failure: { kind: "network" } };
    }
    const decoded = decodeBody(bytes, contentType);
    if (!decoded.ok) return { kind: "failed", failure: decoded.failure };
    const reply = await read(decoded.text, request.base, feedUrl);
    if (reply.kind === "same") return { kind: "unchanged", validator };
    if (reply.kind === "failed") return reply;
    return { ...reply, validator };
  };
}
