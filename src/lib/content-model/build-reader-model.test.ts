import { describe, expect, it } from "vitest";
import miniAnnotations from "./fixtures/mini-annotations.json";
import miniArticle from "./fixtures/mini-article.json";
import miniThemes from "./fixtures/mini-themes.json";
import {
  buildReaderModel,
  paragraphRanges,
  type BuildResult,
  type ContentError,
  type ReaderModel,
} from "./index";

const files = { article: "article.json", themes: "themes.json", annotations: "annotations.json" };

function modelOf(result: BuildResult): ReaderModel {
  if (!result.ok) throw new Error(`expected a model, got errors: ${JSON.stringify(result.errors)}`);
  return result.model;
}

function errorsOf(result: BuildResult): ContentError[] {
  if (result.ok) throw new Error("expected content errors, got a model");
  return result.errors;
}

/** The annotation fields the tests break, loosely typed so a test can write anything into them. */
type Editable = {
  items: {
    id: string;
    body: { value: string }[];
    target: { id: string; source: string; selector: Record<string, unknown>[] }[];
  }[];
};

/** A deep copy of the mini annotations to break in one test. */
function annotations(): Editable {
  return structuredClone(miniAnnotations);
}

/** The selector `index` of target `target` of claim `item`, failing loudly if the fixture changed. */
function selector(data: Editable, item: number, target: number, index: number): Record<string, unknown> {
  const found = data.items[item]?.target[target]?.selector[index];
  if (!found) throw new Error(`fixture has no items[${item}].target[${target}].selector[${index}]`);
  return found;
}

