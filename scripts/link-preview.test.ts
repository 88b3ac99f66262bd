import { describe, expect, it } from "vitest";
import article from "../src/content/article.json";
import type { Article } from "../src/content/schema";
import { escapeHtml, injectLinkPreview, jsonForScript, linkPreviewTags, parseSiteUrl } from "./link-preview";

const hostile: Article = {
  ...article,
  publisher: 'R&D "Press"',
  headline: `Title </title><script>alert(1)</script> & 'quotes'`,
  paragraphs: [`First <b>para</b> "quoted" </script><!-- & more`],
};

/** The content of one meta tag, read back from the built tags. */
function metaContent(html: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)" />`).exec(html);
  return match?.[1];
}

describe("linkPreviewTags", () => {
  it("states the headline, the first paragraph as description, and the publisher", () => {
    const tags = linkPreviewTags({ article, siteUrl: null });
    expect(tags).toContain(`<title>${escapeHtml(article.headline)} — annotated</title>`);
    expect(metaContent(tags, "description")).toBe(escapeHtml(article.paragraphs[0] ?? ""));
    expect(metaContent(tags, "og:title")).toBe(escapeHtml(article.headline));
    expect(metaContent(tags, "twitter:card")).toBe("summary");
    const jsonLd = /<script type="application\/ld\+json">(.*)<\/script>/.exec(tags)?.[1] ?? "";
    expect(JSON.parse(jsonLd)).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: article.headline,
      description: article.paragraphs[0],
      inLanguage: "en",
      publisher: { "@type": "Organization", name: "RFE/RL" },
    });
  });

  it("invents no date, image or address when SITE_URL is unset", () => {
    const tags = linkPreviewTags({ article, siteUrl: null });
    expect(tags).not.toMatch(/canonical|og:url|image|date|https?:\/\/(?!schema\.org)/i);
  });

  it("adds canonical, og:url and the JSON-LD url when SITE_URL is set", () => {
    const tags = linkPreviewTags({ article, siteUrl: "https://reader.example/a/" });
    expect(tags).toContain('<link rel="canonical" href="https://reader.example/a/" />');
    expect(metaContent(tags, "og:url")).toBe("https://reader.example/a/");
    expect(tags).toContain('"url":"https://reader.example/a/"');
  });

  it("escapes markup in every value, including inside the JSON-LD", () => {
    const tags = linkPreviewTags({ article: hostile, siteUrl: null });
    expect(tags).not.toContain("<script>alert");
    expect(tags).not.toContain("<b>");
    expect(tags.match(/<\/script>/g)).toHaveLength(1);
    expect(tags).not.toContain("<!--");
    expect(metaContent(tags, "description")).toBe(
      "First &#60;b&#62;para&#60;/b&#62; &#34;quoted&#34; &#60;/script&#62;&#60;!-- &#38; more",
    );
    const jsonLd = /<script type="application\/ld\+json">(.*)<\/script>/.exec(tags)?.[1] ?? "";
    expect(JSON.parse(jsonLd)).toMatchObject({
      headline: hostile.headline,
      publisher: { name: 'R&D "Press"' },
    });
  });

  it("keeps line and paragraph separators out of the JSON-LD", () => {
    expect(jsonForScript({ a: "x\u2028y\u2029" })).toBe('{"a":"x\\u2028y\\u2029"}');
  });
});

describe("parseSiteUrl", () => {
  it("leaves the URL out when unset", () => {
    expect(parseSiteUrl(undefined)).toBeNull();
    expect(parseSiteUrl("  ")).toBeNull();
  });
  it("drops query and fragment", () => {
    expect(parseSiteUrl("https://reader.example/x/?utm=1#top")).toBe("https://reader.example/x/");
  });
  it("fails the build on something that is not an http(s) URL", () => {
    expect(() => parseSiteUrl("reader.example")).toThrow(/absolute URL/);
    expect(() => parseSiteUrl("javascript:alert(1)")).toThrow(/http or https/);
  });
});

describe("injectLinkPreview", () => {
  it("replaces the existing title", () => {
    const html = "<html><head>\n<title>\n  Old\n</title>\n</head><body></body></html>";
    expect(injectLinkPreview(html, "<title>New</title>")).toBe(
      "<html><head>\n<title>New</title>\n</head><body></body></html>",
    );
  });
  it("inserts before </head> when there is no title, and keeps $ patterns literal", () => {
    expect(injectLinkPreview("<head></head>", "<title>$&</title>")).toBe(
      "<head>  <title>$&</title>\n  </head>",
    );
  });
});
