/**
 * `npm run new-article -- <file> [--slug <slug>] [--source <name>]`: a new article folder under
 * src/content/articles/ from a plain-text file (first line the headline, paragraphs separated by blank lines) or a
 * saved web page (.html, read with Readability). It never overwrites an article, refuses empty or binary input, and
 * writes nothing the content check would refuse: the article has no annotations yet, which is valid.
 * `--content-dir <dir>` writes into another content folder (the tests' temporary one).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { checkArticle } from "../src/lib/content-model/check-content.ts";
import {
  articleFromDraft,
  draftFromText,
  emptyAnnotations,
  looksBinary,
} from "../src/lib/content-model/draft-article.ts";
import { formatContentError } from "../src/lib/content-model/errors.ts";
import { parseThemes } from "../src/lib/content-model/parse-content.ts";
import { ARTICLES, shown } from "./content-files.ts";

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const options = ["--slug", "--source", "--content-dir"];
const file = args.find((arg, i) => !arg.startsWith("--") && !options.includes(args[i - 1] ?? ""));

function refuse(problem: string): never {
  console.error(`✗ ${problem}`);
  process.exit(1);
}

if (file === undefined)
  refuse("say which file: npm run new-article -- <file.txt | file.html> [--slug s] [--source name]");
const path = resolve(file);
if (!existsSync(path)) refuse(`${shown(path)} does not exist`);
const bytes = readFileSync(path);
if (looksBinary(bytes)) {
  refuse(`${shown(path)} is not text (binary data): give a plain-text file or a saved web page (.html)`);
}
const text = bytes.toString("utf8");
if (text.trim() === "") refuse(`${shown(path)} is empty`);

const html = [".html", ".htm"].includes(extname(path).toLowerCase());
// jsdom and Readability load only for a web page: a refusal or a text file answers at once.
const draft = html ? (await import("./article-from-html.ts")).draftFromHtml(text) : draftFromText(text);
if (html && !draft) refuse(`${shown(path)}: Readability found no article in this page`);
const made = articleFromDraft(draft, { slug: option("--slug"), source: option("--source") });
if (!made.ok) refuse(`${shown(path)} ${made.problem}`);
const { article } = made;

const contentDir = resolve(option("--content-dir") ?? "src/content");
const folder = join(contentDir, ARTICLES, article.id);
if (existsSync(folder)) {
  refuse(`${shown(folder)} already exists: an article is never overwritten; choose another name with --slug`);
}

// Checked as `npm run check:content` will check it, before anything is written.
const themesFile = join(contentDir, "themes.json");
const themes = parseThemes(JSON.parse(readFileSync(themesFile, "utf8")) as unknown, shown(themesFile));
const annotations = emptyAnnotations(article);
const names = {
  article: shown(join(folder, "article.json")),
  themes: shown(themesFile),
  annotations: shown(join(folder, "annotations.json")),
};
const report = checkArticle(article, annotations, themes.ok ? themes.themes : [], names, [], article.id);
if (report.errors.length > 0) {
  for (const error of report.errors) console.error(`✗ ${formatContentError(error)}`);
  refuse(`${shown(path)} would make an article the content check refuses: nothing was written`);
}

// Formatted as the repository formats JSON, so `npm run lint` passes on the new files.
const { format, resolveConfig } = await import("prettier");
const write = async (name: string, data: object) => {
  const target = join(folder, name);
  const config = (await resolveConfig(target)) ?? {};
  writeFileSync(target, await format(JSON.stringify(data), { ...config, filepath: target }), { flag: "wx" });
};
mkdirSync(folder, { recursive: true });
await write("article.json", article);
await write("annotations.json", annotations);

console.log(`Created ${shown(folder)}/: “${article.headline}”, ${article.paragraphs.length} paragraph(s).`);
const stated = [article.byline && `byline “${article.byline}”`, article.date && `date ${article.date}`];
console.log(
  `  Publisher: ${article.publisher}; ${stated.filter(Boolean).join(", ") || "no byline or date stated"}.`,
);
console.log(
  `  No annotations yet (valid: it shows as plain text). Add claims to ${names.annotations} (docs/content.md), then run npm run check:content.`,
);
