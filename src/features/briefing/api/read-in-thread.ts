import { createFeedReader } from "../../../lib/feed/feed-reader";
import { parseBody } from "./parse-body";

const read = createFeedReader(parseBody);
const decoder = new TextDecoder();

/** The feed reader on the page's own thread: where workers are unavailable (tests in Node, a blocked worker). */
export function readInThread(body: ArrayBuffer, base: number | null) {
  return read(decoder.decode(body), base);
}
