import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { README_MAX_LINES, checkDocs, headingAnchors, markdownLinks } from "./check-doc-links";

describe("the project's own docs", () => {
  it(`keep the README within ${README_MAX_LINES} lines and every relative link in it and in docs/ resolving`, () => {
    expect(checkDocs(resolve(import.meta.dirname, ".."))).toEqual([]);
  });
});

describe("reading links out of Markdown", () => {
  it("finds links and images with their lines, titles and angle brackets left out", () => {
    const text =
      'See [a](docs/a.md) and ![b](b.png "B").\n\n[c](<docs/c d.md#part>) [d]: ignored\n[e]: docs/e.md\n';
    expect(markdownLinks(text)).toEqual([
      { line: 1, target: "docs/a.md" },
      { line: 1, target: "b.png" },
      { line: 3, target: "docs/c d.md#part" },
      { line: 4, target: "docs/e.md" },
    ]);
  });

  it("leaves out examples in code spans and fenced blocks, indented ones too", () => {
    const text =
      "`[x](nowhere.md)` and\n\n```md\n[y](nowhere.md)\n```\n\n1. step\n\n   ~~~\n   [z](nowhere.md)\n   ~~~\n[w](w.md)\n";
    expect(markdownLinks(text)).toEqual([{ line: 12, target: "w.md" }]);
  });
});

describe("heading anchors, as GitHub makes them", () => {
  it("drop markup and punctuation, keep digits and hyphens, number repeats", () => {
    const text =
      "# Own notes at 1,000\n## What `npm run bench` measures\n## Figures, measured on 66c0d9a\n## Notes\n## Notes\n```\n# not a heading\n```\n";
    expect([...headingAnchors(text)]).toEqual([
      "own-notes-at-1000",
      "what-npm-run-bench-measures",
      "figures-measured-on-66c0d9a",
      "notes",
      "notes-1",
    ]);
  });
});

describe("checking a repository's docs", () => {
  let root = "";
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  function repo(files: Record<string, string>): string {
    root = mkdtempSync(join(tmpdir(), "doc-links-"));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }

  it("reports a missing file, a missing heading and a path out of the repository, with their lines", () => {
    const problems = checkDocs(
      repo({
        "README.md": "# R\n[ok](docs/a.md#part) [gone](docs/gone.md)\n[web](https://example.org/x.md)\n",
        "docs/a.md":
          "# A\n## Part\n[back](../README.md) [self](#a) [nope](#nowhere)\n[out](../../elsewhere.md)\n",
      }),
    );
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(["README.md:2", "docs/a.md:3", "docs/a.md:4"]);
    expect(problems[0]?.message).toContain("there is no docs/gone.md");
    expect(problems[1]?.message).toContain("has no heading #nowhere");
    expect(problems[2]?.message).toContain("leaves the repository");
  });

  it(`refuses a README of more than ${README_MAX_LINES} lines`, () => {
    const long = `# R\n${"line\n".repeat(README_MAX_LINES)}`;
    const problems = checkDocs(repo({ "README.md": long }));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain(`${README_MAX_LINES + 1} lines`);
  });

  it(`accepts one of exactly ${README_MAX_LINES}`, () => {
    expect(checkDocs(repo({ "README.md": `# R\n${"line\n".repeat(README_MAX_LINES - 1)}` }))).toEqual([]);
  });
});
