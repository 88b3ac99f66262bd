import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { etagOf, startFeedServer, type FeedServer } from "./feed-server";

describe("startFeedServer", () => {
  let body = '{"version":"https://jsonfeed.org/version/1.1"}';
  let server: FeedServer;
  beforeAll(async () => {
    server = await startFeedServer(() => ({ status: 200, body, contentType: "application/feed+json" }));
  });
  afterAll(() => server.close());

  it("answers with the body, its ETag and open CORS; a matching If-None-Match gets a 304 without a body", async () => {
    const first = await fetch(`${server.origin}/briefing.json`);
    expect(first.status).toBe(200);
    expect(first.headers.get("etag")).toBe(etagOf(body));
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(await first.text()).toBe(body);

    const again = await fetch(`${server.origin}/briefing.json`, {
      headers: { "If-None-Match": etagOf(body) },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");

    body = '{"changed":true}';
    const changed = await fetch(`${server.origin}/briefing.json`, {
      headers: { "If-None-Match": etagOf("x") },
    });
    expect(changed.status).toBe(200);
    expect(server.log.map((entry) => entry.status)).toEqual([200, 304, 200]);
  });

  it("sends bytes as they are, with the headers a reply adds, and lets a reader's page read Retry-After", async () => {
    const bytes = Uint8Array.from([0xcf, 0xf0, 0xee]);
    const busy = await startFeedServer((path) =>
      path === "/bytes"
        ? { status: 200, body: bytes, contentType: "application/rss+xml" }
        : { status: 429, body: "Busy", contentType: "text/plain", headers: { "Retry-After": "900" } },
    );
    try {
      const sent = await fetch(`${busy.origin}/bytes`);
      expect(new Uint8Array(await sent.arrayBuffer())).toEqual(bytes);
      expect(sent.headers.get("etag")).toBe(etagOf(bytes));
      const refused = await fetch(`${busy.origin}/busy`);
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toBe("900");
      expect(refused.headers.get("access-control-expose-headers")).toMatch(/Retry-After/);
    } finally {
      await busy.close();
    }
  });
});
