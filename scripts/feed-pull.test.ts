import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import atom from "../src/lib/feed/fixtures/entries.atom.xml?raw";
import rss from "../src/lib/feed/fixtures/items.rss.xml?raw";
import { parseJsonFeedText } from "../src/lib/feed/parse-json-feed";
import { startFeedServer, type FeedReply, type FeedServer } from "./feed-server";
import { pullFeed } from "./feed-pull";

const replies: Record<string, FeedReply> = {
  "/rss": { status: 200, body: rss, contentType: "application/rss+xml" },
  // Served with a misleading type: the body decides.
  "/atom": { status: 200, body: atom, contentType: "text/plain" },
  "/json": {
    status: 200,
    body: JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      title: "J",
      items: [{ id: 1, content_text: "x" }],
    }),
    contentType: "application/json",
  },
  // Bytes in windows-1251, declared only in the XML declaration, as many servers send them.
  "/cp1251": {
    status: 200,
    body: new Uint8Array(
      readFileSync(new URL("../e2e/fixtures/feeds/windows-1251.rss.xml", import.meta.url)),
    ),
    contentType: "application/rss+xml",
  },
  "/html": { status: 200, body: "<!doctype html><title>Sign in</title>", contentType: "text/html" },
  "/broken": { status: 200, body: "<rss><channel><title>Cut", contentType: "application/rss+xml" },
  "/empty": {
    status: 200,
    body: '<rss version="2.0"><channel><title>E</title></channel></rss>',
    contentType: "application/rss+xml",
  },
};

describe("npm run feed:pull", () => {
  let server: FeedServer;
  let dir: string;
  let out: string;
  beforeAll(async () => {
    server = await startFeedServer(
      (path) => replies[path] ?? { status: 404, body: "Not found", contentType: "text/plain" },
    );
    dir = mkdtempSync(join(tmpdir(), "reader-pull-"));
    out = join(dir, "briefing.json");
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ["/rss", "an RSS feed", 6],
    ["/atom", "an Atom feed", 6],
    ["/json", "a JSON Feed", 1],
  ])("mirrors %s as a JSON Feed the panel reads", async (path, format, items) => {
    const summary = await pullFeed(`${server.origin}${path}`, out);
    expect(summary).toMatchObject({ file: out, format, items });
    const written = parseJsonFeedText(readFileSync(out, "utf8"));
    expect(written.ok && written.feed.items.length).toBe(items);
  });

  it("decodes a feed in the encoding it declares before mirroring it as UTF-8 JSON", async () => {
    await pullFeed(`${server.origin}/cp1251`, out);
    const written = parseJsonFeedText(readFileSync(out, "utf8"));
    expect(written.ok && written.feed.title).toBe("Пробная лента на кириллице");
    expect(written.ok && written.feed.items[0]?.title).toBe("Первая запись: проверка кодировки");
  });

  it.each([
    ["/html", /\/html: the feed is not JSON Feed, RSS or Atom: it is an HTML page$/],
    ["/broken", /\/broken: the feed is not well-formed XML: .*line 1/],
    ["/empty", /\/empty: an RSS feed with no usable items$/],
    ["/missing", /\/missing answered HTTP 404/],
  ])("refuses %s with a precise message and leaves the good file alone", async (path, message) => {
    writeFileSync(out, "GOOD");
    await expect(pullFeed(`${server.origin}${path}`, out)).rejects.toThrow(message);
    expect(readFileSync(out, "utf8")).toBe("GOOD");
  });

  it("says when the server cannot be reached, and when there is no build to write into", async () => {
    const closed = await startFeedServer(() => replies["/rss"] as FeedReply);
    await closed.close();
    await expect(pullFeed(`${closed.origin}/feed`, out)).rejects.toThrow(/could not fetch .*ECONNREFUSED/);
    await expect(pullFeed(`${server.origin}/rss`, join(dir, "no-dist", "briefing.json"))).rejects.toThrow(
      /does not exist: run `npm run build` first/,
    );
  });

  it("fails loudly from the command line: exit 1, the reason, and that nothing was written", async () => {
    writeFileSync(out, "GOOD");
    // Asynchronously: this process serves the feed the command fetches.
    const result = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ["--import", "tsx", "scripts/feed-pull.ts", `${server.origin}/html`, "--out", out],
        (_, __, stderr) => {
          resolve({ status: child.exitCode, stderr });
        },
      );
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("feed:pull failed:");
    expect(result.stderr).toContain("it is an HTML page");
    expect(result.stderr).toContain("Nothing was written");
    expect(readFileSync(out, "utf8")).toBe("GOOD");
    // Starting Node with tsx takes seconds on a busy machine.
  }, 30_000);
});
