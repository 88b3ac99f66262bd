// `npm run dev:feed`: the app on Vite's dev server, fed by a local feed server that releases the sample items one
// at a time (scripts/sample-release.ts), with ETags and 304s as a real feed would, so the panel can be watched live.
// FEED_PORT (default 8787) sets the feed server's port; Vite prints the app's own URL.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startFeedServer } from "./feed-server";
import { releasedSample, RELEASE_EVERY_MS, type JsonFeedDocument } from "./sample-release";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const sample = JSON.parse(readFileSync(join(root, "public/briefing.json"), "utf8")) as JsonFeedDocument;
const started = Date.now();
const feed = await startFeedServer(
  (path) =>
    path === "/briefing.json"
      ? {
          status: 200,
          body: JSON.stringify(releasedSample(sample, Date.now() - started), null, 2),
          contentType: "application/feed+json",
        }
      : { status: 404, body: "Not found: the feed is /briefing.json", contentType: "text/plain" },
  Number(process.env.FEED_PORT ?? 8787),
);
const feedUrl = `${feed.origin}/briefing.json`;
console.log(
  `Local feed: ${feedUrl} — ${sample.items.length} sample items, one more every ${RELEASE_EVERY_MS / 1000} s.`,
);

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
