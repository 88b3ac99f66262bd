import type { ReadReply } from "../../../lib/feed/feed-reader";
import type { ReadRequest, ReadResponse } from "./read-protocol";

type Read = (body: ArrayBuffer, base: number | null) => Promise<ReadReply>;

interface Waiting {
  body: ArrayBuffer;
  base: number | null;
  resolve: (reply: ReadReply) => void;
  reject: (error: unknown) => void;
}

// The page's own thread, loaded only when it is needed: where there is no worker, or the worker failed.
const inThread: Read = async (body, base) => (await import("./read-in-thread")).readInThread(body, base);

/**
 * The feed worker (feed-worker.ts), started at the first read, or `null` where workers are unavailable. If it fails
 * (its script blocked or missing), the reads it still owed and all later ones go to the page's own thread.
 */
function startWorker(): Read | null {
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
  // Until the worker has answered once it gets a copy of each body, and the page keeps the bytes to read them itself
  // if the worker's script cannot load. From then on the bytes are handed over: copying 1.5 MB cost the page ~10 ms
  // per changed poll at phone speed.
  let proven = false;
  worker.addEventListener("message", (event: MessageEvent<ReadResponse>) => {
    const response = event.data;
    const request = waiting.get(response.seq);
    waiting.delete(response.seq);
    proven = true;
    if ("reply" in response) request?.resolve(response.reply);
    else request?.reject(new Error(`Live briefing: the feed worker failed: ${response.error}`));
  });
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    failed = true;
    worker.terminate();
    for (const request of waiting.values()) {
      // A body already handed over is gone: that one read fails, and the next poll reads on the page.
      if (request.body.byteLength === 0) request.reject(new Error("Live briefing: the feed worker failed"));
      else inThread(request.body, request.base).then(request.resolve, request.reject);
    }
    waiting.clear();
  });
  return (body, base) => {
    if (failed) return inThread(body, base);
    return new Promise((resolve, reject) => {
      seq += 1;
      waiting.set(seq, { body, base, resolve, reject });
      const request: ReadRequest = { seq, body, base };
      worker.postMessage(request, { transfer: proven ? [body] : [] });
    });
  };
}

let read: Read | undefined;

/**
 * Reads a feed body (its bytes, as received) against the read `base` the caller holds: off the main thread in a
 * worker where there is one. See createFeedReader (src/lib/feed/feed-reader.ts) for the reply.
 */
export function readFeed(body: ArrayBuffer, base: number | null): Promise<ReadReply> {
  read ??= startWorker() ?? inThread;
  return read(body, base);
}
