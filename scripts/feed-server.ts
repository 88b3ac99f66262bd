// A small HTTP feed server on 127.0.0.1, as a newsroom's would answer: an ETag for every body, `304 Not Modified`
// for a request that already has it, CORS open to any reader origin (`Retry-After` readable too). Bodies are bytes
// as well as strings, so a feed can be served in any encoding. `npm run dev:feed` serves the sample or a test feed
// through it; the e2e tests start one per test run to prove conditional requests, encodings and Retry-After against
// a real server.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/** What the server answers to the next request. */
export interface FeedReply {
  status: number;
  /** The body: a string is sent as UTF-8, bytes as they are (a feed in windows-1251, UTF-16…). */
  body: string | Uint8Array;
  /** The `Content-Type`, with its `charset` or without, as the test wants it. */
  contentType: string;
  /** More headers, e.g. `Retry-After` on a 429 or 503. */
  headers?: Record<string, string>;
}

/** One request as the server saw it. */
export interface FeedRequestLog {
  /** The status sent: 200, 304, or whatever the reply said. */
  status: number;
  /** The `If-None-Match` the browser sent, if any. */
  ifNoneMatch: string | null;
}

export interface FeedServer {
  /** The server's root, e.g. `http://127.0.0.1:40123`. */
  origin: string;
  /** Every request so far, in order. */
  log: FeedRequestLog[];
  /** Requests received whose answer has not been sent yet. */
  inFlight: () => number;
  close: () => Promise<void>;
}

/** A strong validator of the body (RFC 9110): the same body always gets the same ETag. */
export function etagOf(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

function matches(request: IncomingMessage, etag: string): boolean {
  const header = request.headers["if-none-match"];
  return header !== undefined && header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/**
 * Starts a server on 127.0.0.1 (`port` 0: a free one) that answers every GET with `reply(path)`. A 200 carries an
 * ETag and `Cache-Control: no-cache` (store, but revalidate every time), so an unchanged feed costs a 304.
 */
export async function startFeedServer(reply: (path: string) => FeedReply, port = 0): Promise<FeedServer> {
  const log: FeedRequestLog[] = [];
  let pending = 0;
  const server = createServer((request, response) => {
    pending += 1;
    response.once("close", () => {
      pending -= 1;
    });
    const answer = reply(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const headers = {
      "Access-Control-Allow-Origin": "*",
      // Lets the panel compare ETags and skip reading an unchanged body (Last-Modified is readable anyway), and
      // read how long a server that is overloaded asks to be left alone.
      "Access-Control-Expose-Headers": "ETag, Retry-After, Date",
      "Cache-Control": "no-cache",
      "Content-Type": answer.contentType,
      ...answer.headers,
    };
    const ifNoneMatch = request.headers["if-none-match"] ?? null;
    if (answer.status !== 200) {
      log.push({ status: answer.status, ifNoneMatch });
      response.writeHead(answer.status, headers).end(answer.body);
      return;
    }
    const etag = etagOf(answer.body);
    const status = matches(request, etag) ? 304 : 200;
    log.push({ status, ifNoneMatch });
    response.writeHead(status, { ...headers, ETag: etag }).end(status === 304 ? undefined : answer.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    log,
    inFlight: () => pending,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
