// A new article's folder from what an editor has: the pure part of `npm run new-article` (scripts/new-article.ts
// reads the file, and a saved web page through Readability). The article is taken as it is printed: nothing is
// guessed, so a byline or date the source does not state is left out.
import { KEBAB_ID, KEBAB_ID_RULE } from "../kebab-id";
import { articleSchema, type Article } from "./schema";

/** What a source gives of an article: its headline and paragraphs, and what else it states. */
export type ArticleDraft = {
  headline: string;
  paragraphs: string[];
  byline?: string;
  /** As the source states it; kept only when it is an ISO 8601 date (the front page orders by it). */
  date?: string;
  /** Who published it, as the source names itself (a saved page's site name). */
  publisher?: string;
};

/** The editor's choices: the folder's name, and who published the article. Both override the source. */
export type DraftOptions = { slug?: string; source?: string };

/** The article, or why it cannot be made (a message for the editor). */
export type DraftResult = { ok: true; article: Article } | { ok: false; problem: string };

/** The longest slug made from a headline: long enough to tell articles apart, short enough for a URL. */
const SLUG_LENGTH = 60;

/** Whether these bytes are not text: a NUL byte, or not UTF-8 at all. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return false;
  } catch {
    return true;
  }
}

/** One line of text: runs of whitespace (hard-wrapped lines, tabs, no-break spaces kept) become one space. */
export function oneLine(text: string): string {
  return text.replace(/[ \t\r\n]+/g, " ").trim();
}

/**
 * A plain-text article: the first line is the headline, and paragraphs are separated by blank lines (a paragraph
 * wrapped over several lines is joined with spaces). Null when there is no headline.
 */
export function draftFromText(text: string): ArticleDraft | null {
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const first = lines.findIndex((line) => line.trim() !== "");
  if (first === -1) return null;
  const paragraphs = lines
    .slice(first + 1)
    .join("\n")
    .split(/\n[ \t]*\n/)
    .map(oneLine)
    .filter((p) => p !== "");
  return { headline: oneLine(lines[first] ?? ""), paragraphs };
}

/** A kebab-case slug from a headline: its words, lowercased, accents dropped, cut at a word near 60 characters. */
export function slugFromHeadline(headline: string): string {
  const words = headline
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
  let slug = "";
  for (const word of words) {
    const next = slug === "" ? word : `${slug}-${word}`;
    if (next.length > SLUG_LENGTH && slug !== "") break;
    slug = next.slice(0, SLUG_LENGTH);
  }
  return slug;
}

/** The date part of an ISO 8601 timestamp the source states, or undefined when it states none we can read. */
export function statedDate(value: string | null | undefined): string | undefined {
  const date = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value ?? "")?.[1];
  return date && !Number.isNaN(Date.parse(date)) ? date : undefined;
}

/** The article a draft makes, checked against the content schema; refusals say what to do. */
export function articleFromDraft(draft: ArticleDraft | null, options: DraftOptions = {}): DraftResult {
  if (!draft || draft.headline === "")
    return { ok: false, problem: "is empty: there is no headline to start from" };
  if (draft.paragraphs.length === 0) {
    return {
      ok: false,
      problem:
        "has a headline but no paragraphs: put the text after the first line, paragraphs separated by blank lines",
    };
  }
  const publisher = options.source ?? draft.publisher;
  if (publisher === undefined || oneLine(publisher) === "") {
    return { ok: false, problem: "does not say who published it: name the source with --source <name>" };
  }
  const id = options.slug ?? slugFromHeadline(draft.headline);
  if (!KEBAB_ID.test(id))
    return { ok: false, problem: `gives the slug "${id}", which ${KEBAB_ID_RULE}: choose one with --slug` };
  const article = articleSchema.safeParse({
    id,
    publisher: oneLine(publisher),
    headline: draft.headline,
    ...(draft.byline ? { byline: oneLine(draft.byline) } : {}),
    ...(draft.date ? { date: draft.date } : {}),
    paragraphs: draft.paragraphs,
  });
  if (!article.success) {
    const issue = article.error.issues[0];
    return {
      ok: false,
      problem: `cannot be made into an article: ${issue?.path.join(".")} ${issue?.message}`,
    };
  }
  return { ok: true, article: article.data };
}

/** A new article's annotations file: a W3C collection with no claims yet. */
export function emptyAnnotations(article: Pick<Article, "headline">): object {
  return { type: "AnnotationCollection", label: `Claims in “${article.headline}”`, items: [] };
}
