/**
 * `npm run check:content`: check the content files strictly (see `checkContent`) and print each problem with its
 * file, claim, quote and field. Exits 1 on any problem. `--content-dir <dir>` checks a copy of src/content instead.
 * `--notes <file>` checks a reader's exported notes instead and prints them as claims to paste (docs/content.md,
 * "Drafting claims in the browser").
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildReaderModel,
  articleText,
  checkContent,
  formatContentError,
  summarizeCheck,
  type ContentFile,
} from "../src/lib/content-model";
import { cardSpecs } from "./cards/card-spec";
import { CardLayoutError, layoutCard } from "./cards/render-card";
import { draftClaims, THEME_PLACEHOLDER } from "../src/lib/notes/claim-drafts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dirFlag = process.argv.indexOf("--content-dir");
const contentDir = dirFlag === -1 ? join(root, "src/content") : resolve(process.argv[dirFlag + 1] ?? "");
const seedDir = resolve(root, "../shared/seed");

/** A path as messages show it: relative to the working directory when inside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === "" || rel.startsWith("..") ? path : rel;
}

function read(path: string): ContentFile {
  return { name: shown(path), text: readFileSync(path, "utf8") };
}

const notesFlag = process.argv.indexOf("--notes");
if (notesFlag !== -1) {
  const file = resolve(process.argv[notesFlag + 1] ?? "");
  const article = JSON.parse(readFileSync(join(contentDir, "article.json"), "utf8")) as {
    id: string;
    paragraphs: string[];
  };
  const { problems, claims } = draftClaims(readFileSync(file, "utf8"), articleText(article), article.id);
  for (const problem of problems) console.error(`✗ ${shown(file)}: ${problem}`);
  if (claims.length > 0) {
    console.log(
      `${claims.length} note(s) anchor exactly. Paste these into "items" of src/content/annotations.json, replace ${THEME_PLACEHOLDER} with a theme id from themes.json, check each describing text, then run npm run check:content:`,
    );
    console.log(JSON.stringify(claims, null, 2));
  }
  process.exit(problems.length > 0 ? 1 : 0);
}

// The original article is kept outside the repository; on a machine without it the rebuild check is skipped.
const seedFile = existsSync(seedDir)
  ? readdirSync(seedDir)
      .filter((f) => f.endsWith(".txt"))
      .sort()[0]
  : undefined;

const report = checkContent({
  article: read(join(contentDir, "article.json")),
  themes: read(join(contentDir, "themes.json")),
  annotations: read(join(contentDir, "annotations.json")),
  seed: seedFile ? read(join(seedDir, seedFile)) : null,
});

for (const error of report.errors) console.error(`✗ ${formatContentError(error)}`);
if (report.errors.length > 0) {
  console.error(summarizeCheck(report));
  process.exit(1);
}

// Every quote, theme and the article must fit its link-preview card (scripts/cards), as the build draws them.
const json = (file: string) => JSON.parse(readFileSync(join(contentDir, file), "utf8")) as unknown;
const built = buildReaderModel(json("article.json"), json("themes.json"), json("annotations.json"));
if (!built.ok) throw new Error("content that passed the check could not be built");
const cardProblems: string[] = [];
for (const spec of cardSpecs(built.model)) {
  try {
    await layoutCard(spec);
  } catch (error) {
    if (!(error instanceof CardLayoutError)) throw error;
    cardProblems.push(error.message);
  }
}
for (const problem of cardProblems) console.error(`✗ ${problem}`);
if (cardProblems.length > 0) {
  console.error(`Content check failed: ${cardProblems.length} card(s) cannot be laid out.`);
  process.exit(1);
}
if (report.seed === "skipped") console.log(`Note: no ${shown(seedDir)}/*.txt; seed check skipped.`);
console.log(summarizeCheck(report));
console.log(`Cards: all ${cardSpecs(built.model).length} fit 1200×630.`);
