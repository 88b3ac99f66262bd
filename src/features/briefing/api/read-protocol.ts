import type { ReadReply } from "../../../lib/feed/feed-reader";

/** The page asks the feed worker to read a body (UTF-8 bytes, as received) against its read `base`. */
export interface ReadRequest {
  /** Matches the answer to the request. */
  seq: number;
  body: ArrayBuffer;
  base: number | null;
}

/** The worker's answer: the reader's reply, or the message of an error it did not expect (a bug). */
export type ReadResponse = { seq: number; reply: ReadReply } | { seq: number; error: string };