describe("buildReaderModel", () => {
  it("anchors every quote at its position hint, or verbatim without one, with none orphaned", () => {
    const model = modelOf(buildReaderModel(miniArticle, miniThemes, miniAnnotations));
    expect(model.orphans).toEqual([]);
    expect(model.quotes.map((q) => [q.id, q.method])).toEqual([
      ["attrition-main-challenge", "position"],
      ["attrition-logistics", "position"],
      ["production-working-hard", "position"],
      ["production-continue", "position"],
      ["negotiations", "exact"],
    ]);
    for (const quote of model.quotes) expect(model.text.slice(quote.start, quote.end)).toBe(quote.exact);
  });

  it("lists quotes in reading order and themes and claims in file order, with lookups", () => {
    const model = modelOf(buildReaderModel(miniArticle, miniThemes, miniAnnotations, files));
    expect(model.quotes.map((q) => q.id)).toEqual([
      "attrition-main-challenge",
      "attrition-logistics",
      "production-working-hard",
      "production-continue",
      "negotiations",
    ]);
    expect(model.themes.map((t) => t.id)).toEqual(["war-of-attrition", "production-ramp-up", "negotiations"]);
    expect(model.claims.map((c) => c.id)).toEqual(["attrition", "production", "negotiations"]);
    expect(model.quoteById.get("production-continue")).toMatchObject({
      claimId: "production",
      start: 343,
      end: 354,
    });
    expect(model.claimById.get("attrition")?.quotes.map((q) => q.themeId)).toEqual([
      "war-of-attrition",
      "war-of-attrition",
    ]);
    expect(model.themeById.get("negotiations")?.label).toBe("Negotiations");
  });

  it("keeps a quote id equal to a claim id", () => {
    const model = modelOf(buildReaderModel(miniArticle, miniThemes, miniAnnotations, files));
    expect(model.claimById.has("negotiations")).toBe(true);
    expect(model.quoteById.get("negotiations")?.claimId).toBe("negotiations");
  });

  it("anchors a lightly edited quote approximately, and orphans a rewritten one with its nearest passage", () => {
    const data = annotations();
    selector(data, 0, 0, 0).exact =
      "The main challenge facing NATO is that this war now has become a war of attrition";
    selector(data, 0, 1, 0).exact = "the fight is above all about moving shells and guns to the front";
    const model = modelOf(buildReaderModel(miniArticle, miniThemes, data, files));
    expect(model.quoteById.get("attrition-main-challenge")).toMatchObject({
      method: "fuzzy",
      start: 1,
      end: 84,
    });
    expect(model.orphans).toEqual([
      expect.objectContaining({
        id: "attrition-logistics",
        claimId: "attrition",
        themeId: "war-of-attrition",
      }),
    ]);
    expect(model.claimById.get("attrition")?.orphans.map((o) => o.id)).toEqual(["attrition-logistics"]);
  });

  it("names the file, annotation and field of a schema error", () => {
    const data = annotations();
    selector(data, 1, 0, 0).exact = "";
    expect(errorsOf(buildReaderModel(miniArticle, miniThemes, data, files))).toEqual([
      {
        file: "annotations.json",
        annotationId: "production",
        quoteId: "production-working-hard",
        path: "items[1].target[0].selector[0].exact",
        message: "missing: the passage itself",
      },
    ]);
  });

  it("names the real field inside a selector rather than the union", () => {
    const data = annotations();
    selector(data, 0, 0, 1).end = "84";
    const [error] = errorsOf(buildReaderModel(miniArticle, miniThemes, data, files));
    expect(error).toMatchObject({
      path: "items[0].target[0].selector[1].end",
      quoteId: "attrition-main-challenge",
    });
    expect(error?.message).toBe('must be a whole number from 0, not "84"');
  });

  it("rejects a tagging body naming an unknown theme, listing the known ones", () => {
    const data = annotations();
    const tagging = data.items[2]?.body[1];
    if (tagging) tagging.value = "diplomacy";
    const [error] = errorsOf(buildReaderModel(miniArticle, miniThemes, data, files));
    expect(error).toMatchObject({ annotationId: "negotiations", path: "items[2].body[1].value" });
    expect(error?.message).toBe(
      'unknown theme "diplomacy"; themes.json defines: war-of-attrition, production-ramp-up, negotiations',
    );
  });

  it("rejects a quote whose target source is not this article", () => {
    const data = annotations();
    const target = data.items[1]?.target[0];
    if (target) target.source = "another-article";
    const [error] = errorsOf(buildReaderModel(miniArticle, miniThemes, data, files));
    expect(error).toMatchObject({ path: "items[1].target[0].source" });
    expect(error?.message).toBe(
      'marks another document ("another-article"), not this article ("mini-article")',
    );
  });

  it("rejects duplicate claim ids and duplicate quote ids, saying where each was first used", () => {
    const data = annotations();
    const [first, second] = data.items;
    if (!first || !second?.target[0]) throw new Error("fixture changed");
    second.id = first.id;
    second.target[0].id = "attrition-logistics";
    const errors = errorsOf(buildReaderModel(miniArticle, miniThemes, data, files));
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ["items[1].id", 'duplicate claim id "attrition" (first used at items[0].id)'],
      [
        "items[1].target[0].id",
        'duplicate quote id "attrition-logistics" (first used at items[0].target[1].id)',
      ],
    ]);
  });

  it("rejects duplicate theme ids and reports errors from every file at once", () => {
    const themes = [...miniThemes, miniThemes[0]];
    const article = { ...miniArticle, paragraphs: [] };
    const errors = errorsOf(buildReaderModel(article, themes, miniAnnotations, files));
    expect(errors.map((e) => `${e.file} ${e.path}`)).toEqual([
      "article.json paragraphs",
      "themes.json [3].id",
    ]);
  });
});

describe("paragraphRanges", () => {
  it("gives each paragraph its offsets in the text joined by blank lines", () => {
    expect(paragraphRanges(["ab", "cde", "f"])).toEqual([
      { index: 0, start: 0, end: 2 },
      { index: 1, start: 4, end: 7 },
      { index: 2, start: 9, end: 10 },
    ]);
  });
});
