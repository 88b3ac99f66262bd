// The texts a prerendered page already shows (the article's paragraphs, each claim's summary) need not be downloaded
// a second time in the script that hydrates it: the build ships the content without them plus a fingerprint, and the
// browser reads them back from the page before hydrating. The fingerprint proves the page's text is the build's
// (a browser extension or a translation may have rewritten it first); if not, the full content is fetched instead.
import type { CompiledContent } from "./assemble-model";

/** What the page shows verbatim, in content order. */
export interface PageTexts {
  paragraphs: readonly string[];
  /** One per claim, in the claims' file order. */
  summaries: readonly string[];
}

type ValidContent = Extract<CompiledContent, { ok: true }>;

/** Valid content without its page texts (left as empty strings, so the shape stays the same), and their fingerprint. */
export interface ContentSkeleton {
  ok: true;
  content: ValidContent;
  fingerprint: string;
}

/** What the hydrating script ships: the skeleton of valid content, or invalid content's errors as they are. */
export type PageContent = ContentSkeleton | Extract<CompiledContent, { ok: false }>;

/** The page texts of valid content. */
export function pageTextsOf(content: ValidContent): PageTexts {
  return {
    paragraphs: content.article.paragraphs,
    summaries: content.claims.map((claim) => claim.summary),
  };
}

/** Valid content with its page texts taken out; invalid content stays as it is (its error page has no such texts). */
export function withoutPageTexts(content: CompiledContent): PageContent {
  if (!content.ok) return content;
  return {
    ok: true,
    content: {
      ...content,
      article: { ...content.article, paragraphs: content.article.paragraphs.map(() => "") },
      claims: content.claims.map((claim) => ({ ...claim, summary: "" })),
    },
    fingerprint: fingerprint(pageTextsOf(content)),
  };
}

/** The content again, with `texts` put back, or null when they are not the texts the build took out. */
export function withPageTexts(skeleton: ContentSkeleton, texts: PageTexts): ValidContent | null {
  const { content } = skeleton;
  if (texts.paragraphs.length !== content.article.paragraphs.length) return null;
  if (texts.summaries.length !== content.claims.length) return null;
  if (fingerprint(texts) !== skeleton.fingerprint) return null;
  return {
    ...content,
    article: { ...content.article, paragraphs: [...texts.paragraphs] },
    claims: content.claims.map((claim, i) => ({ ...claim, summary: texts.summaries[i] ?? "" })),
  };
}

/**
 * A 53-bit hash (cyrb53) of every text with its length, as 14 hex digits: enough to tell the build's texts from
 * edited ones (it guards against accidents, not attackers: a page's own HTML is already trusted to be the page).
 */
export function fingerprint(texts: PageTexts): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const add = (text: string) => {
    for (const char of `${text.length}:${text}\u0000`) {
      const code = char.codePointAt(0) ?? 0;
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
  };
  texts.paragraphs.forEach(add);
  add("\u0001");
  texts.summaries.forEach(add);
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}
