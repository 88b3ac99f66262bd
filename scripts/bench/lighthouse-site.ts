// The copy of the site Lighthouse audits, prepared so every page is compared on equal terms, and what the report
// says of it.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { allowSources } from "../csp";
import { root } from "./site";

/**
 * Every compared page's icon becomes the empty `data:,` (and the copy's policy allows `data:` images for it), so no
 * page requests one. Chromium fetches the icon beside the page, and Lantern puts that request into the LCP graph
 * whenever it happens to end before the observed LCP: the page then pays a simulated round trip for it (~0.11 s,
 * 0.64 -> 0.75 s), a coin flip per run on this machine that once put the reader at 0.89 of the floor and once at
 * 1.19. A real phone's LCP never waits for the icon.
 */
export function withoutIconRequest(site: string, files: readonly string[]): void {
  const allowData = (text: string) => allowSources(text, "img-src", ["data:"]);
  for (const file of files) {
    const path = join(site, file);
    const html = readFileSync(path, "utf8");
    const quiet = html.replace(/<link rel="icon"[^>]*>/, '<link rel="icon" href="data:," />');
    if (quiet === html)
      throw new Error(`${file} links no icon: scripts/bench/lighthouse.ts expects one to replace`);
    // Its <meta> policy, where it has one (the plain pages have the header's only).
    writeFileSync(path, quiet.includes("Content-Security-Policy") ? allowData(quiet) : quiet);
  }
  const headers = join(site, "_headers");
  writeFileSync(headers, allowData(readFileSync(headers, "utf8")));
}

/** A page's HTML as sent (gzip -9), in kB of 1,000 bytes. */
export function htmlKb(site: string, file: string): string {
  return (gzipSync(readFileSync(join(site, file)), { level: 9 }).length / 1000).toFixed(1);
}

export function lighthouseVersion(): string {
  const pkg = JSON.parse(readFileSync(join(root, "node_modules/lighthouse/package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}
