import { describe, expect, it } from "vitest";
import {
  escapeHtml,
  headTags,
  injectLinkPreview,
  jsonForScript,
  parseSiteUrl,
  siteHref,
  type PageHead,
} from "./link-preview";

const card = { path: "/q/a-quote/card.png", alt: "Card: “A quote”" };
const head: PageHead = {
  path: "/q/a-quote/",
  title: "“A quote” — Someone — annotated",
  shareTitle: "“A quote” — Someone",
  description: "“A quote” — Someone, in “Headline”, RFE/RL.",
  image: card,
  jsonLd: null,
  noindex: false,
};
const hostile: PageHead = {
  ...head,
  title: `Title </title><script>alert(1)</script> & 'quotes'`,
  description: `First <b>para</b> "quoted" </script><!-- & more`,
  jsonLd: {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: `</script><script>alert(1)</script>`,
    publisher: { "@type": "Organization", name: 'R&D "Press"' },
  },
};

/** The content of one meta tag, read back from the built tags. */
function metaContent(html: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)" />`).exec(html);
  return match?.[1];
}

describe("headTags", () => {
  it("gives a page its own title, description, card and address, for every platform's preview", () => {
    const tags = headTags(head, "https://reader.example/");
    expect(tags.startsWith(`<title>${escapeHtml(head.title)}</title>`)).toBe(true);
    expect(metaContent(tags, "og:title")).toBe(escapeHtml(head.shareTitle));
    expect(metaContent(tags, "og:description")).toBe(escapeHtml(head.description));
    expect(metaContent(tags, "og:url")).toBe("https://reader.example/q/a-quote/");
    expect(tags).toContain('<link rel="canonical" href="https://reader.example/q/a-quote/" />');
    expect(metaContent(tags, "og:image")).toBe("https://reader.example/q/a-quote/card.png");
    expect(metaContent(tags, "og:image:width")).toBe("1200");
    expect(metaContent(tags, "og:image:height")).toBe("630");
    expect(metaContent(tags, "og:image:alt")).toBe(escapeHtml(card.alt));
    expect(metaContent(tags, "og:type")).toBe("article");
    expect(metaContent(tags, "og:site_name")).toBe("The annotated reader");
    expect(metaContent(tags, "twitter:card")).toBe("summary_large_image");
    expect(tags).not.toMatch(/robots|ld\+json/);
  });

  it("uses root-relative addresses without SITE_URL, never an invented host or date, and no canonical", () => {
    const tags = headTags(head, null);
    expect(metaContent(tags, "og:url")).toBe("/q/a-quote/");
    expect(metaContent(tags, "og:image")).toBe("/q/a-quote/card.png");
    expect(tags).not.toMatch(/https?:\/\/|date|canonical/i);
  });

  it("keeps a site under a sub-path in every address", () => {
    expect(siteHref("/q/x/card.png", "https://example.org/reader/")).toBe(
      "https://example.org/reader/q/x/card.png",
    );
  });

  it("gives the 404 page no address of its own and keeps it out of search indexes", () => {
    const tags = headTags({ ...head, path: null, noindex: true }, "https://reader.example/");
    expect(tags).not.toMatch(/canonical|og:url/);
    expect(metaContent(tags, "robots")).toBe("noindex");
    expect(metaContent(tags, "og:type")).toBe("website");
  });

  it("previews a page without a card as a plain link: no image tags, a summary card", () => {
    const tags = headTags({ ...head, path: null, image: null, noindex: true }, "https://reader.example/");
    expect(tags).not.toContain("og:image");
    expect(metaContent(tags, "twitter:card")).toBe("summary");
  });

  it("escapes markup in every value, including inside the JSON-LD", () => {
    const tags = headTags(hostile, null);
    expect(tags).not.toContain("<script>alert");
    expect(tags).not.toContain("<b>");
    expect(tags.match(/<\/script>/g)).toHaveLength(1);
    expect(tags).not.toContain("<!--");
    expect(metaContent(tags, "description")).toBe(
      "First &#60;b&#62;para&#60;/b&#62; &#34;quoted&#34; &#60;/script&#62;&#60;!-- &#38; more",
    );
    const jsonLd = /<script type="application\/ld\+json">(.*)<\/script>/.exec(tags)?.[1] ?? "";
    expect(JSON.parse(jsonLd)).toEqual(hostile.jsonLd);
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
