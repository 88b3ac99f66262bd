import { Readability } from "@mozilla/readability";
import { JSDOM } from "jsdom";
import { article, quotes, themes } from "./fixtures/content";
import { accessibleText, expect, test } from "./fixtures/reader";

// The DOM text of the article is the article: what reader modes, copy and paste, search snippets and assistive
// technology's "read all" get. Names for assistive technology live outside it (generated content).

/** Whitespace-insensitive form: typography (line breaks between blocks) aside, the words must be the same. */
const words = (text: string) => text.replace(/\s+/g, " ").trim();

test.describe("the article's text in the DOM is the article, verbatim", () => {
  test("main holds the headline, the caption and the paragraphs, and nothing else", async ({ page }) => {
    await page.goto("/");
    const main = page.getByRole("main");
    expect(await main.textContent()).toBe(
      [article.headline, article.caption, ...article.paragraphs].join(""),
    );
    expect(words(await main.innerText())).toBe(
      words([article.headline, article.caption, ...article.paragraphs].join(" ")),
    );
  });

  test("the accessibility tree still names the caption and each highlight's theme", async ({ page }) => {
    await page.goto("/");
    expect(await accessibleText(page, page.getByText(article.caption))).toBe(
      `Photo caption: ${article.caption}`,
    );
    const quote = quotes.find((q) => q.id === "self-defence-war-of-aggression");
    const theme = themes.find((t) => t.id === quote?.themeId);
    expect(await accessibleText(page, page.locator("#self-defence-war-of-aggression"))).toBe(
      `${theme?.label ?? "?"} quote: ${quote?.exact ?? "?"}`,
    );
  });

  test("Firefox Reader View's engine (Readability) extracts exactly the article from the served page", async ({
    request,
  }) => {
    const html = await (await request.get("/")).text();
    const { window } = new JSDOM(html, { url: "http://127.0.0.1/" });
    const parsed = new Readability(window.document).parse();
    expect(parsed?.title).toBe(article.headline);
    const extracted = new JSDOM(parsed?.content ?? "").window.document;
    const paragraphs = Array.from(extracted.querySelectorAll("p"), (p) => p.textContent);
    // Readability may keep the caption with the article; it must add nothing else and change no word.
    expect([article.paragraphs, [article.caption, ...article.paragraphs]]).toContainEqual(paragraphs);
    expect(words(parsed?.textContent ?? "")).not.toMatch(/ quote: |Photo caption/);
  });

  test("triple-clicking a paragraph selects the whole paragraph", async ({ page }) => {
    await page.goto("/");
    const paragraphs = page.getByRole("article").locator("p[data-start]");
    for (const index of [0, 1, 5]) {
      const paragraph = paragraphs.nth(index);
      await paragraph.scrollIntoViewIfNeeded();
      const box = await paragraph.boundingBox();
      if (!box) throw new Error("paragraph not laid out");
      // The last line's end: past the text, so no click lands on a highlight first.
      await page.mouse.click(box.x + box.width - 2, box.y + box.height - 6, { clickCount: 3 });
      const selected = await page.evaluate(() => getSelection()?.toString() ?? "");
      expect(selected.trim(), `paragraph ${index}`).toBe(article.paragraphs[index]);
    }
  });
});
