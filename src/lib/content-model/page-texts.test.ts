import { describe, expect, it } from "vitest";
import { compileContent } from "./assemble-model";
import { buildReaderModel } from "./build-reader-model";
import miniAnnotations from "./fixtures/mini-annotations.json";
import miniArticle from "./fixtures/mini-article.json";
import miniThemes from "./fixtures/mini-themes.json";
import {
  pageTextsOf,
  withoutPageTexts,
  withPageTexts,
  type ContentSkeleton,
  type PageTexts,
} from "./page-texts";

const compiled = compileContent(buildReaderModel(miniArticle, miniThemes, miniAnnotations));
if (!compiled.ok) throw new Error("the mini content should be valid");
const shipped = withoutPageTexts(compiled) as ContentSkeleton;
const texts = pageTextsOf(compiled);

describe("page texts", () => {
  it("ships the content without a single paragraph or summary, and puts them back exactly", () => {
    const json = JSON.stringify(shipped);
    for (const text of [...texts.paragraphs, ...texts.summaries])
      expect(json).not.toContain(JSON.stringify(text));
    expect(withPageTexts(shipped, texts)).toEqual(compiled);
  });

  it("refuses texts that differ from the build's in any way", () => {
    const edits: PageTexts[] = [
      { ...texts, paragraphs: texts.paragraphs.map((p, i) => (i === 2 ? `${p} ` : p)) },
      { ...texts, paragraphs: texts.paragraphs.map((p, i) => (i === 0 ? p.replace("NATO", "N.A.T.O.") : p)) },
      { ...texts, summaries: texts.summaries.slice(0, -1) },
      { ...texts, paragraphs: [...texts.paragraphs.slice(1), texts.paragraphs[0] ?? ""] },
      // The same characters moved across a boundary between two paragraphs.
      {
        ...texts,
        paragraphs: texts.paragraphs.map((p, i, all) =>
          i === 0 ? `${p}${(all[1] ?? "").slice(0, 1)}` : i === 1 ? p.slice(1) : p,
        ),
      },
      { paragraphs: texts.summaries, summaries: texts.paragraphs },
    ];
    for (const edited of edits) expect(withPageTexts(shipped, edited)).toBeNull();
  });

  it("leaves invalid content as its list of errors", () => {
    const invalid = { ok: false as const, errors: [] };
    expect(withoutPageTexts(invalid)).toBe(invalid);
  });
});
