import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startFeedServer } from "./feed-server";
import { replay, replayOptions, replayType } from "./feed-replay";

const feeds = join(import.meta.dirname, "../e2e/fixtures/feeds");

describe("npm run dev:feed -- --feed <file>", () => {
  const dir = mkdtempSync(join(tmpdir(), "reader-replay-"));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("replays a test feed byte for byte, with no charset, and an edit at the next request", async () => {
    const file = join(dir, "windows-1251.rss.xml");
    copyFileSync(join(feeds, "windows-1251.rss.xml"), file);
    const { path, reply } = replay(file);
    const server = await startFeedServer((asked) =>
      asked === path ? reply() : { status: 404, body: "", contentType: "text/plain" },
    );
    try {
      const first = await fetch(`${server.origin}${path}`);
      expect(first.headers.get("content-type")).toBe("application/rss+xml");
      const bytes = new Uint8Array(await first.arrayBuffer());
      expect(new TextDecoder("windows-1251").decode(bytes)).toContain(
        "<title>Пробная лента на кириллице</title>",
      );
      writeFileSync(file, "<rss/>");
      const edited = await fetch(`${server.origin}${path}`);
      expect(await edited.text()).toBe("<rss/>");
      expect(edited.headers.get("etag")).not.toBe(first.headers.get("etag"));
    } finally {
      await server.close();
    }
  });

  it("serves by the file's extension unless told, and says what is wrong with the options", () => {
    expect(replayType("a.json")).toBe("application/feed+json");
    expect(replayType("shift_jis.atom.xml")).toBe("application/atom+xml");
    expect(replayType("feed.xml")).toBe("application/rss+xml");
    const file = join(feeds, "utf-16.rss.xml");
    expect(replayOptions(["--feed", file, "--content-type", "text/xml"])).toEqual({
      feed: file,
      contentType: "text/xml",
    });
    expect(replayOptions([])).toEqual({ feed: null, contentType: null });
    expect(replayOptions(["--feed"])).toBe("--feed needs a file");
    expect(replayOptions(["--feed", "nowhere.xml"])).toBe("no such feed file: nowhere.xml");
    expect(replayOptions(["--fed", "x"])).toBe('unknown option "--fed"');
  });
});
