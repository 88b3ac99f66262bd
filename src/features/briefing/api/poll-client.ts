import type { PollOutcome, PollRequest } from "./poll-feed";
import type { WorkerRequest, WorkerResponse } from "./poll-protocol";

/** What a cancelled poll rejects with: the signal's reason, as fetch would. */
function cancelled(signal: AbortSignal): Error {
  return signal.reason instanceof Error
    ? signal.reason
    : new DOMException("The poll was cancelled", "AbortError");
}

type Poll = (request: PollRequest, signal: AbortSignal) => Promise<PollOutcome>;

interface Waiting {
  request: PollRequest;
  signal: AbortSignal;
  resolve: (outcome: PollOutcome) => void;
  reject: (error: unknown) => void;
}

// The page's own thread, loaded only when it is needed: where there is no worker, or the worker failed.
const inThread: Poll = async (request, signal) =>
  (await import("./poll-in-thread")).pollInThread(request, signal);

/**
 * The feed worker (feed-worker.ts), started at the first poll, or `null` where workers are unavailable. If it fails
 * (its script blocked or missing), the polls it still owed and all later ones run on the page.
 */
function startWorker(): Poll | null {
  if (typeof Worker === "undefined") return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL("./feed-worker.ts", import.meta.url), {
      type: "module",
      name: "live-briefing-feed",
    });
  } catch {
    return null;
  }
  const waiting = new Map<number, Waiting>();
  let seq = 0;
  let failed = false;
  worker.addEventListener("message", (event: MessageEvent<WorkerResponse>) => {
    const response = event.data;
    const poll = waiting.get(response.seq);
    waiting.delete(response.seq);
    if ("outcome" in response) poll?.resolve(response.outcome);
    else poll?.reject(new Error(`the feed worker failed: ${response.error}`));
  });
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    failed = true;
    worker.terminate();
    for (const poll of waiting.values()) inThread(poll.request, poll.signal).then(poll.resolve, poll.reject);
    waiting.clear();
  });
  return (request, signal) => {
    if (failed) return inThread(request, signal);
    if (signal.aborted) return Promise.reject(cancelled(signal));
    return new Promise((resolve, reject) => {
      seq += 1;
      const id = seq;
      waiting.set(id, { request, signal, resolve, reject });
      signal.addEventListener(
        "abort",
        () => {
          if (!waiting.delete(id)) return;
          const abort: WorkerRequest = { seq: id, abort: true };
          worker.postMessage(abort);
          reject(cancelled(signal));
        },
        { once: true },
      );
      const message: WorkerRequest = { seq: id, ...request };
      worker.postMessage(message);
    });
  };
}

let poll: Poll | undefined;

/** One poll of the feed (see createFeedPoller in poll-feed.ts): in a worker where there is one, so the page's main
 * thread never handles the body. Rejects only when `signal` cancels it or on a bug. */
export function pollFeed(request: PollRequest, signal: AbortSignal): Promise<PollOutcome> {
  poll ??= startWorker() ?? inThread;
  return poll(request, signal);
}
