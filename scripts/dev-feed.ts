// `npm run dev:feed`: the app on Vite's dev server, fed by a local feed server, with ETags and 304s as a real feed
// would. By default it releases the sample items one at a time (scripts/sample-release.ts), so the panel can be
// watched live. `npm run dev:feed -- --feed <file>` replays any feed file instead (a test feed, or one saved from a
// newsroom), byte for byte, read again at every request so an edit shows at the next poll: an editor can see a feed
// before pointing the build at it. `--content-type <value>` sets the header it is served with (default: by the
// file's extension, with no charset, so the feed's own declaration decides). FEED_PORT (default 8787) sets the feed
// server's port; Vite prints the app's own URL.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startFeedServer, type FeedReply } from "./feed-server";
import { replay, replayOptions } from "./feed-replay";
import { releasedSample, RELEASE_EVERY_MS, type JsonFeedDocument } from "./sample-release";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const chosen = replayOptions(process.argv.slice(2));
if (typeof chosen === "string") {
  console.error(`dev:feed: ${chosen}\nusage: npm run dev:feed [-- --feed <file> [--content-type <value>]]`);
  process.exit(2);
}

const notFound = (path: string): FeedReply => ({
  status: 404,
  body: `Not found: the feed is ${path}`,
  contentType: "text/plain",
});

let path: string;
let reply: () => FeedReply;
let summary: string;
if (chosen.feed !== null) {
  ({ path, reply } = replay(chosen.feed, chosen.contentType ?? undefined));
  summary = `replaying ${chosen.feed} as ${reply().contentType}, read again at every request`;
} else {
  const sample = JSON.parse(readFileSync(join(root, "public/briefing.json"), "utf8")) as JsonFeedDocument;
  const started = Date.now();
  path = "/briefing.json";
  reply = () => ({
    status: 200,
    body: JSON.stringify(releasedSample(sample, Date.now() - started), null, 2),
    contentType: "application/feed+json",
  });
  summary = `${sample.items.length} sample items, one more every ${RELEASE_EVERY_MS / 1000} s`;
}

const feed = await startFeedServer(
  (asked) => (asked === path ? reply() : notFound(path)),
  Number(process.env.FEED_PORT ?? 8787),
);
const feedUrl = `${feed.origin}${path}`;
console.log(`Local feed: ${feedUrl} — ${summary}.`);

const vite = spawn(process.execPath, [join(root, "node_modules/vite/bin/vite.js")], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, VITE_BRIEFING_URL: feedUrl },
});
const stop = () => {
  vite.kill();
  void feed.close();
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
vite.once("exit", (code) => {
  void feed.close().then(() => process.exit(code ?? 0));
});
