// Building the reader and serving a folder as `vite preview` does (gzip, the CSP and security headers), for every
// section of the bench that loads a page.
import { spawn, spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const viteBin = join(root, "node_modules/vite/bin/vite.js");

/**
 * `vite build` (with its prerender step, as `npm run build`) into `dist`; `contentDir` swaps in other content files
 * (the 100× article), `extraEnv` sets more of the build's environment. Throws with Vite's own output when the
 * build fails.
 */
export function build(dist: string, contentDir?: string, extraEnv: Record<string, string> = {}): void {
  const env = {
    ...process.env,
    DIST_DIR: dist,
    ...(contentDir ? { READER_CONTENT_DIR: contentDir } : {}),
    ...extraEnv,
  };
  const result = spawnSync(process.execPath, [viteBin, "build", "--logLevel", "warn"], {
    cwd: root,
    env,
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(
      `vite build into ${dist} failed (run \`npm run build\` to see it alone):\n${result.stderr}${result.stdout}`.slice(
        0,
        4000,
      ),
    );
  }
}

/** A running server of one folder. */
interface Served {
  /** The site's root URL, ending in "/". */
  url: string;
  /** Stops the server and waits for its process to end. */
  close: () => Promise<void>;
}

/**
 * Serves `dir` with `vite preview` and this repository's config, in a process of its own so that the bench's own
 * work never delays a response. `styleHashes` ('sha256-…') are added to the CSP's style-src: only the plain
 * pages of the Lighthouse section need them, and every page of one server gets the same headers.
 */
function serve(dir: string, styleHashes: readonly string[] = []): Promise<Served> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(root, "scripts/bench/serve.ts"), dir, ...styleHashes],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const close = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const ended = new Promise((done) => child.once("exit", done));
    child.kill();
    await ended;
  };
  return new Promise((resolveServed, reject) => {
    const timer = setTimeout(() => {
      void close();
      reject(new Error(`vite preview of ${dir} did not start within 60 s\n${output}`));
    }, 60_000);
    createInterface({ input: child.stdout }).once("line", (url) => {
      clearTimeout(timer);
      if (url.startsWith("http://")) resolveServed({ url, close });
      else reject(new Error(`vite preview of ${dir} printed "${url}" instead of its URL\n${output}`));
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`vite preview of ${dir} exited with ${code}\n${output}`));
    });
  });
}

/** Runs `use` with the URL of `dir` served (see `serve`), and stops the server however `use` ends. */
export async function withServer<T>(
  dir: string,
  use: (url: string) => Promise<T>,
  styleHashes: readonly string[] = [],
): Promise<T> {
  const served = await serve(dir, styleHashes);
  try {
    return await use(served.url);
  } finally {
    await served.close();
  }
}
