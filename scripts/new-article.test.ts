// `npm run new-article` run as the editor runs it, on a temporary content folder holding the real themes.json.
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { checkCollection, summarizeCollection } from "../src/lib/content-model";
import { readContentDir } from "./content-files";

const script = fileURLToPath(new URL("./new-article.ts", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "new-article-"));
const content = join(dir, "content");
mkdirSync(content);
copyFileSync(
  fileURLToPath(new URL("../src/content/themes.json", import.meta.url)),
  join(content, "themes.json"),
);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the script with these arguments; its exit code and output. */
function run(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args, "--content-dir", content], {
    encoding: "utf8",
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

function input(name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

// A passage of the US Declaration of Independence (public domain).
const TEXT = `In Congress, July 4, 1776

When in the Course of human events, it becomes necessary for one people to dissolve the political bands which
have connected them with another.

We hold these truths to be self-evident, that all men are created equal.
`;

describe("npm run new-article", { timeout: 60_000 }, () => {
  it("creates an article folder that passes the content check, which says it has no annotations yet", () => {
    const made = run(
      input("declaration.txt", TEXT),
      "--slug",
      "declaration",
      "--source",
      "The Continental Congress",
    );
    expect(made.err).toBe("");
    expect(made.status).toBe(0);
    expect(made.out).toMatch(
      /Created .*articles\/declaration\/: “In Congress, July 4, 1776”, 2 paragraph\(s\)/,
    );
    expect(readdirSync(join(content, "articles", "declaration")).sort()).toEqual([
      "annotations.json",
      "article.json",
    ]);
    const report = checkCollection(readContentDir(content), []);
    expect(report.errors).toEqual([]);
    expect(summarizeCollection(report)[1]).toMatch(/^ {2}declaration: no annotations yet/);
  });

  it("never overwrites an article", () => {
    const before = readFileSync(join(content, "articles", "declaration", "article.json"), "utf8");
    const again = run(
      input("other.txt", "Another headline\n\nAnother text."),
      "--slug",
      "declaration",
      "--source",
      "S",
    );
    expect(again.status).not.toBe(0);
    expect(again.err).toMatch(/articles\/declaration already exists: an article is never overwritten/);
    expect(readFileSync(join(content, "articles", "declaration", "article.json"), "utf8")).toBe(before);
  });

  it("refuses empty and binary input, writing nothing", () => {
    const empty = run(input("empty.txt", " \n\n"), "--source", "S");
    expect(empty.status).not.toBe(0);
    expect(empty.err).toMatch(/empty\.txt is empty/);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const binary = run(input("picture.txt", png), "--source", "S");
    expect(binary.status).not.toBe(0);
    expect(binary.err).toMatch(/picture\.txt is not text \(binary data\)/);
    expect(readdirSync(join(content, "articles"))).toEqual(["declaration"]);
  });
});
