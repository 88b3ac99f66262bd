import type { Page } from "@playwright/test";
import { buildHref, passageFromRange } from "../src/lib/deep-link";
import { article } from "./fixtures/content";
import { expect, expectNoAxeViolations, test } from "./fixtures/reader";

// Passage links never land silently wrong (issue 9): a passage that changed since the link was made is shown on
// whole words with a notice saying so; one that only resembles the article, or is only white space, is refused.
test.use({ reducedMotion: "reduce" });

const text = article.paragraphs.join("\n\n");
const notice = (page: Page) =>
  page.getByRole("status").filter({ hasText: /This link could not be followed|This passage has changed/ });
const passageMarks = (page: Page) => page.locator("article mark[data-passage]");
const changedHeading = "This passage has changed since the link was made.";

/** The link a reader would have shared for `exact` when the article read `linked` there instead. */
function linkMadeBefore(exact: string, linked: string): string {
  const start = text.indexOf(exact);
  const passage = passageFromRange(text, start, start + exact.length);
  if (start === -1 || !passage) throw new Error(`not in the article: ${exact}`);
  return buildHref({ theme: null, quote: null, passage: { ...passage, exact: linked } });
}

async function shownPassage(page: Page): Promise<string> {
  return (await passageMarks(page).allTextContents()).join("");
}

test.describe("hand-made passage links that fit nothing are refused with a notice, never highlighted", () => {
  const cases: [string, string, RegExp][] = [
    [
      "a fragment that fits many places (once “o support”)",
      "/#passage=406-587~,of%20support,",
      /“of support”\) could not be found/,
    ],
    [
      "a fragment that fits many places (once “n the”)",
      "/#passage=406-587~,a%20the,",
      /“a the”\) could not be found/,
    ],
    ["a paragraph break alone (once nothing at all)", "/#passage=0-3~,%0A%0A,", /only white space/],
    ["a single space (once a highlighted space)", "/#passage=406-587~,%20,", /only white space/],
  ];
  for (const [name, href, message] of cases) {
    test(name, async ({ page }) => {
      await page.goto(href);
      await expect(notice(page)).toContainText("This link could not be followed in full.");
      await expect(notice(page)).toContainText(message);
      await expect(notice(page)).not.toContainText(changedHeading);
      await expect(passageMarks(page)).toHaveCount(0);
      await expect(page.locator("article p[data-start]")).toHaveCount(article.paragraphs.length);
    });
  }
});

test("a passage the article now has only in another context is refused, and the notice names the similar passage", async ({
  page,
}) => {
  // Made on a version where the words stood near the top under another speaker (text written for the test).
  const words = "that may create the conditions for some kind of negotiations";
  const made = passageFromRange(text, text.indexOf(words), text.indexOf(words) + words.length);
  if (!made) throw new Error(`not in the article: ${words}`);
  const passage = {
    ...made,
    hint: { start: 40, end: 40 + words.length },
    prefix: 'statement, officials said: "',
    suffix: '," the statement went on.',
  };
  await page.goto(buildHref({ theme: null, quote: null, passage }));
  await expect(notice(page)).toContainText("This link could not be followed in full.");
  await expect(notice(page)).toContainText(
    "A similar passage appears elsewhere, in another context, so it is not shown as the linked one.",
  );
  await expect(passageMarks(page)).toHaveCount(0);
  await expectNoAxeViolations(page, "the similar-passage notice");
});

test.describe("a passage that changed since the link was made", () => {
  test("a word changed: the passage as it reads now is highlighted, on whole words, and the notice says so", async ({
    page,
  }) => {
    const now = "that may create the conditions for some kind of negotiations";
    await page.goto(linkMadeBefore(now, "that may create the circumstances for some kind of negotiations"));
    await expect(notice(page)).toContainText(changedHeading);
    await expect(notice(page)).toContainText(
      "The closest match to the link’s “that may create the circumstances for some kind",
    );
    await expect(notice(page)).not.toContainText("could not be followed");
    await expect(page.locator('article mark[aria-current="true"]').first()).toBeInViewport();
    expect(await shownPassage(page)).toBe(now);
    await expectNoAxeViolations(page, "the changed-passage notice");
  });

  test("a typo: the notice says a few characters differ; dismissing it keeps the passage", async ({
    page,
  }) => {
    const now = "the Russian troops lack in quality";
    await page.goto(linkMadeBefore(now, "the Russian troops lacks in quality"));
    await expect(notice(page)).toContainText(changedHeading);
    await expect(notice(page)).toContainText("A few characters differ");
    expect(await shownPassage(page)).toBe(now);
    await notice(page).getByRole("button", { name: "Dismiss" }).click();
    await expect(notice(page)).toHaveCount(0);
    expect(await shownPassage(page)).toBe(now);
  });

  test("a passage link to the text as it is shows no notice", async ({ page }) => {
    const now = "the Russian troops lack in quality";
    await page.goto(linkMadeBefore(now, now));
    await expect(passageMarks(page).first()).toBeVisible();
    expect(await shownPassage(page)).toBe(now);
    await expect(notice(page)).toHaveCount(0);
  });
});
