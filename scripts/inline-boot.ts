// The page's inline boot script (src/boot.ts), compiled and minified for the build, and the CSP hash that allows it.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { minifySync, transformWithOxc } from "vite";

/** Where index.html names the boot script: the dev server serves it as a file, the build inlines it. */
export const BOOT_SCRIPT_TAG = '<script src="/src/boot.ts"></script>';

const compiled = new Map<string, Promise<string>>();

/** src/boot.ts as the browser runs it: types stripped, minified (its comments stay in the source). */
export function bootScript(root: string): Promise<string> {
  let code = compiled.get(root);
  if (code === undefined) {
    code = compile(resolve(root, "src/boot.ts"));
    compiled.set(root, code);
  }
  return code;
}

async function compile(file: string): Promise<string> {
  const { code } = await transformWithOxc(readFileSync(file, "utf8"), file, { lang: "ts", target: "es2022" });
  const minified = minifySync(file.replace(/\.ts$/, ".js"), code, {
    compress: { target: "es2022" },
    mangle: { toplevel: true },
  });
  if (minified.errors.length > 0)
    throw new Error(`src/boot.ts could not be minified: ${minified.errors[0]?.message}`);
  return minified.code.trim();
}

/** A CSP source allowing exactly this inline script or style text: `'sha256-…'`. */
export function hashSource(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The states of `<html>` src/boot.ts can set: none, or every attribute it sets before first paint (the panel open,
 * quiet reading), or the app failed to load (after first paint, but then the whole stylesheet may have failed too,
 * so the inline CSS must show it). The critical CSS keeps what any of them needs (inline-boot.test.ts runs the
 * script to hold this to what it does).
 */
export const BOOT_STATES = [
  {},
  { "data-briefing": "open", "data-quiet": "" },
  { "data-app": "failed" },
] as const;
