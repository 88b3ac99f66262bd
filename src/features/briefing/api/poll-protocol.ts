import type { PollOutcome, PollRequest } from "./poll-feed";

/** The page to the feed worker: a poll to make, or one to cancel. `seq` matches the answer to the request. */
export type WorkerRequest = (PollRequest & { seq: number }) | { seq: number; abort: true };

/** The worker's answer: the poll's outcome, or the message of an error it did not expect (a bug). */
export type WorkerResponse = { seq: number; outcome: PollOutcome } | { seq: number; error: string };
