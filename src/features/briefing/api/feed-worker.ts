// The feed worker: fetches, decodes, parses, validates and compares each poll of the feed off the page's main
// thread, and answers with only the items that differ from the last feed (a 10,000-item feed cost the page ~130 ms
// per changed poll at phone speed). Started by poll-client.ts.
import { createFeedPoller } from "./poll-feed";
import type { WorkerRequest, WorkerResponse } from "./poll-protocol";

const poll = createFeedPoller();
const polls = new Map<number, AbortController>();

addEventListener("message", (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if ("abort" in request) {
    polls.get(request.seq)?.abort();
    return;
  }
  const { seq, ...asked } = request;
  const controller = new AbortController();
  polls.set(seq, controller);
  poll(asked, controller.signal)
    .then(
      (outcome) => {
        const response: WorkerResponse = { seq, outcome };
        postMessage(response, { transfer: outcome.kind === "read" ? [outcome.delta.reuse.buffer] : [] });
      },
      (error: unknown) => {
        // A cancelled poll is not waited for.
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        const response: WorkerResponse = { seq, error: message };
        postMessage(response);
      },
    )
    .finally(() => polls.delete(seq));
});
