// What `npm run dev:feed -- --feed <file>` serves (scripts/dev-feed.ts): a feed file replayed byte for byte, so an
// editor sees a feed (in any encoding) in the panel before pointing the build at it.
import { existsSync, readFileSync } from "node:fs";
import { basename, extname, resolve } from "node:path";
import type { FeedReply } from "./feed-server";

/** The options after `--` (a feed file and the Content-Type to serve it with), or a message saying what is wrong. */
export function replayOptions(
  args: readonly string[],
): { feed: string | null; contentType: string | null } | string {
  let feed: string | null = null;
  let contentType: string | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === "--feed") feed = args[(i += 1)] ?? "";
    else if (arg === "--content-type") contentType = args[(i += 1)] ?? "";
    else return `unknown option "${arg ?? ""}"`;
  }
  if (feed === "") return "--feed needs a file";
  if (contentType === "") return "--content-type needs a value";
  if (feed !== null && !existsSync(resolve(feed))) return `no such feed file: ${feed}`;
  return { feed: feed === null ? null : resolve(feed), contentType };
}

/**
 * The Content-Type a newsroom's server would likely send for a feed file, by its extension, with no charset: the
 * feed's own declaration (or byte-order mark) then decides how it is read, as it would from most servers.
 */
export function replayType(file: string): string {
  if (extname(file) === ".json") return "application/feed+json";
  return /\.atom(?:\.xml)?$/.test(file) ? "application/atom+xml" : "application/rss+xml";
}

/** The path the file is served at, and its reply: the file's bytes as they are now, read again at every request. */
export function replay(
  file: string,
  contentType: string = replayType(file),
): { path: string; reply: () => FeedReply } {
  return {
    path: `/${encodeURIComponent(basename(file))}`,
    reply: () => ({ status: 200, body: new Uint8Array(readFileSync(file)), contentType }),
  };
}
