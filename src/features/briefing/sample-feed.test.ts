import { describe, expect, it } from "vitest";
import article from "../../content/articles/stoltenberg-war-of-attrition/article.json";
import { parseJsonFeed as parseFeed } from "../../lib/feed/parse-json-feed";
import sample from "../../../public/briefing.json";

// The shipped sample must invent nothing: every number, month and name it uses comes from the article.
const articleText = [article.headline, article.caption, ...article.paragraphs, article.promo.text].join("\n");

describe("public/briefing.json", () => {
  const result = parseFeed(sample);

  it("is a valid JSON Feed 1.1 with nothing dropped", () => {
    expect(sample.version).toBe("https://jsonfeed.org/version/1.1");
    expect(result.ok && result.feed.dropped).toEqual([]);
  });

  it("tells the person deploying it that it is a sample to replace, and marks itself as one", () => {
    expect(sample.description).toMatch(/VITE_BRIEFING_URL/);
    expect(sample.description).toMatch(/npm run feed:pull/);
    expect(sample._briefing.sample).toBe(true);
  });

  // Readers see the title ("Source: …"): it says honestly that this is a sample, but gives them no instructions.
  it("does not address readers in the title the panel shows", () => {
    expect(sample.title).toMatch(/^Sample\b/);
    expect(sample.title).not.toMatch(/replace|publish|deploy|VITE_|click|SAMPLE/);
  });

  it("has a key event to show what pinning looks like", () => {
    expect(result.ok && result.feed.items.filter((item) => item.key).map((item) => item.id)).toEqual([
      "sample-ramping-up-production",
    ]);
  });

  it("carries no dates: the article gives no full timestamp to take them from", () => {
    for (const item of sample.items) {
      expect(Object.keys(item).filter((key) => key.startsWith("date_"))).toEqual([]);
    }
  });

  it("uses only numbers, months and capitalised names that appear in the article", () => {
    for (const item of sample.items) {
      const text = `${item.title} ${item.content_text}`;
      for (const token of text.match(/\d+|[A-Z][\p{L}/]+/gu) ?? []) {
        // Case-insensitive: a sentence may start with a word the article has in lower case ("Allies").
        expect(articleText.toLowerCase(), `"${token}" in item ${item.id}`).toContain(token.toLowerCase());
      }
    }
  });

  it("quotes the article verbatim wherever it quotes", () => {
    for (const item of sample.items) {
      for (const [, quote] of item.content_text.matchAll(/"([^"]+)"/g)) {
        expect(articleText.replace(/["“”]/g, ""), `quote in item ${item.id}`).toContain(
          (quote ?? "").replace(/[.,]$/, ""),
        );
      }
    }
  });
});
