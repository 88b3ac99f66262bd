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
});
