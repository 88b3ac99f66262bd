import type { APIRequestContext } from "@playwright/test";
import { article } from "./fixtures/content";
import { expect, test } from "./fixtures/reader";

function decodeEntities(value: string): string {
  return value.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

/** A page's head as an unfurler reads it, without JavaScript: title, meta tags and JSON-LD. */
async function unfurl(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const meta = (key: string) =>
    decodeEntities(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)" />`).exec(html)?.[1] ?? "");
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(
    ([, json]) => JSON.parse(json ?? "null") as Record<string, unknown>,
  );
  const title = decodeEntities(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "");
  return { title, meta, jsonLd };
}

test.describe("only the speaker's own words are presented as his quotation", () => {
  test("a passage of RFE/RL's narration unfurls, and titles its tab, as RFE/RL's report", async ({
    page,
    request,
  }) => {
    const path = "/q/production-depleting-stocks/";
    const { title, meta, jsonLd } = await unfurl(request, path);
    const report =
      "RFE/RL reports: NATO countries looking to aid Kyiv with weapon supplies “were depleting our own stocks.”";
    expect(meta("og:title")).toBe(report);
    expect(meta("twitter:title")).toBe(report);
    expect(title).toBe(`${report} — annotated`);
    for (const text of [meta("og:description"), meta("twitter:description"), meta("og:image:alt")]) {
      expect(text).toMatch(/^RFE\/RL reports/);
      expect(text).toContain("Quoting Jens Stoltenberg, NATO Secretary-General.");
      expect(text).not.toContain("— Jens Stoltenberg");
    }
    expect(jsonLd.map((ld) => ld["@type"])).not.toContain("Quotation");

    await page.goto(path);
    await expect(page.locator('mark[id="production-depleting-stocks"]')).toHaveAttribute(
      "aria-current",
      "true",
    );
    await expect(page).toHaveTitle(`${report} — annotated`);
  });

  test("a quote of his words carries a schema.org Quotation naming him and the article", async ({
    request,
  }) => {
    const { meta, jsonLd } = await unfurl(request, "/q/self-defence-un-charter/");
    const words = "This is a right which is enshrined in the UN charter";
    expect(meta("og:title")).toBe(`“${words}” — Jens Stoltenberg`);
    const quotation = jsonLd.find((ld) => ld["@type"] === "Quotation");
    expect(quotation).toMatchObject({
      "@context": "https://schema.org",
      text: words,
      spokenByCharacter: { "@type": "Person", name: "Jens Stoltenberg", jobTitle: "NATO Secretary-General" },
      isPartOf: { "@type": "NewsArticle", headline: article.headline, publisher: { name: "RFE/RL" } },
    });
    expect(article.paragraphs.some((p) => p.includes(words))).toBe(true);
  });
});
