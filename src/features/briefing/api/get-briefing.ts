import { focusManager, queryOptions, type QueryState } from "@tanstack/react-query";
import { applyDelta, nextAttemptAt, type Feed, type FeedChange, type FeedFailure } from "../../../lib/feed";
import type { ReadReply } from "../../../lib/feed/feed-reader";
import { readFeed } from "./read-feed";

/** How long one request may take before it counts as failed. */
export const FEED_TIMEOUT_MS = 10_000;

/** The feed URL: `VITE_BRIEFING_URL` at build time, else the sample `briefing.json` under the app's base. */
export const briefingUrl: string =
  import.meta.env.VITE_BRIEFING_URL || `${import.meta.env.BASE_URL}briefing.json`;

/** A feed request that failed, with a reason the panel can put into words. */
export class BriefingFeedError extends Error {
  /** What went wrong. */
  readonly failure: FeedFailure;
  /** Shortens the wait after this failure (poll-schedule.ts); drawn once, so the next try's time stays put. */
  readonly jitter = Math.random();
  constructor(failure: FeedFailure) {
    super(`Live briefing feed failed: ${failure.kind}`);
    this.name = "BriefingFeedError";
    this.failure = failure;
  }
}

/** A feed that parsed, and what recognises the same one next time without reading or parsing it. */
export interface Fetched {
  feed: Feed;
  /** The feed reader's token for this feed (read-feed.ts): the next body is compared with it there, not here. */
  read: number;
  /** Its ETag (same-origin, or exposed by CORS) or Last-Modified (always readable), or `null`. */
  validator: string | null;
  /** Its items that are new or changed since the feed fetched before it, or `null` (the first, or read afresh). */
  changed: FeedChange | null;
}

/**
 * Fetches and parses the feed. `previous` is the last one that parsed: when the new response has the same validator
 * its body is not even read, and an identical body is not parsed again (a `304 Not Modified` reaches the page as the
 * cached response); either way the result keeps `previous.feed` itself, so nothing downstream merges or re-renders.
 * A changed body is parsed off the main thread, which sends back only the items that changed; the others are
 * `previous.feed`'s own objects. Every failure becomes a `BriefingFeedError`, except a cancellation by the caller.
 */
export async function getBriefing(
  url: string,
  signal: AbortSignal,
  previous: Fetched | null,
): Promise<Fetched> {
  const timeout = AbortSignal.timeout(FEED_TIMEOUT_MS);
  let body: ArrayBuffer;
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
      return previous;
    }
    // Bytes, not text: the worker decodes them.
    body = await response.arrayBuffer();
  } catch (error) {
    if (error instanceof BriefingFeedError || signal.aborted) throw error;
    if (timeout.aborted) throw new BriefingFeedError({ kind: "timeout", seconds: FEED_TIMEOUT_MS / 1000 });
    throw new BriefingFeedError({ kind: "network" });
  }
  let reply: Exclude<ReadReply, { kind: "same" }>;
  try {
    const answer = await readFeed(body, previous?.read ?? null);
    if (answer.kind === "same") {
      // Only a caller that named a read (which only a previous feed gives) is told "same".
      if (previous === null) throw new Error("an unchanged body with no feed before it");
      return { ...previous, validator };
    }
    reply = answer;
  } catch (error) {
    // A bug, or the XML parser's chunk did not load: reported, and shown as a request that failed.
    console.error("Live briefing: unexpected error", error);
    throw new BriefingFeedError({ kind: "network" });
  }
  if (reply.kind === "failed") throw new BriefingFeedError(reply.failure);
  const since = reply.base !== null && previous !== null ? previous.feed : null;
  const feed: Feed = { ...reply.feed, items: applyDelta(since?.items ?? [], reply.delta) };
  return {
    feed,
    read: reply.token,
    validator,
    changed: since === null ? null : { since, items: reply.delta.fresh },
  };
}

/** What the query holds once a feed has arrived (`null` before). */
export interface Briefing extends Fetched {
  /**
   * The query's `errorUpdateCount` when this arrived: the errors counted since are the failures in a row that the
   * backoff counts (TanStack's own `fetchFailureCount` starts again at every fetch).
   */
  errorsBefore: number;
}

/** What the schedule reads of the query's state; `useQuery`'s result has the same fields. */
export type PollState = Pick<
  QueryState<Briefing | null, BriefingFeedError>,
  "data" | "dataUpdatedAt" | "error" | "errorUpdatedAt" | "errorUpdateCount"
>;

/** When the next request is due (epoch ms), by the schedule in src/lib/feed/poll-schedule.ts. */
export function nextPollAt(state: PollState, hidden: boolean): number {
  return nextAttemptAt(
    {
      lastAttemptAt: Math.max(state.dataUpdatedAt, state.errorUpdatedAt) || null,
      failures: state.errorUpdateCount - (state.data?.errorsBefore ?? 0),
      jitter: state.error?.jitter ?? 0,
    },
    hidden,
  );
}

/**
 * The one briefing query, polled by the schedule: every 30 s, backing off after failures, every 5 minutes while the
 * page is hidden, at once when it is shown again or reconnects if a poll is due. The next poll is the retry.
 */
export function briefingQueryOptions(url: string = briefingUrl) {
  return queryOptions<Briefing | null, BriefingFeedError>({
    queryKey: ["briefing", url],
    queryFn: async ({ signal, client, queryKey }) => {
      const state = client.getQueryState<Briefing | null, BriefingFeedError>(queryKey);
      const errorsBefore = state?.errorUpdateCount ?? 0;
      return { ...(await getBriefing(url, signal, state?.data ?? null)), errorsBefore };
    },
    // Data from the start, so TanStack keeps the last error while it tries again (it clears it at every fetch
    // until a first success) and the panel can go on saying why; 0: nothing has arrived yet.
    initialData: null,
    initialDataUpdatedAt: 0,
    // Asked again at every change of the query and every render of the panel (which re-renders when the page is
    // hidden or shown): the time left until the schedule's next poll. None while a request is in flight.
    refetchInterval: (query) =>
      query.state.fetchStatus === "fetching"
        ? false
        : Math.max(1, nextPollAt(query.state, !focusManager.isFocused()) - Date.now()),
    refetchIntervalInBackground: true,
    refetchOnWindowFocus: (query) => (nextPollAt(query.state, false) <= Date.now() ? "always" : false),
    refetchOnReconnect: "always",
    retry: false,
    // Offline requests fail at once (instead of waiting), so the panel can say "offline".
    networkMode: "always",
    // The fetcher keeps the feed object when nothing changed; comparing a changed 10,000-item feed deeply would
    // only add work.
    structuralSharing: false,
  });
}
