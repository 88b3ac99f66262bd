// Every page the build writes: the article at `/`, a page per theme and per quote, and the 404 page, each with its
// head (what a shared link unfurls as). Pure: a function of the content model and SITE_URL.
import {
  inArticle,
  notFoundTitle,
  pageTitle,
  quoteDescription,
  quoted,
  quoteShareTitle,
  themeShareTitle,
} from "../../src/lib/content-model/page-titles.ts";
import type { ReaderModel } from "../../src/lib/content-model/types";
import { unknownPage } from "../../src/lib/deep-link/problems.ts";
import { counted } from "../../src/lib/plural.ts";
import { cardPath, cardSpecs } from "../cards/card-spec.ts";
import { siteHref, type PageHead } from "../link-preview.ts";
import { articleJsonLd, quotationJsonLd } from "./json-ld.ts";

/** One page of the built site. */
export interface SitePage {
  /** The path the reader is prerendered for (src/entry-server.tsx), also its address; "/404.html" for the 404 page. */
  path: string;
  /** The file it is written to, relative to the site's root folder. */
  file: string;
  head: PageHead;
  /** Listed in sitemap.xml (every page but the 404 page). */
  listed: boolean;
}

/** The path the 404 page is rendered for: no page of the reader, so it shows the whole article and a notice. */
export const NOT_FOUND_PATH = "/404.html";

/** The pages of the site, `/` first; `siteUrl` (SITE_URL, or null) only goes into the pages' JSON-LD. */
export function sitePages(model: ReaderModel, siteUrl: string | null): SitePage[] {
  const { article } = model;
  const cards = new Map(cardSpecs(model).map((spec) => [spec.page, spec]));
  const image = (page: string) => ({ path: cardPath(page), alt: cards.get(page)?.alt ?? "" });
  const published = inArticle(model);
  const articleDescription = article.paragraphs[0] ?? article.headline;
  const page = (path: string, shareTitle: string, description: string): SitePage => ({
    path,
    file: `${path.slice(1)}index.html`,
    head: {
      path,
      title: pageTitle(shareTitle),
      shareTitle,
      description,
      image: image(path),
      jsonLd: null,
      noindex: false,
    },
    listed: true,
  });

  const home = page("/", article.headline, articleDescription);
  home.head.jsonLd = articleJsonLd(model, articleDescription, siteUrl);
  const themes = model.themes.map((theme) => {
    const claims = counted(model.claims.filter((c) => c.themeId === theme.id).length, "claim");
    return page(
      `/t/${encodeURIComponent(theme.id)}/`,
      themeShareTitle(model, theme.id) ?? theme.label,
      `${theme.description} ${claims} ${published}, each linked to its quote.`,
    );
  });
  // Who says what (src/lib/content-model/quote-voice.ts): narration is presented as the publisher's report.
  const quotes = model.quotes.map((quote) => {
    const quotePage = page(
      `/q/${encodeURIComponent(quote.id)}/`,
      quoteShareTitle(model, quote.id) ?? quoted(quote.exact),
      quoteDescription(model, quote.id) ?? quoted(quote.exact),
    );
    quotePage.head.jsonLd = quotationJsonLd(model, quote.id, siteUrl);
    return quotePage;
  });
  // Unfurlers that ignore the status would show a mistyped link as the article: this head says what it is, with
  // no card, title or description of the article's (issue 27).
  const notFound: SitePage = {
    path: NOT_FOUND_PATH,
    file: "404.html",
    head: {
      path: null,
      title: notFoundTitle(model),
      shareTitle: "Page not found",
      description: unknownPage().message,
      image: null,
      jsonLd: null,
      noindex: true,
    },
    listed: false,
  };
  return [home, ...themes, ...quotes, notFound];
}

/** sitemap.xml: every listed page's absolute address (the protocol requires absolute URLs, hence SITE_URL). */
export function sitemapXml(pages: readonly SitePage[], siteUrl: string): string {
  const escape = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const urls = pages
    .filter((p) => p.listed)
    .map((p) => `  <url><loc>${escape(siteHref(p.path, siteUrl))}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}

/** robots.txt: everything may be crawled; the sitemap is named when its absolute address is known. */
export function robotsTxt(siteUrl: string | null): string {
  const sitemap = siteUrl === null ? [] : [`Sitemap: ${siteHref("/sitemap.xml", siteUrl)}`];
  return ["User-agent: *", "Allow: /", ...sitemap, ""].join("\n");
}
