import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { QueryClient } from "@tanstack/react-query";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { briefingQueryOptions, nextPollAt, type PollState } from "./get-briefing";

// Issue 28: after a 429 with `Retry-After: 900`, five requests came within the 15 minutes the server asked for.
// The schedule against TanStack Query's real state, a real HTTP server on 127.0.0.1, and a faked clock.

const T0 = Date.UTC(2030, 0, 15, 12);
const MINUTE = 60_000;

const httpDate = (ms: number) => new Date(ms).toUTCString();

/** What each path answers: a 429 asking for 15 minutes in seconds, the same as a date, or a 503 asking nothing. */
const replies: Record<string, () => { status: number; headers: Record<string, string> }> = {
  "/seconds": () => ({ status: 429, headers: { "Retry-After": "900" } }),
  "/date": () => ({
    status: 503,
    headers: { "Retry-After": httpDate(Date.now() + 15 * MINUTE), Date: httpDate(Date.now()) },
  }),
  "/plain": () => ({ status: 503, headers: {} }),
};

let server: Server;
let origin = "";
const requests: { path: string; at: number }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? "/";
    requests.push({ path, at: Date.now() });
    const reply = replies[path]?.() ?? { status: 404, headers: {} };
    response.writeHead(reply.status, { "Content-Type": "text/plain", ...reply.headers }).end("Busy");
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((closed) => server.close(closed));
});

afterEach(() => {
  vi.useRealTimers();
});

/**
 * Runs the panel's schedule for `minutes` on a faked clock in 10 s steps, polling whenever a poll is due, and
 * returns the minutes (from the start) at which the server was asked.
 */
async function askedAt(path: string, minutes: number): Promise<number[]> {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(T0);
  const client = new QueryClient();
  const options = briefingQueryOptions(`${origin}${path}`);
  const first = requests.length;
  for (let elapsed = 0; elapsed <= minutes * MINUTE; elapsed += 10_000) {
    vi.setSystemTime(T0 + elapsed);
    const state = client.getQueryState(options.queryKey) as PollState | undefined;
    if (state === undefined || nextPollAt(state, false) <= Date.now())
      await client.query(options).catch(() => null);
  }
  return requests.slice(first).map((request) => (request.at - T0) / MINUTE);
}

describe("a server's Retry-After, within the backoff", () => {
  it("asks a feed that answered 429 with Retry-After: 900 (seconds) again only after 15 minutes", async () => {
    expect(await askedAt("/seconds", 20)).toEqual([0, 15]);
  });

  it("reads the same wait given as an HTTP date, measured from the server's own clock", async () => {
    expect(await askedAt("/date", 20)).toEqual([0, 15]);
  });

  it("backs off as before when the server asks nothing: far more often than 15 minutes apart", async () => {
    const times = await askedAt("/plain", 20);
    expect(times.length).toBeGreaterThanOrEqual(6);
    expect(times.slice(0, 3)).toEqual([0, 0.5, expect.closeTo(1.5, 0)]);
  });
});
