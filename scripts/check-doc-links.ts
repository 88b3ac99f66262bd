// Keeps the front door small and its links true: README.md within its line budget, and every relative link in it,
// in docs/ and in src/**/*.md pointing at a file that exists (with a #fragment into Markdown, at one of its headings).
// `npx tsx scripts/check-doc-links.ts` prints what is wrong; scripts/check-doc-links.test.ts runs it in `npm test`.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** The README is the front door (STYLE.md, habit 12): what it is, the commands, the map. The rest lives in docs/. */
export const README_MAX_LINES = 150;

/** A link as written in a Markdown file. */
export interface MarkdownLink {
  /** 1-based line of the file. */
  line: number;
  target: string;
}

/** A link that leads nowhere, or a README past its budget. */
export interface DocProblem {
  /** Path from the repository root. */
  file: string;
  line: number;
  message: string;
}

// Fenced code blocks (``` or ~~~) hold examples, not links.
const FENCE = /^\s*(```|~~~)/;
// Inline code spans, removed before links are looked for: `[a](b)` in backticks is an example too.
const CODE_SPAN = /(`+)[\s\S]*?\1/g;
// [text](target) and ![alt](target), with an optional "title"; the target may be in <angle brackets>.
const INLINE_LINK = /!?\[(?:[^\]\\]|\\.)*\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+"[^"]*")?\s*\)/g;
// [label]: target, a reference definition on a line of its own.
const REFERENCE = /^\s{0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/;
// A scheme (https:, mailto:) or a protocol-relative address: not a file of this repository.
const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/** The links of a Markdown text, outside code blocks and code spans. */
export function markdownLinks(text: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  let fence: string | null = null;
  text.split("\n").forEach((raw, index) => {
    const opener = FENCE.exec(raw)?.[1];
    if (opener !== undefined && (fence === null || opener === fence)) {
      fence = fence === null ? opener : null;
      return;
    }
    if (fence !== null) return;
    const line = raw.replace(CODE_SPAN, "");
    const reference = REFERENCE.exec(line);
    if (reference?.[1] !== undefined) links.push({ line: index + 1, target: unwrap(reference[1]) });
    for (const match of line.matchAll(INLINE_LINK)) {
      if (match[1] !== undefined) links.push({ line: index + 1, target: unwrap(match[1]) });
    }
  });
  return links;
}

function unwrap(target: string): string {
  return target.startsWith("<") && target.endsWith(">") ? target.slice(1, -1) : target;
}

/**
 * The anchors GitHub gives a Markdown file's headings: the heading's text without its markup, lower-cased, with
 * punctuation dropped and spaces made hyphens; a repeated one gets `-1`, `-2`…
 */
export function headingAnchors(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fence: string | null = null;
  for (const raw of text.split("\n")) {
    const opener = FENCE.exec(raw)?.[1];
    if (opener !== undefined && (fence === null || opener === fence)) {
      fence = fence === null ? opener : null;
      continue;
    }
    const heading = fence === null ? /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(raw)?.[1] : undefined;
    if (heading === undefined) continue;
    const slug = heading
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/<[^>]+>/g, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
      .replace(/ /g, "-");
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** What is wrong with the relative links of one Markdown file (`file`, a path from `root`). */
export function checkLinks(root: string, file: string, text: string): DocProblem[] {
  const problems: DocProblem[] = [];
  for (const { line, target } of markdownLinks(text)) {
    if (EXTERNAL.test(target)) continue;
    const hashAt = target.indexOf("#");
    const pathPart = hashAt === -1 ? target : target.slice(0, hashAt);
    const fragment = hashAt === -1 ? "" : decodeURIComponent(target.slice(hashAt + 1));
    const path =
      pathPart === "" ? join(root, file) : resolve(root, dirname(file), decodeURIComponent(pathPart));
    const shown = relative(root, path);
    const problem = (message: string) => problems.push({ file, line, message });
    if (shown.startsWith("..")) {
      problem(`${target} leaves the repository`);
    } else if (!existsSync(path)) {
      problem(`${target}: there is no ${shown}`);
    } else if (fragment !== "" && path.endsWith(".md") && statSync(path).isFile()) {
      const anchors = headingAnchors(readFileSync(path, "utf8"));
      if (!anchors.has(fragment)) {
        problem(`${target}: ${shown} has no heading #${fragment} (it has ${[...anchors].join(", ")})`);
      }
    }
  }
  return problems;
}

/** Markdown files under `dir`, as paths from `root`. */
function markdownFiles(root: string, dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md"))
    .map((name) => join(dir, name))
    .sort();
}

/** Every problem of README.md, docs/ and the Markdown kept beside the code in src/: the README's length, then links. */
export function checkDocs(root: string): DocProblem[] {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const lines = readme.endsWith("\n") ? readme.split("\n").length - 1 : readme.split("\n").length;
  const problems: DocProblem[] =
    lines > README_MAX_LINES
      ? [
          {
            file: "README.md",
            line: lines,
            message: `${lines} lines, over the front door's ${README_MAX_LINES}: move details into docs/ and link them`,
          },
        ]
      : [];
  for (const file of ["README.md", ...markdownFiles(root, "docs"), ...markdownFiles(root, "src")]) {
    problems.push(...checkLinks(root, file, readFileSync(join(root, file), "utf8")));
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const problems = checkDocs(resolve(import.meta.dirname, ".."));
  for (const p of problems) console.error(`${p.file}:${p.line}: ${p.message}`);
  if (problems.length > 0) process.exit(1);
  console.log("README.md within budget; every relative link in it, docs/ and src/**/*.md resolves.");
}
