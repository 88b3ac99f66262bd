import { Readability } from "@mozilla/readability";
import { JSDOM } from "jsdom";
import { article, claims, quotes, quotesInReadingOrder, themes } from "./fixtures/content";
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

/** The text items of a PDF, in the order Chromium drew them, with their font size (pt). */
async function pdfTextItems(pdf: Buffer): Promise<{ text: string; size: number }[]> {
  // Mozilla's PDF.js, as Firefox reads PDFs; the legacy build runs in Node.
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const items: { text: string; size: number }[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    for (const item of content.items) if ("str" in item) items.push({ text: item.str, size: item.height });
  }
  return items;
}

/** Text with every white space removed: line breaks and hyphenation aside, the same characters in the same order. */
const squash = (text: string) => text.replace(/\s+/g, "");

test.describe("printed, the article is the article, then the claims name its quotes by number", () => {
  test("Chromium's PDF has the article's text verbatim, each quote's number apart from it, then the claims", async ({
    page,
  }) => {
    await page.goto("/");
    const items = await pdfTextItems(await page.pdf({ format: "A4" }));
    const claimsAt = items.findIndex((item) => item.text === "Claims by theme");
    expect(claimsAt, "the claims follow the article").toBeGreaterThan(0);
    // The quotes' numbers are set small over the text (6.5 pt), out of its flow: Chromium draws them after it.
    const isNumber = (item: { text: string; size: number }) => /^\d+$/.test(item.text) && item.size < 8;
    const printedArticle = items
      .slice(0, claimsAt)
      .filter((item) => !isNumber(item))
      .map((item) => item.text)
      .join(" ");
    expect(squash(printedArticle)).toBe(
      squash([article.headline, article.caption, ...article.paragraphs].join("")),
    );
    expect(printedArticle).not.toMatch(/ quote\b|QUOTE|Photo caption|Choose one/);
    const numbers = items.filter(isNumber).map((item) => Number(item.text));
    expect(numbers.sort((a, b) => a - b)).toEqual(quotes.map((_, i) => i + 1));
    const claimsText = items
      .slice(claimsAt)
      .map((item) => item.text)
      .join(" ");
    expect(claimsText).not.toContain("Choose one to see its quote");
    for (const claim of claims) expect(squash(claimsText)).toContain(squash(claim.summary));
  });

  test("each claim names its quotes by the numbers printed over them, in reading order", async ({ page }) => {
    await page.goto("/");
    await page.emulateMedia({ media: "print" });
    const sidebar = page.getByRole("complementary", { name: "Claims by theme" });
    await expect(sidebar.getByText("Choose one to see its quote.")).toBeHidden();
    await expect(sidebar.getByText(/Each names its quotes by number/)).toBeVisible();
    const number = new Map(quotesInReadingOrder.map((q, i) => [q.id, i + 1]));
    for (const claim of claims) {
      const numbers = claim.quotes.map((q) => number.get(q.id) ?? 0).sort((a, b) => a - b);
      const named =
        numbers.length === 1
          ? `Quote ${numbers[0] ?? ""}`
          : `Quotes ${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1) ?? ""}`;
      const item = sidebar.getByRole("listitem").filter({ hasText: claim.summary });
      await expect(item.getByText(named, { exact: true }), claim.id).toBeVisible();
      await expect(item.getByText(/^\d+ quotes?$/), claim.id).toBeHidden();
    }
    // The article's own marks count the quotes in the same order: the n-th quote's number is n.
    const counted = await page
      .locator(".article-body mark[data-quote][id]")
      .evaluateAll((marks) => marks.map((mark) => mark.id));
    expect(counted).toEqual(quotesInReadingOrder.map((q) => q.id));
  });
});
