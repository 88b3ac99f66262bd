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

/** What one successful request brought. */
export interface Fetched {
  /** The body, to recognise the next identical one without parsing it. */
  body: string;
  /** The parsed feed, or `null` when the body is the same as `previousBody`. */
  feed: Feed | null;
}

/**
 * Fetches and parses the feed. `previousBody` is the last body that parsed: an identical one is not parsed again (a
 * `304 Not Modified` reaches the page as the cached body). Every failure becomes a `BriefingFeedError`, except a
 * cancellation by the caller.
 */
export async function getBriefing(
  url: string,
  signal: AbortSignal,
  previousBody: string | null,
): Promise<Fetched> {
  const timeout = AbortSignal.timeout(FEED_TIMEOUT_MS);
  let body: string;
  try {
    // A simple GET (no custom headers) needs no CORS preflight; `no-cache` revalidates with ETag/Last-Modified.
    const response = await fetch(url, {
      signal: AbortSignal.any([signal, timeout]),
      cache: "no-cache",
      credentials: "omit",
    });
    if (!response.ok) throw new BriefingFeedError({ kind: "http", status: response.status });
    body = await response.text();
  } catch (error) {
    if (error instanceof BriefingFeedError || signal.aborted) throw error;
    if (timeout.aborted) throw new BriefingFeedError({ kind: "timeout", seconds: FEED_TIMEOUT_MS / 1000 });
    throw new BriefingFeedError({ kind: "network" });
  }
  if (body === previousBody) return { body, feed: null };
  const result = await parseBody(body);
  if (!result.ok) throw new BriefingFeedError(result.failure);
  return { body, feed: result.feed };
}
