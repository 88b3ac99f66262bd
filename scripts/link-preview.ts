// Link-preview metadata for each page's <head>: only what the content itself states, every value escaped.
import type { Thing, WithContext } from "schema-dts";

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

/** What a page tells link unfurlers and search engines about itself (scripts/pages/site-pages.ts builds them). */
export interface PageHead {
  /** The page's site path (`/`, `/q/<quote-id>/`…); null for the 404 page, which has no address of its own. */
  path: string | null;
  /** The document's `<title>`. */
  title: string;
  /** `og:title` and `twitter:title`: what a shared link's preview is headed with. */
  shareTitle: string;
  /** Meta description, `og:description` and `twitter:description`. */
  description: string;
  /**
   * The page's card: its site path (a 1200×630 PNG) and what it shows, in words; null for the 404 page, which
   * previews as a plain link (no card, `twitter:card=summary`).
   */
  image: { path: string; alt: string } | null;
  /** schema.org JSON-LD (scripts/pages/json-ld.ts), or null for none. */
  jsonLd: WithContext<Thing> | null;
  /** Keep the page out of search indexes (the 404 page). */
  noindex: boolean;
}

/** `og:site_name`: this edition, not the publisher's own site. */
export const SITE_NAME = "The annotated reader";

/** A site path as a link in the page: absolute under SITE_URL when it is set, else root-relative. */
export function siteHref(path: string, siteUrl: string | null): string {
  return siteUrl === null ? path : new URL(path.replace(/^\//, ""), siteUrl).href;
}

/**
 * The head tags of one page, every value escaped, link-preview tags first: `<title>`, description, canonical,
 * Open Graph (with the card image), Twitter's large-image card, then JSON-LD. The page's own address is canonical:
 * platforms such as Facebook and LinkedIn fetch the canonical address's card, so a quote page pointing to `/`
 * would unfurl as the article (docs/pages-and-cards.md, "Canonical").
 */
export function headTags(head: PageHead, siteUrl: string | null): string {
  const meta = (attr: "name" | "property", key: string, content: string) =>
    `<meta ${attr}="${key}" content="${escapeHtml(content)}" />`;
  const url = head.path === null ? null : siteHref(head.path, siteUrl);
  // A canonical must be absolute (search engines and Lighthouse reject a relative one): only with SITE_URL.
  const canonical = siteUrl === null ? null : url;
  const { image } = head;
  const tags = [
    `<title>${escapeHtml(head.title)}</title>`,
    meta("name", "description", head.description),
    canonical === null ? null : `<link rel="canonical" href="${escapeHtml(canonical)}" />`,
    head.noindex ? meta("name", "robots", "noindex") : null,
    // A page with no address of its own (the 404 page) is no article.
    meta("property", "og:type", url === null ? "website" : "article"),
    meta("property", "og:site_name", SITE_NAME),
    meta("property", "og:title", head.shareTitle),
    meta("property", "og:description", head.description),
    url === null ? null : meta("property", "og:url", url),
    ...(image === null
      ? []
      : [
          meta("property", "og:image", siteHref(image.path, siteUrl)),
          meta("property", "og:image:type", "image/png"),
          meta("property", "og:image:width", "1200"),
          meta("property", "og:image:height", "630"),
          meta("property", "og:image:alt", image.alt),
        ]),
    meta("name", "twitter:card", image === null ? "summary" : "summary_large_image"),
    meta("name", "twitter:title", head.shareTitle),
    meta("name", "twitter:description", head.description),
    head.jsonLd === null ? null : `<script type="application/ld+json">${jsonForScript(head.jsonLd)}</script>`,
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
