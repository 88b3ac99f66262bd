import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkContent, formatContentError, summarizeCheck, type ContentFiles } from "./index";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function files(overrides: Partial<Record<keyof ContentFiles, string | null>> = {}): ContentFiles {
  const file = (name: string, text: string | null | undefined) => ({
    name,
    text: text ?? fixture(`mini-${name}`),
  });
  return {
    article: file("article.json", overrides.article),
    themes: file("themes.json", overrides.themes),
    annotations: file("annotations.json", overrides.annotations),
    seed: overrides.seed === null ? null : file("seed.txt", overrides.seed),
  };
}

describe("checkContent", () => {
  it("passes valid content that rebuilds the original, and says so in one line", () => {
    const report = checkContent(files());
    const counts = { themes: 3, claims: 3, quotes: 5, speech: 5, narration: 0 };
    expect(report).toEqual({ errors: [], counts, seed: "matched" });
    expect(summarizeCheck(report)).toBe(
      "Content OK: 3 themes, 3 claims, 5 quotes anchored exactly (5 in the speaker's words, 0 the reporter's narration); article.json rebuilds the original text verbatim.",
    );
  });

  it("refuses an article whose quotation marks do not pair up, naming the paragraph: who says what depends on them", () => {
    const article = fixture("mini-article.json").replace('negotiations.\\""', 'negotiations."');
    expect(article).not.toBe(fixture("mini-article.json"));
    const report = checkContent(files({ article, seed: null }));
    expect(report.errors.filter((e) => e.file === "article.json")).toEqual([
      expect.objectContaining({
        path: "paragraphs[2]",
        message: expect.stringMatching(
          /^a quotation opened here is never closed, .*\(at character 24 of the paragraph\)/,
        ) as unknown,
      }),
    ]);
  });

  it("notes that the seed check was skipped when the original is absent", () => {
    const report = checkContent(files({ seed: null }));
    expect(report.errors).toEqual([]);
    expect(report.seed).toBe("skipped");
    expect(summarizeCheck(report)).toMatch(/verbatim rebuild check was skipped/);
  });

  describe("with a broken annotation file", () => {
    const report = checkContent(files({ annotations: fixture("broken-annotations.json") }));
    const lines = report.errors.map(formatContentError);
    const about = (quoteId: string) => report.errors.filter((e) => e.quoteId === quoteId);

    it("fails with one message per problem", () => {
      expect(report.errors).toHaveLength(4);
      expect(summarizeCheck(report)).toBe("Content check failed: 4 problems.");
    });

    it("names the annotation, the quote and the nearest match when a quote is not verbatim", () => {
      expect(about("attrition-logistics")).toEqual([
        {
          file: "annotations.json",
          annotationId: "attrition",
          quoteId: "attrition-logistics",
          path: "items[0].target[1].selector[0].exact",
          message:
            'quote "a war of attrition, which means the battle of logistic is about getting ammunition, weapons, ' +
            'supplies to the front lines" is not in the article text verbatim; nearest match at start 66, end 187 ' +
            '(1 edit): "a war of attrition, which means the battle of logistics is about getting ammunition, ' +
            'weapons, supplies to the front lines"',
        },
      ]);
      expect(lines[0]).toMatch(
        /^annotations\.json › annotation "attrition" › quote "attrition-main-challenge" › items\[0\]/,
      );
    });

    it("gives the start and end to paste when the position selector disagrees", () => {
      const [error] = about("attrition-main-challenge");
      expect(error?.path).toBe("items[0].target[0].selector[1]");
      expect(error?.message).toMatch(/^TextPositionSelector \(start 2, end 85\) selects "he main challenge/);
      expect(error?.message).toMatch(/which is at "start": 1, "end": 84$/);
    });

    it("reports a prefix that disagrees with the text before the quote, showing that text", () => {
      expect(about("production-working-hard")).toMatchObject([
        {
          path: "items[1].target[0].selector[0].prefix",
          message: `prefix "We are also " does not match the text before the quote at 210: " we're also "`,
        },
      ]);
    });

    it("reports a repeated quote whose context does not single out one occurrence", () => {
      expect(about("production-continue")).toMatchObject([
        {
          path: "items[1].target[1].selector[0]",
          message:
            'quote "continue to" occurs 2 times (at 275, 343) and its prefix and suffix fit 2 of them; ' +
            "lengthen the prefix or suffix so they single out one",
        },
      ]);
    });
  });

  it("reports the first difference from the original, naming the article field", () => {
    const article = JSON.parse(fixture("mini-article.json")) as { caption: string };
    article.caption = article.caption.replace("speaks with", "talks to");
    const report = checkContent(files({ article: JSON.stringify(article) }));
    expect(report.seed).toBe("mismatched");
    expect(report.errors).toEqual([
      {
        file: "article.json",
        annotationId: null,
        quoteId: null,
        path: "caption",
        message:
          "does not rebuild seed.txt verbatim: first difference at character 133 (line 3); " +
          'the original has "speaks with RFE/RL in Brussels on April ", article.json gives "talks to RFE/RL in Brussels on April 3.\\n"',
      },
    ]);
  });

  it("attributes quotes only to a speaker the article itself names", () => {
    const article = JSON.parse(fixture("mini-article.json")) as object;
    const speaker = { name: "Jens Stoltenberg", role: "NATO Secretary-General" };
    expect(checkContent(files({ article: JSON.stringify({ ...article, speaker }) })).errors).toEqual([]);
    const invented = { ...article, speaker: { ...speaker, role: "President" } };
    expect(checkContent(files({ article: JSON.stringify(invented) })).errors.map(formatContentError)).toEqual(
      [
        expect.stringMatching(
          /^article\.json › speaker: names "President Jens Stoltenberg", which the caption/,
        ),
      ],
    );
  });

  it("reports a file that is not JSON, naming it", () => {
    const report = checkContent(files({ themes: "[{" }));
    expect(report.errors).toEqual([
      expect.objectContaining({
        file: "themes.json",
        path: "(root)",
        message: expect.stringMatching(/^not valid JSON/) as unknown,
      }),
    ]);
    expect(report.counts).toBeNull();
  });

  it("reports schema errors before checking quotes", () => {
    const report = checkContent(files({ themes: '[{"id": "Bad"}]' }));
    expect(report.seed).toBe("unchecked");
    expect(report.errors.map((e) => e.path)).toContain("[0].id");
  });
});
