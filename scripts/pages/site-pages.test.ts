import { shippedModel } from "../shipped-model";
import { describe, expect, it } from "vitest";
import { presentQuote } from "../../src/lib/content-model/quote-voice";
import { stateForPage } from "../../src/lib/reader/page-state";
import { documentTitle } from "../../src/lib/reader/selectors";
import { robotsTxt, sitemapXml, sitePages } from "./site-pages";

const model = shippedModel;
const { headline } = model.article;

describe("sitePages", () => {
  const pages = sitePages(model, null);

  it("has the article, then every theme and every quote, each in its own folder, then the 404 page", () => {
    expect(pages.map((p) => [p.path, p.file])).toEqual([
      ["/", "index.html"],
      ...model.themes.map((t) => [`/t/${t.id}/`, `t/${t.id}/index.html`]),
      ...model.quotes.map((q) => [`/q/${q.id}/`, `q/${q.id}/index.html`]),
      ["/404.html", "404.html"],
    ]);
  });

  it("describes a quote page by its quote, attributed as the article does", () => {
    const quote = model.quotes.find((q) => q.id === "self-defence-un-charter");
    const page = pages.find((p) => p.path === "/q/self-defence-un-charter/");
    expect(page?.head).toMatchObject({
      shareTitle: `“${quote?.exact ?? ""}” — Jens Stoltenberg`,
      description: `“${quote?.exact ?? ""}” — Jens Stoltenberg, NATO Secretary-General, in “${headline}”, RFE/RL.`,
      image: { path: "/q/self-defence-un-charter/card.png" },
    });
    expect(page?.head.image?.alt).toContain(quote?.exact);
    expect(page?.head.title).toBe(`${page?.head.shareTitle ?? ""} — annotated`);
  });

  it("cuts a long quote in titles at a word, never in the description", () => {
    const long = model.quotes.find(
      (q) => q.exact.length > 120 && presentQuote(model, q.id)?.voice === "speech",
    );
    const page = pages.find((p) => p.path === `/q/${long?.id ?? ""}/`);
    expect(page?.head.shareTitle).toMatch(/^“[^”]{40,90}…” — Jens Stoltenberg$/);
    expect(page?.head.shareTitle).not.toMatch(/[\s,]…/);
    expect(page?.head.description).toContain(long?.exact);
  });

  it("describes a theme page by the theme and its claims count", () => {
    const page = pages.find((p) => p.path === "/t/negotiations/");
    const claims = model.claims.filter((c) => c.themeId === "negotiations").length;
    expect(page?.head.shareTitle).toBe(`Negotiations: ${claims} claims in “${headline}”, RFE/RL`);
    expect(page?.head.description).toMatch(/^Who sets the terms of any talks/);
  });

  it("keeps the 404 page unlisted, unindexed and without an address, saying it is not found", () => {
    const notFound = pages.at(-1);
    expect(notFound).toMatchObject({
      listed: false,
      head: {
        path: null,
        noindex: true,
        image: null,
        jsonLd: null,
        shareTitle: "Page not found",
        description: "There is no page of this reader at this address.",
      },
    });
    // Nothing of the article's own preview: an unfurler that ignores the status shows no article card.
    expect(notFound?.head.title).toMatch(/^Page not found — /);
    expect(notFound?.head.description).not.toContain(model.article.paragraphs[0]?.slice(0, 40));
  });

  it("titles every page as the reader titles the tab in that page's state, so hydrating changes nothing", () => {
    for (const page of pages) {
      expect(page.head.title, page.path).toBe(documentTitle(stateForPage(page.path, model), model));
    }
  });

  it("puts the NewsArticle JSON-LD on the article's page, with its address when known", () => {
    expect(pages[0]?.head.jsonLd).toMatchObject({ "@type": "NewsArticle", headline });
    expect(sitePages(model, "https://reader.example/")[0]?.head.jsonLd).toMatchObject({
      url: "https://reader.example/",
    });
  });

  it("gives a Quotation only to quote pages of the speaker's own words, and none to themes or the 404 page", () => {
    const typeOf = (ld: unknown) => (ld as { "@type"?: unknown } | null)?.["@type"];
    const quotations = pages.filter((p) => typeOf(p.head.jsonLd) === "Quotation").map((p) => p.path);
    const speech = model.quotes.filter((q) => presentQuote(model, q.id)?.voice === "speech");
    expect(quotations).toEqual(speech.map((q) => `/q/${q.id}/`));
    const others = pages.filter((p) => p.path !== "/" && !quotations.includes(p.path));
    expect(others.map((p) => p.head.jsonLd)).toEqual(others.map(() => null));
  });

  it("names the quotation's speaker and article, and an address only when SITE_URL gives one", () => {
    const path = "/q/self-defence-un-charter/";
    const quotation = {
      "@type": "Quotation",
      text: "This is a right which is enshrined in the UN charter",
      spokenByCharacter: { "@type": "Person", name: "Jens Stoltenberg", jobTitle: "NATO Secretary-General" },
      isPartOf: { "@type": "NewsArticle", headline, publisher: { "@type": "Organization", name: "RFE/RL" } },
    };
    const local = pages.find((p) => p.path === path)?.head.jsonLd;
    expect(local).toMatchObject(quotation);
    expect(JSON.stringify(local)).not.toMatch(/url|date/i);
    const hosted = sitePages(model, "https://reader.example/").find((p) => p.path === path)?.head.jsonLd;
    expect(hosted).toMatchObject({
      ...quotation,
      url: `https://reader.example${path}`,
      isPartOf: { url: "https://reader.example/" },
    });
  });
});

describe("sitemap and robots.txt", () => {
  it("lists every page but the 404 page, with absolute addresses", () => {
    const xml = sitemapXml(sitePages(model, null), "https://reader.example/sub/");
    const locs = [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toHaveLength(1 + model.themes.length + model.quotes.length);
    expect(locs[0]).toBe("https://reader.example/sub/");
    expect(locs).toContain("https://reader.example/sub/q/self-defence-un-charter/");
    expect(xml).not.toContain("404");
  });

  it("names the sitemap in robots.txt only when its absolute address is known", () => {
    expect(robotsTxt("https://reader.example/")).toBe(
      "User-agent: *\nAllow: /\nSitemap: https://reader.example/sitemap.xml\n",
    );
    expect(robotsTxt(null)).toBe("User-agent: *\nAllow: /\n");
  });
});
