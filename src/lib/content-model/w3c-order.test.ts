import { describe, expect, it } from "vitest";
import miniAnnotations from "./fixtures/mini-annotations.json";
import miniArticle from "./fixtures/mini-article.json";
import miniThemes from "./fixtures/mini-themes.json";
import { buildReaderModel, checkContent, type BuildResult, type ContentError } from "./index";

const files = { article: "article.json", themes: "themes.json", annotations: "annotations.json" };

/** The fields these tests rearrange, loosely typed so a test can write any W3C shape into them. */
type Loose = Record<string, unknown>;
type Editable = {
  items: { id: string; body: Loose[] | Loose; target: { selector: Loose[] | Loose }[] }[];
};

/** A deep copy of `data` with every claim's bodies and every target's selectors in reverse order. */
function reversed(data: unknown): Editable {
  const copy = structuredClone(data) as Editable;
  for (const item of copy.items) {
    if (Array.isArray(item.body)) item.body.reverse();
    for (const target of item.target) if (Array.isArray(target.selector)) target.selector.reverse();
  }
  return copy;
}

function mini(): Editable {
  return structuredClone(miniAnnotations);
}

/** The array `field` holds, failing loudly if the fixture changed shape. */
function list(field: Loose[] | Loose): Loose[] {
  if (!Array.isArray(field)) throw new Error("fixture field is not an array");
  return field;
}

function claim(data: Editable, i: number) {
  const item = data.items[i];
  if (!item) throw new Error(`fixture has no items[${i}]`);
  return item;
}

function errorsOf(result: BuildResult): ContentError[] {
  if (result.ok) throw new Error("expected content errors, got a model");
  return result.errors;
}

const build = (annotations: unknown) => buildReaderModel(miniArticle, miniThemes, annotations, files);

describe("W3C bodies and selectors, read by type and purpose rather than position", () => {
  it("anchors reversed selectors and reversed bodies exactly as the usual order", () => {
    const usual = build(miniAnnotations);
    expect(usual.ok).toBe(true);
    expect(build(reversed(miniAnnotations))).toEqual(usual);
  });

  it("passes the strict content check with every body and selector reversed", () => {
    const report = checkContent({
      article: { name: "article.json", text: JSON.stringify(miniArticle) },
      themes: { name: "themes.json", text: JSON.stringify(miniThemes) },
      annotations: { name: "annotations.json", text: JSON.stringify(reversed(miniAnnotations)) },
      seed: null,
    });
    expect(report.errors).toEqual([]);
    expect(report.counts?.quotes).toBe(miniAnnotations.items.reduce((n, a) => n + a.target.length, 0));
  });

  it("reports a wrong position hint at the selector's own index when the order is reversed", () => {
    const data = reversed(miniAnnotations);
    const position = list(claim(data, 0).target[0]?.selector ?? [])[0];
    if (position) position.end = "84";
    expect(errorsOf(build(data))).toEqual([
      expect.objectContaining({
        quoteId: "attrition-main-challenge",
        path: "items[0].target[0].selector[0].end",
      }),
    ]);
  });

  it("reports an unknown theme at the tagging body's own index when the order is reversed", () => {
    const data = reversed(miniAnnotations);
    const tagging = list(claim(data, 2).body)[0];
    if (tagging) tagging.value = "diplomacy";
    const [error] = errorsOf(build(data));
    expect(error).toMatchObject({ annotationId: "negotiations", path: "items[2].body[0].value" });
  });

  it("names the file, claim and field when the describing body is missing", () => {
    const data = mini();
    claim(data, 1).body = list(claim(data, 1).body).filter((b) => b.purpose !== "describing");
    expect(errorsOf(build(data))).toEqual([
      {
        file: "annotations.json",
        annotationId: "production",
        quoteId: null,
        path: "items[1].body",
        message: "no describing TextualBody; a claim has exactly one: its text",
      },
    ]);
  });

  it("points at the second describing body, naming where the first is", () => {
    const data = mini();
    const body = list(claim(data, 1).body);
    body.push({ ...body[0], value: "A second reading of the claim." });
    expect(errorsOf(build(data))).toEqual([
      {
        file: "annotations.json",
        annotationId: "production",
        quoteId: null,
        path: "items[1].body[2]",
        message: "a second describing TextualBody (the first is body[0]); a claim has exactly one: its text",
      },
    ]);
  });

  it("refuses a body that is neither the claim's text nor its theme", () => {
    const data = mini();
    list(claim(data, 0).body).push({ type: "TextualBody", purpose: "commenting", value: "An aside." });
    expect(errorsOf(build(data))).toEqual([
      expect.objectContaining({
        path: "items[0].body[2]",
        message: expect.stringMatching(/^not a describing or tagging TextualBody/) as unknown,
      }),
    ]);
  });

  it("reads a lone body object as the model allows, then asks for the missing one", () => {
    const data = mini();
    claim(data, 0).body = list(claim(data, 0).body)[0] ?? {};
    expect(errorsOf(build(data)).map((e) => [e.path, e.message])).toEqual([
      ["items[0].body", "no tagging TextualBody; a claim has exactly one: its theme id"],
    ]);
  });

  it("accepts a lone TextQuoteSelector object, and skips other W3C selectors as alternatives", () => {
    const data = mini();
    const targets = claim(data, 1).target;
    const [first, second] = targets;
    if (!first || !second) throw new Error("fixture changed");
    first.selector = list(first.selector)[0] ?? {};
    list(second.selector).unshift(
      { type: "XPathSelector", value: "/article/p[3]" },
      { type: "RangeSelector", startSelector: {}, endSelector: {} },
    );
    const usual = build(miniAnnotations);
    const changed = build(data);
    if (!usual.ok || !changed.ok) throw new Error("expected models");
    const spans = (model: typeof usual.model) => model.quotes.map((q) => [q.id, q.start, q.end]);
    expect(spans(changed.model)).toEqual(spans(usual.model));
    // Without a position hint the lone quote is found verbatim; the other still uses its hint behind the XPath.
    expect(changed.model.quoteById.get("production-working-hard")?.method).toBe("exact");
    expect(changed.model.quoteById.get("production-continue")?.method).toBe("position");
  });

  it("refuses a selector type the W3C model does not define, a likely typo", () => {
    const data = mini();
    const selectors = list(claim(data, 0).target[0]?.selector ?? []);
    const position = selectors[1];
    if (position) position.type = "TextPositonSelector";
    const [error] = errorsOf(build(data));
    expect(error).toMatchObject({ path: "items[0].target[0].selector[1].type" });
    expect(error?.message).toMatch(/^unknown selector type "TextPositonSelector"; the W3C types are /);
  });

  it("requires exactly one TextQuoteSelector and at most one TextPositionSelector per target", () => {
    const data = mini();
    const [first, second] = claim(data, 0).target;
    if (!first || !second) throw new Error("fixture changed");
    first.selector = list(first.selector).filter((s) => s.type !== "TextQuoteSelector");
    const selectors = list(second.selector);
    selectors.push({ ...selectors[1] });
    expect(errorsOf(build(data)).map((e) => [e.quoteId, e.path, e.message])).toEqual([
      [
        "attrition-main-challenge",
        "items[0].target[0].selector",
        "no TextQuoteSelector; a target has exactly one TextQuoteSelector and at most one TextPositionSelector",
      ],
      [
        "attrition-logistics",
        "items[0].target[1].selector[2]",
        "a second TextPositionSelector (the first is target[1].selector[1]); a target has exactly one " +
          "TextQuoteSelector and at most one TextPositionSelector",
      ],
    ]);
  });
});
