/**
 * `npm run check:content`: check every article strictly (see `checkCollection`) and print each problem with its
 * article's folder, file, claim, quote and field. Exits 1 on any problem. `--content-dir <dir>` checks another
 * content folder instead of src/content. `--notes <file> [--article <slug>]` checks a reader's exported notes instead
 * and prints them as claims to paste (docs/content.md, "Drafting claims in the browser").
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildCollection,
  articleText,
  checkCollection,
  formatContentError,
  summarizeCollection,
  type ContentFile,
} from "../src/lib/content-model";
import { cardSpecs } from "./cards/card-spec";
import { CardLayoutError, layoutCard } from "./cards/render-card";
import { ARTICLES, articleSlugs, readContentDir, shown } from "./content-files";
import { draftClaims, THEME_PLACEHOLDER } from "../src/lib/notes/claim-drafts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const flag = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? null : (process.argv[at + 1] ?? "");
};
const contentDir = resolve(flag("--content-dir") ?? join(root, "src/content"));
const seedDir = resolve(root, "../shared/seed");

const notes = flag("--notes");
if (notes !== null) {
  const slugs = articleSlugs(contentDir);
  const slug = flag("--article") ?? (slugs.length === 1 ? slugs[0] : undefined);
  if (slug === undefined || !slugs.includes(slug)) {
    console.error(`✗ say which article the notes are of: --article <slug>, one of ${slugs.join(", ")}`);
    process.exit(1);
  }
  const folder = join(contentDir, ARTICLES, slug);
  const article = JSON.parse(readFileSync(join(folder, "article.json"), "utf8")) as {
    id: string;
    paragraphs: string[];
  };
  const file = resolve(notes);
  const { problems, claims } = draftClaims(readFileSync(file, "utf8"), articleText(article), article.id);
  for (const problem of problems) console.error(`✗ ${shown(file)}: ${problem}`);
  if (claims.length > 0) {
    console.log(
      `${claims.length} note(s) anchor exactly. Paste these into "items" of ${shown(join(folder, "annotations.json"))}, replace ${THEME_PLACEHOLDER} with a theme id from themes.json, check each describing text, then run npm run check:content:`,
    );
    console.log(JSON.stringify(claims, null, 2));
  }
  process.exit(problems.length > 0 ? 1 : 0);
}

// The original articles are kept outside the repository; on a machine without them the rebuild check is skipped.
const seeds: ContentFile[] = existsSync(seedDir)
  ? readdirSync(seedDir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => ({ name: shown(join(seedDir, f)), text: readFileSync(join(seedDir, f), "utf8") }))
  : [];

const files = readContentDir(contentDir);
const report = checkCollection(files, seeds);
for (const error of report.errors) console.error(`✗ ${formatContentError(error)}`);
if (report.errors.length > 0) {
  for (const line of summarizeCollection(report)) console.error(line);
  process.exit(1);
}

// Every quote, theme and article must fit its link-preview card (scripts/cards), as the build draws them.
const built = buildCollection(files);
if (!built.ok) throw new Error("content that passed the check could not be built");
const cardProblems: string[] = [];
let cards = 0;
for (const model of built.collection.articles) {
  for (const spec of cardSpecs(model)) {
    cards++;
    try {
      await layoutCard(spec);
    } catch (error) {
      if (!(error instanceof CardLayoutError)) throw error;
      cardProblems.push(`${shown(join(contentDir, ARTICLES, model.article.id))}: ${error.message}`);
    }
  }
}
for (const problem of cardProblems) console.error(`✗ ${problem}`);
if (cardProblems.length > 0) {
  console.error(`Content check failed: ${cardProblems.length} card(s) cannot be laid out.`);
  process.exit(1);
}
if (seeds.length === 0) console.log(`Note: no ${shown(seedDir)}/*.txt; seed check skipped.`);
for (const line of summarizeCollection(report)) console.log(line);
console.log(`Cards: all ${cards} fit 1200×630.`);
