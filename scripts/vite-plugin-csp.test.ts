import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { preview } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { headersFile, parseHeadersFile, securityHeaders } from "./csp";
import { csp } from "./vite-plugin-csp";

describe("parseHeadersFile", () => {
  it("reads back what headersFile writes", () => {
    const headers = securityHeaders("https://feeds.example.org/briefing.json");
    expect(parseHeadersFile(headersFile(headers))).toEqual(headers);
  });

  it("keeps only the headers for every path", () => {
    expect(parseHeadersFile("/admin/*\n  X-Robots-Tag: noindex\n/*\n  A: b: c\n")).toEqual({ A: "b: c" });
  });
});

// The defect: `VITE_BRIEFING_URL=… npm run build` then `npm run preview` served connect-src 'self' (computed from
// the environment at preview time) while the build's <meta> and _headers allowed the feed: the feed was blocked.
describe("vite preview", () => {
  const dist = mkdtempSync(join(tmpdir(), "reader-csp-"));
  const built = securityHeaders("http://127.0.0.1:9/briefing.json");
  let url = "";
  let close = async () => {};

  beforeAll(async () => {
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>t</title>");
    writeFileSync(join(dist, "_headers"), headersFile(built));
    expect(process.env.VITE_BRIEFING_URL).toBeUndefined();
    const server = await preview({
      configFile: false,
      logLevel: "silent",
      plugins: [csp()],
      build: { outDir: dist },
      preview: { host: "127.0.0.1", port: 0 },
    });
    url = server.resolvedUrls?.local[0] ?? "";
    close = () => server.close();
  });

  afterAll(async () => {
    await close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("serves the policy the build wrote, feed origin included, whatever the environment says now", async () => {
    const response = await fetch(url);
    expect(response.headers.get("content-security-policy")).toBe(built["Content-Security-Policy"]);
    expect(response.headers.get("content-security-policy")).toContain(
      "connect-src 'self' http://127.0.0.1:9;",
    );
  });

  it("refuses to serve a folder the build did not write", async () => {
    const empty = mkdtempSync(join(tmpdir(), "reader-csp-empty-"));
    try {
      await expect(
        preview({ configFile: false, logLevel: "silent", plugins: [csp()], build: { outDir: empty } }),
      ).rejects.toThrow(/_headers is missing: run `npm run build`/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
