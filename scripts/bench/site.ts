// Building the reader and serving a folder the way the e2e tests and `npm start` do (`vite preview`: gzip and the
// CSP headers), for the budget and Lighthouse sections of the benchmark.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const viteBin = join(root, "node_modules/vite/bin/vite.js");

/** A size in kB (1,000 bytes), as Vite prints them. */
export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** Builds the reader (prerendered, as `npm run build` does) into a new temporary folder and returns its path. */
export function buildInto(label: string): Promise<string> {
  const dist = mkdtempSync(join(tmpdir(), `reader-bench-${label}-`));
  const result = spawnSync(process.execPath, [viteBin, "build", "--logLevel", "warn"], {
    cwd: root,
    env: { ...process.env, DIST_DIR: dist },
    encoding: "utf8",
  });
  if (result.status !== 0)
    throw new Error(`vite build into ${dist} failed:\n${result.stderr}${result.stdout}`);
  return Promise.resolve(dist);
}

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolvePort(address.port);
        else reject(new Error("no port"));
      });
    });
  });
}

/** A running `vite preview` of one folder. */
export interface Served {
  /** The page's URL. */
  url: string;
  /** The server process, to kill when done. */
  server: ChildProcess;
}

/** Serves `dist` with `vite preview` (this repository's config: gzip, CSP and security headers) on a free port. */
export async function preview(dist: string): Promise<Served> {
  const port = await freePort();
  const server = spawn(process.execPath, [viteBin, "preview"], {
    cwd: root,
    env: { ...process.env, DIST_DIR: dist, PORT: String(port) },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return { url, server };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`vite preview of ${dist} did not answer on ${url}`);
}
