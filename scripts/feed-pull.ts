// `npm run feed:pull -- <url> [--out <file>]`: mirrors a third-party feed (JSON Feed, RSS 2.0 or Atom 1.0) into the
// built site as a validated JSON Feed, by default dist/briefing.json, the URL the reader polls when
// VITE_BRIEFING_URL is unset. For publishers whose feed forbids cross-origin reads: run it after `npm run build`
// and again on a schedule. It fails loudly (exit 1, a precise message) and never replaces a good file with a bad one.
import { existsSync, renameSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { decodeBody } from "../src/lib/feed/decode-body";
import { describeDropped, describeFailure, FORMAT_NAMES } from "../src/lib/feed/status-messages";
import { parseJsonFeedText } from "../src/lib/feed/parse-json-feed";
import { parseFeedText } from "../src/lib/feed/parse-feed-text";
import { toJsonFeed } from "../src/lib/feed/to-json-feed";

/** How long the source may take to answer. */
const TIMEOUT_MS = 30_000;

/** A pull that must not write: the message says what to fix. */
export class PullError extends Error {
  override name = "PullError";
}

/** What a successful pull wrote. */
export interface PullSummary {
  file: string;
  format: string;
  items: number;
  /** Why items were skipped, or `null`. */
  dropped: string | null;
}

/** The body as text, read in the encoding it declares (src/lib/feed/decode-body.ts), and its URL after redirects. */
async function download(url: string): Promise<{ text: string; url: string }> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: {
        Accept:
          "application/feed+json, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.1",
      },
    });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const reason =
      cause instanceof Error && cause.name === "TimeoutError"
        ? `no answer within ${TIMEOUT_MS / 1000} s`
        : cause instanceof Error
          ? cause.message
          : String(cause);
    throw new PullError(`could not fetch ${url}: ${reason}`);
  }
  if (!response.ok)
    throw new PullError(`${url} answered HTTP ${response.status} ${response.statusText}`.trim());
  const decoded = decodeBody(
    new Uint8Array(await response.arrayBuffer()),
    response.headers.get("content-type"),
  );
  if (!decoded.ok) throw new PullError(`${url}: ${describeFailure(decoded.failure)}`);
  return { text: decoded.text, url: response.url || url };
}

/** Fetches `url`, validates it as a feed with usable items, and writes it as JSON Feed to `out` atomically. */
export async function pullFeed(url: string, out: string): Promise<PullSummary> {
  if (!/^https?:\/\//i.test(url)) throw new PullError(`the feed URL must be http(s), got "${url}"`);
  if (!existsSync(dirname(out))) {
    throw new PullError(
      `${dirname(out)} does not exist: run \`npm run build\` first, or give --out a file in an existing folder`,
    );
  }
  const body = await download(url);
  const parsed = parseFeedText(body.text, body.url);
  if (!parsed.ok) throw new PullError(`${url}: ${describeFailure(parsed.failure)}`);
  const { feed } = parsed;
  const dropped = describeDropped(feed.dropped);
  if (feed.items.length === 0) {
    throw new PullError(
      `${url}: ${FORMAT_NAMES[feed.format]} with no usable items${dropped ? ` (${dropped})` : ""}`,
    );
  }
  const json = `${JSON.stringify(toJsonFeed(feed), null, 2)}\n`;
  // What is written is exactly what the panel will read: checked once more before it replaces anything.
  const check = parseJsonFeedText(json);
  if (!check.ok || check.feed.items.length !== feed.items.length) {
    throw new PullError(
      `internal error: the JSON Feed written for ${url} does not read back (please report it)`,
    );
  }
  // Written beside the target, then renamed over it: a reader never sees a half-written file.
  const temporary = `${out}.${process.pid}.tmp`;
  writeFileSync(temporary, json);
  renameSync(temporary, out);
  return { file: out, format: FORMAT_NAMES[feed.format], items: feed.items.length, dropped };
}

async function main(args: string[]): Promise<void> {
  const urls: string[] = [];
  let out = "dist/briefing.json";
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? "";
    if (arg === "--out") out = args[(i += 1)] ?? "";
    else urls.push(arg);
  }
  const [url] = urls;
  if (url === undefined || urls.length > 1 || out === "") {
    throw new PullError("usage: npm run feed:pull -- <feed url> [--out dist/briefing.json]");
  }
  const summary = await pullFeed(url, resolve(out));
  console.log(`feed:pull: wrote ${summary.items} items from ${summary.format} at ${url} to ${summary.file}`);
  if (summary.dropped !== null) console.log(`feed:pull: ${summary.dropped}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`feed:pull failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error("Nothing was written; the previous file, if any, is unchanged.");
    process.exitCode = 1;
  });
}
