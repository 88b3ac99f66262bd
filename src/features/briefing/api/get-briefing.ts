import {
  parseJsonFeedText,
  sniffBody,
  type Feed,
  type FeedFailure,
  type ParseResult,
} from "../../../lib/feed";

/** How long one request may take before it counts as failed. */
export const FEED_TIMEOUT_MS = 10_000;

/** The feed URL: `VITE_BRIEFING_URL` at build time, else the sample `briefing.json` under the app's base. */
export const briefingUrl: string =
  import.meta.env.VITE_BRIEFING_URL || `${import.meta.env.BASE_URL}briefing.json`;

/** A feed request that failed, with a reason the panel can put into words. */
export class BriefingFeedError extends Error {
  /** What went wrong. */
  readonly failure: FeedFailure;
  constructor(failure: FeedFailure) {
    super(`Live briefing feed failed: ${failure.kind}`);
    this.name = "BriefingFeedError";
    this.failure = failure;
  }
}

/** A body of any supported format parsed; the XML parser is fetched only the first time a body is XML. */
async function parseBody(text: string): Promise<ParseResult> {
  switch (sniffBody(text)) {
    case "json":
      return parseJsonFeedText(text);
    case "xml":
      return (await import("../../../lib/feed/parse-xml-feed")).parseXmlFeed(text);
    case "html":
      return { ok: false, failure: { kind: "not-a-feed", detail: "an HTML page" } };
    case "unknown":
      return { ok: false, failure: { kind: "not-a-feed", detail: "neither JSON nor XML" } };
  }
}

/** A response that parsed: enough to recognise the same one next time without reading or parsing it. */
export interface Known {
  body: string;
  /** Its ETag (same-origin, or exposed by CORS) or Last-Modified (always readable), or `null`. */
  validator: string | null;
}

/** What one successful request brought. */
export interface Fetched extends Known {
  /** The parsed feed, or `null` when it is the same as the `previous` one. */
  feed: Feed | null;
}

/**
 * Fetches and parses the feed. `previous` is the last response that parsed: when the new one has the same
 * validator its body is not even read, and an identical body is not parsed again (a `304 Not Modified` reaches the
 * page as the cached response). Every failure becomes a `BriefingFeedError`, except a cancellation by the caller.
 */
export async function getBriefing(
  url: string,
  signal: AbortSignal,
  previous: Known | null,
): Promise<Fetched> {
  const timeout = AbortSignal.timeout(FEED_TIMEOUT_MS);
  let body: string;
  let validator: string | null;
  try {
    // A simple GET (no custom headers) needs no CORS preflight; `no-cache` revalidates with ETag/Last-Modified.
    const response = await fetch(url, {
      signal: AbortSignal.any([signal, timeout]),
      cache: "no-cache",
      credentials: "omit",
    });
    if (!response.ok) throw new BriefingFeedError({ kind: "http", status: response.status });
    validator = response.headers.get("etag") ?? response.headers.get("last-modified");
    if (previous !== null && validator !== null && validator === previous.validator) {
      // Unchanged: a 10,000-item body need not be read, decoded and compared on every poll.
      void response.body?.cancel();
      return { ...previous, feed: null };
    }
    body = await response.text();
  } catch (error) {
    if (error instanceof BriefingFeedError || signal.aborted) throw error;
    if (timeout.aborted) throw new BriefingFeedError({ kind: "timeout", seconds: FEED_TIMEOUT_MS / 1000 });
    throw new BriefingFeedError({ kind: "network" });
  }
  if (body === previous?.body) return { body, validator, feed: null };
  const result = await parseBody(body);
  if (!result.ok) throw new BriefingFeedError(result.failure);
  return { body, validator, feed: result.feed };
}
