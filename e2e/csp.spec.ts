import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { hashSource } from "../scripts/inline-boot";
import { inlineCode } from "../scripts/prerender";
import { expect, test } from "./fixtures/reader";

const distDir = resolve(process.env.DIST_DIR ?? "dist");

/** A policy's directives by name. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim())
      .filter((d) => d !== "")
      .map((d) => [d.split(/\s+/)[0] ?? "", d]),
  );
}

test.describe("Content-Security-Policy", () => {
  test("the page is served under a strict policy, as a header and as a <meta>, inline code allowed by hash only", async ({
    page,
  }) => {
    const response = await page.request.get("/");
    const header = directives(response.headers()["content-security-policy"] ?? "");
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
      expect([...header.values()]).toContain(directive);
    }
    expect(header.get("default-src")).toBe("default-src 'self'");
    const html = await response.text();
    // One inline script (src/boot.ts) and one inline <style> (the first paint's CSS), each allowed by its hash and
    // by nothing wider: 'self' plus hashes, never 'unsafe-inline'.
    const { scripts, styles } = inlineCode(html);
    expect([scripts.length, styles.length]).toEqual([1, 1]);
    expect(header.get("script-src")).toBe(`script-src 'self' ${scripts.map(hashSource).join(" ")}`);
    expect(header.get("style-src")).toMatch(/^style-src 'self'( 'sha256-[\w+/]+=*')+$/);
    expect(header.get("style-src")).toContain(hashSource(styles[0] ?? ""));
    expect(response.headers()["content-security-policy"]).not.toMatch(/unsafe-/);

    await page.goto("/");
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    const fromMeta = directives(meta ?? "");
    // The same policy, less frame-ancestors (which a <meta> cannot carry).
    expect(new Map([...header].filter(([name]) => name !== "frame-ancestors"))).toEqual(fromMeta);
  });

  test("the _headers file for static hosts carries the policy that is served", async ({ page }) => {
    const served = (await page.request.get("/")).headers()["content-security-policy"];
    const file = readFileSync(resolve(distDir, "_headers"), "utf8");
    expect(file).toContain(`Content-Security-Policy: ${served ?? "(none served)"}`);
  });

  test("an injected inline script is blocked, and the violation is caught as a test failure", async ({
    page,
    consoleErrors,
  }) => {
    await page.goto("/");
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.injected = true";
      document.body.append(script);
    });
    // One report per policy (the header and the <meta>).
    await expect
      .poll(() =>
        consoleErrors.filter((e) => e.includes("Content Security Policy violation: script-src-elem")),
      )
      .toHaveLength(2);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    // Provoked on purpose: what every other test would have failed on.
    consoleErrors.length = 0;
  });
});
