import type { Article, Theme } from "./schema";
import type { AnchorMethod, NearestMatch } from "../anchoring";
import type { TextRange } from "../text-range";

/** The names the content files are reported under in messages. */
export type ContentFileNames = {
  article: string;
  themes: string;
  annotations: string;
};

/** The content folder in the repository: `themes.json` and one folder per article under `articles/`. */
export const CONTENT_DIR = "src/content";

/** The names an article's files are reported under: paths that name the article's folder. */
export function articleFileNames(slug: string, dir: string = CONTENT_DIR): ContentFileNames {
  return {
    article: `${dir}/articles/${slug}/article.json`,
    themes: `${dir}/themes.json`,
    annotations: `${dir}/articles/${slug}/annotations.json`,
  };
}

/** Bare file names, for content that is not read from a folder (tests). */
export const DEFAULT_FILE_NAMES: ContentFileNames = {
  article: "article.json",
  themes: "themes.json",
  annotations: "annotations.json",
};

/** A precise complaint about the content: which file, which claim and quote, which field, and what is wrong. */
export type ContentError = {
  file: string;
  /** The article's folder name (its id), when the problem lies in one article's files; unset for themes.json. */
  article?: string;
  /** The claim (annotation) id, when the problem lies inside one. */
  annotationId: string | null;
  /** The quote (target) id, when the problem lies inside one. */
  quoteId: string | null;
  /** The field, as a path into the file's JSON such as `items[3].target[0].selector[0].exact`. */
  path: string;
  /** What is wrong, and where possible how to fix it. */
  message: string;
};

/** Where one body paragraph sits in the article text. */
export type ParagraphRange = TextRange & {
  /** Position in `article.paragraphs`. */
  index: number;
};

/** A quote found in the article text, at `[start, end)`. */
export type AnchoredQuote = TextRange & {
  /** The quote id (the `<mark>`'s DOM id and `#fragment`). */
  id: string;
  claimId: string;
  /** The claim's theme. */
  themeId: string;
  /** The quote as the annotation gives it (the anchored text differs only if `method` is "fuzzy"). */
  exact: string;
  /** How it was anchored. */
  method: AnchorMethod;
  /** Edits between `exact` and the anchored text; 0 unless fuzzy. */
  errors: number;
};

/** A quote that could not be found in the article text. */
export type OrphanQuote = {
  id: string;
  /** The claim the quote was meant to support. */
  claimId: string;
  themeId: string;
  /** The quote as the annotation gives it. */
  exact: string;
  /** Why it could not be anchored. */
  reason: string;
  /** The closest passage found, if any, for an editor to repair the quote. */
  nearest: NearestMatch | null;
};

/** A claim made in the article, with its quotes. */
export type Claim = {
  /** The annotation's id. */
  id: string;
  themeId: string;
  /** The neutral, attributed paraphrase (the describing body). */
  summary: string;
  /** Its anchored quotes: in target order as anchored, in reading order in a `ReaderModel`. */
  quotes: AnchoredQuote[];
  /** Its quotes that could not be anchored, in target order. */
  orphans: OrphanQuote[];
};

/** Everything the reader renders of one article, derived from the content files and nothing else. */
export type ReaderModel = {
  article: Article;
  /** The text all offsets refer to: `article.paragraphs.join("\n\n")`. */
  text: string;
  /** Each body paragraph's range in `text`, in order. */
  paragraphs: ParagraphRange[];
  /** The themes this article's claims tag, in the order of the themes file (the shared vocabulary). */
  themes: Theme[];
  /** Claims in the order of the annotations file. */
  claims: Claim[];
  /** Anchored quotes in reading order (by start, longer first on a tie). */
  quotes: AnchoredQuote[];
  /** Quotes that could not be anchored, in file order. */
  orphans: OrphanQuote[];
  quoteById: ReadonlyMap<string, AnchoredQuote>;
  claimById: ReadonlyMap<string, Claim>;
  themeById: ReadonlyMap<string, Theme>;
};

/** The outcome of building the model: the model, or every content error found. */
export type BuildResult = { ok: true; model: ReaderModel } | { ok: false; errors: ContentError[] };

/** Every article, each with its own claims and quotes, and the theme vocabulary they draw on. */
export type ReaderCollection = {
  /** The whole vocabulary, in file order: a theme page may gather claims from several articles. */
  themes: Theme[];
  /** Newest first (by `article.date`; undated articles after dated ones, then by id). Never empty. */
  articles: ReaderModel[];
};

/** The outcome of building every article: the collection, or every content error found in any file. */
export type CollectionResult =
  { ok: true; collection: ReaderCollection } | { ok: false; errors: ContentError[] };
