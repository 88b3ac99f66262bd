// Link-preview metadata for index.html, built from the article data: only what the article itself states.
import type { Article } from "../src/content/schema";

/** What the page's metadata is built from. */
export interface LinkPreviewInput {
  /** The validated article. */
  article: Article;
  /** The page's absolute URL (from SITE_URL), or `null` to leave out canonical and og:url rather than guess. */
  siteUrl: string | null;
}

/** Suffix of the document title: this page is an annotated edition, not the publisher's own page. */
export const TITLE_SUFFIX = " — annotated";

/** Escapes text for an HTML attribute value or element content. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON safe inside `<script>`: no `</script>`, `<!--`, or line separators that old parsers choke on. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * Reads SITE_URL: an absolute http(s) URL, normalised without query or fragment. Unset or empty gives `null`;
 * anything else that is not such a URL throws, so a typo fails the build instead of publishing a bad canonical.
 */
export function parseSiteUrl(raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === "") return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org/reader/, got "${raw}"`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`SITE_URL must use http or https, got "${raw}"`);
  }
  url.search = "";
  url.hash = "";
  return url.href;
}

/** The `<title>`, meta, link and JSON-LD tags for the article page, every value escaped. */
export function linkPreviewTags({ article, siteUrl }: LinkPreviewInput): string {
  const description = article.paragraphs[0] ?? article.headline;
  const meta = (attr: "name" | "property", key: string, content: string) =>
    `<meta ${attr}="${key}" content="${escapeHtml(content)}" />`;
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.headline,
    description,
    inLanguage: "en",
    publisher: { "@type": "Organization", name: article.publisher },
    ...(siteUrl === null ? {} : { url: siteUrl, mainEntityOfPage: siteUrl }),
  };
  const tags = [
    `<title>${escapeHtml(article.headline + TITLE_SUFFIX)}</title>`,
    meta("name", "description", description),
    siteUrl === null ? null : `<link rel="canonical" href="${escapeHtml(siteUrl)}" />`,
    meta("property", "og:type", "article"),
    meta("property", "og:title", article.headline),
    meta("property", "og:description", description),
    siteUrl === null ? null : meta("property", "og:url", siteUrl),
    // No image: the article's photo is not part of the content, so a text-only card.
    meta("name", "twitter:card", "summary"),
    meta("name", "twitter:title", article.headline),
    meta("name", "twitter:description", description),
    `<script type="application/ld+json">${jsonForScript(jsonLd)}</script>`,
  ];
  return tags.filter((tag) => tag !== null).join("\n    ");
}

/** `html` with its `<title>` replaced by the link-preview tags (inserted before `</head>` if it has none). */
export function injectLinkPreview(html: string, tags: string): string {
  const title = /<title>[\s\S]*?<\/title>/i;
  if (title.test(html)) return html.replace(title, () => tags);
  if (!/<\/head>/i.test(html)) throw new Error("index.html has no </head> to put link-preview tags in");
  return html.replace(/<\/head>/i, () => `  ${tags}\n  </head>`);
}
