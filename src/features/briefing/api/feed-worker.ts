// The feed worker: decodes, parses, validates and compares each changed feed body off the page's main thread, and
// answers with only the items that differ from the last one (a 10,000-item feed would otherwise cost the page
// ~100 ms per poll at phone speed). Started by read-feed.ts.
import { createFeedReader } from "../../../lib/feed/feed-reader";
import { parseBody } from "./parse-body";
import type { ReadRequest, ReadResponse } from "./read-protocol";

const read = createFeedReader(parseBody);
const decoder = new TextDecoder();

addEventListener("message", (event: MessageEvent<ReadRequest>) => {
  const { seq, body, base } = event.data;
  read(decoder.decode(body), base).then(
    (reply) => {
      const response: ReadResponse = { seq, reply };
      postMessage(response, { transfer: reply.kind === "read" ? [reply.delta.reuse.buffer] : [] });
    },
    (error: unknown) => {
      const response: ReadResponse = {
        seq,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
      postMessage(response);
    },
  );
});
