import { queryOptions, useQuery } from "@tanstack/react-query";
import { parseFeedText, type Feed, type FeedFailure } from "../../../lib/feed";

/** How often the feed is polled while the page is visible. */
export const POLL_INTERVAL_MS = 30_000;
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

/** Fetches and parses the feed; every failure becomes a `BriefingFeedError`, except a cancellation by the caller. */
export async function getBriefing(url: string, signal: AbortSignal): Promise<Feed> {
  const timeout = AbortSignal.timeout(FEED_TIMEOUT_MS);
  let text: string;
  try {
    // A simple GET (no custom headers) needs no CORS preflight; `no-cache` revalidates with ETag/Last-Modified.
    const response = await fetch(url, {
      signal: AbortSignal.any([signal, timeout]),
      cache: "no-cache",
      credentials: "omit",
    });
    if (!response.ok) throw new BriefingFeedError({ kind: "http", status: response.status });
    text = await response.text();
  } catch (error) {
    if (error instanceof BriefingFeedError || signal.aborted) throw error;
    if (timeout.aborted) throw new BriefingFeedError({ kind: "timeout", seconds: FEED_TIMEOUT_MS / 1000 });
    throw new BriefingFeedError({ kind: "network" });
  }
  const result = parseFeedText(text);
  if (!result.ok) throw new BriefingFeedError(result.failure);
  return result.feed;
}

/** The one briefing query: polled while visible, refetched on return when stale, never retried behind the poll. */
export function briefingQueryOptions(url: string = briefingUrl) {
  return queryOptions({
    queryKey: ["briefing", url],
    queryFn: ({ signal }) => getBriefing(url, signal),
    refetchInterval: POLL_INTERVAL_MS,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    refetchOnReconnect: true,
    staleTime: POLL_INTERVAL_MS,
    // The next poll is the retry; the panel offers a Retry button meanwhile.
    retry: false,
    // Fail offline requests at once, so the panel can say "offline" instead of waiting silently.
    networkMode: "always",
  });
}

/** The polled feed. */
export function useBriefing() {
  return useQuery(briefingQueryOptions());
}
