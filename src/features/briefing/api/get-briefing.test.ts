import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { QueryClient } from "@tanstack/react-query";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POLL_INTERVAL_MS, retryDelay } from "../../../lib/feed";
import { briefingQueryOptions, nextPollAt, type PollState } from "./get-briefing";

// The query's schedule against TanStack Query's real state, fed by a real HTTP server on 127.0.0.1.

const feed = JSON.stringify({
  version: "https://jsonfeed.org/version/1.1",
  title: "Feed",
  items: [{ id: "a", content_text: "A" }],
});

let reply: { status: number; body: string; etag?: string } = { status: 200, body: feed };
let server: Server;
let origin = "";

beforeAll(async () => {
  server = createServer((_, response) => {
    response.writeHead(reply.status, {
      "Content-Type": "application/feed+json",
      ...(reply.etag === undefined ? {} : { ETag: reply.etag }),
    });
    response.end(reply.body);
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((closed) => server.close(closed));
});

/** A fresh client and query (its own URL, so its own key), and a way to run one poll of it. */
function briefing(path: string) {
  const client = new QueryClient();
  const options = briefingQueryOptions(`${origin}/${path}`);
  return {
    poll: () => client.query(options).catch(() => null),
    state: () => client.getQueryState(options.queryKey) as PollState,
  };
}

const ok = () => {
  reply = { status: 200, body: feed };
};
const fail = () => {
  reply = { status: 503, body: "Unavailable" };
};

describe("briefingQueryOptions: the schedule from TanStack Query's state", () => {
  it("counts failures in a row, though TanStack starts its own count again at every fetch", async () => {
    const { poll, state } = briefing("failing");
    ok();
    await poll();
    fail();
    for (let i = 0; i < 3; i += 1) await poll();
    const failing = state();
    expect(failing.error?.failure).toEqual({ kind: "http", status: 503 });
    expect(nextPollAt(failing, false)).toBe(
      failing.errorUpdatedAt + retryDelay(3, failing.error?.jitter ?? 0),
    );
  });

  it("starts the count again after a success, even one that brought nothing new", async () => {
    const { poll, state } = briefing("recovering");
    ok();
    await poll();
    const first = state().data?.feed;
    fail();
    await poll();
    await poll();
    ok();
    await poll();
    const recovered = state();
    expect(recovered.data?.feed).toBe(first);
    expect(nextPollAt(recovered, false)).toBe(recovered.dataUpdatedAt + POLL_INTERVAL_MS);
    fail();
    await poll();
    await poll();
    const again = state();
    expect(nextPollAt(again, false)).toBe(again.errorUpdatedAt + retryDelay(2, again.error?.jitter ?? 0));
  });

  it("counts failures from the first load on, while no feed has arrived", async () => {
    const { poll, state } = briefing("never-loaded");
    fail();
    for (let i = 0; i < 4; i += 1) await poll();
    const failing = state();
    expect(failing.data).toBeNull();
    expect(nextPollAt(failing, false)).toBe(
      failing.errorUpdatedAt + retryDelay(4, failing.error?.jitter ?? 0),
    );
  });

  it("keeps the very same feed for an unchanged ETag or body, and parses a changed one", async () => {
    const { poll, state } = briefing("unchanged");
    reply = { status: 200, body: feed, etag: '"v1"' };
    await poll();
    const first = state().data?.feed;
    await poll();
    expect(state().data?.feed).toBe(first);
    reply = { status: 200, body: feed, etag: '"v2"' };
    await poll();
    expect(state().data?.feed).toBe(first);
    reply = { status: 200, body: feed.replace('"A"', '"B"'), etag: '"v3"' };
    await poll();
    expect(state().data?.feed).not.toBe(first);
    expect(state().data?.feed.items[0]?.contentText).toBe("B");
  });

  it("waits 5 minutes while the page is hidden, healthy or failing", async () => {
    const { poll, state } = briefing("hidden");
    ok();
    await poll();
    expect(nextPollAt(state(), true)).toBe(state().dataUpdatedAt + 5 * 60_000);
    fail();
    await poll();
    expect(nextPollAt(state(), true)).toBe(state().errorUpdatedAt + 5 * 60_000);
  });
});
