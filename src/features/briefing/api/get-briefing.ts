import { focusManager, queryOptions, type QueryState } from "@tanstack/react-query";
import { applyDelta, nextAttemptAt, type Feed, type FeedChange, type FeedFailure } from "../../../lib/feed";
import { pollFeed } from "./poll-client";

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
  /** The feed reader's token for this feed (poll-feed.ts): the next body is compared with it there, not here. */
  read: number;
  /** Its ETag (same-origin, or exposed by CORS) or Last-Modified (always readable), or `null`. */
  validator: string | null;
  /** Its items that are new or changed since the feed fetched before it, or `null` (the first, or read afresh). */
  changed: FeedChange | null;
}

/**
 * Polls the feed (poll-feed.ts, in the feed worker where there is one). `previous` is the last one that parsed:
 * when the new response has the same validator or an identical body the result keeps `previous.feed` itself, so
 * nothing downstream merges or re-renders. A changed feed comes back as the items that changed; the others are
 * `previous.feed`'s own objects. Every failure becomes a `BriefingFeedError`, except a cancellation by the caller.
 */
export async function getBriefing(
  url: string,
  signal: AbortSignal,
  previous: Fetched | null,
): Promise<Fetched> {
  // Timed here, on the page's clock, whichever thread fetches.
  const timeout = AbortSignal.timeout(FEED_TIMEOUT_MS);
  try {
    const outcome = await pollFeed(
      { url, validator: previous?.validator ?? null, base: previous?.read ?? null },
      AbortSignal.any([signal, timeout]),
    );
    if (outcome.kind === "failed") throw new BriefingFeedError(outcome.failure);
    if (outcome.kind === "unchanged") {
      // Only a caller that holds a feed (it names its read) is told "unchanged".
      if (previous === null) throw new Error("an unchanged feed before any feed");
      return { ...previous, validator: outcome.validator };
    }
    const since = outcome.base !== null && previous !== null ? previous.feed : null;
    const feed: Feed = { ...outcome.feed, items: applyDelta(since?.items ?? [], outcome.delta) };
    return {
      feed,
      read: outcome.token,
      validator: outcome.validator,
      changed: since === null ? null : { since, items: outcome.delta.fresh },
    };
  } catch (error) {
    if (error instanceof BriefingFeedError || signal.aborted) throw error;
    if (timeout.aborted) throw new BriefingFeedError({ kind: "timeout", seconds: FEED_TIMEOUT_MS / 1000 });
    // A bug, or the XML parser's chunk did not load: reported, and shown as a request that failed.
    console.error("Live briefing: unexpected error", error);
    throw new BriefingFeedError({ kind: "network" });
  }
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
  const failures = state.errorUpdateCount - (state.data?.errorsBefore ?? 0);
  const failure = state.error?.failure;
  return nextAttemptAt(
    {
      lastAttemptAt: Math.max(state.dataUpdatedAt, state.errorUpdatedAt) || null,
      failures,
      jitter: state.error?.jitter ?? 0,
      // Only the last attempt's answer counts: after a success, whatever a server asked before is past.
      retryAfterMs: failures > 0 && failure?.kind === "http" ? (failure.retryAfterMs ?? 0) : 0,
    },
    hidden,
  );
}

/**
 * The one briefing query, polled by the schedule: every 30 s, backing off after failures (and never before a 429's
 * or 503's `Retry-After`), every 5 minutes while the page is hidden, at once when it is shown again or reconnects if
 * a poll is due. The next poll is the retry.
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
