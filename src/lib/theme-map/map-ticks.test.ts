import { describe, expect, it } from "vitest";
import { buildReaderModel } from "../content-model/build-reader-model";
import article from "../content-model/fixtures/mini-article.json";
import annotations from "../content-model/fixtures/mini-annotations.json";
import themes from "../content-model/fixtures/mini-themes.json";
import { mapFraction } from "./map-scale";
import { mapTicks } from "./map-ticks";
import { offsetAtY } from "./offset-at-y";

const built = buildReaderModel(article, themes, annotations);
if (!built.ok) throw new Error("the mini fixture must be valid content");
const model = built.model;

describe("mapFraction", () => {
  const paragraphs = [
    { start: 0, end: 110 },
    { start: 112, end: 222 },
  ];
  it("runs from 0 at the body's start to 1 at its end", () => {
    expect(mapFraction(paragraphs, 0)).toBe(0);
    expect(mapFraction(paragraphs, 222)).toBe((110 + 90 + 110) / 400);
    expect(mapFraction(paragraphs, 10_000)).toBe(310 / 400);
  });
  it("counts a paragraph's extra height before the next one starts", () => {
    expect(mapFraction(paragraphs, 112)).toBe(200 / 400);
    // The separator between paragraphs belongs to the end of the first.
    expect(mapFraction(paragraphs, 111)).toBe(110 / 400);
  });
  it("is 0 for an empty body", () => {
    expect(mapFraction([], 5)).toBe(0);
  });
});

describe("mapTicks", () => {
  const ticks = mapTicks(model);
  it("gives every quote one tick, in reading order", () => {
    expect(ticks.map((t) => t.quoteId)).toEqual(model.quotes.map((q) => q.id));
  });
  it("names each tick by its theme and its claim's first words, numbering a claim's several quotes", () => {
    const names = new Map(ticks.map((t) => [t.quoteId, t.label]));
    const theme = model.themeById.get("production-ramp-up")?.label;
    expect(names.get("production-working-hard")).toMatch(new RegExp(`^${theme} \\(quote 1 of 2\\): .+$`));
    expect(names.get("production-continue")).toMatch(/\(quote 2 of 2\): /);
    expect(names.get("negotiations")).not.toMatch(/quote \d of/);
    expect(new Set(names.values()).size).toBe(ticks.length);
  });
});

describe("offsetAtY", () => {
  const boxes = [
    { start: 0, end: 100, top: 100, bottom: 200 },
    { start: 102, end: 202, top: 220, bottom: 320 },
  ];
  it("interpolates inside a paragraph", () => {
    expect(offsetAtY(boxes, 150)).toBe(50);
    expect(offsetAtY(boxes, 270)).toBe(152);
  });
  it("maps space above or between paragraphs to the next one's start, and below to the end", () => {
    expect(offsetAtY(boxes, 0)).toBe(0);
    expect(offsetAtY(boxes, 210)).toBe(102);
    expect(offsetAtY(boxes, 900)).toBe(202);
  });
  it("is null without paragraphs", () => {
    expect(offsetAtY([], 10)).toBeNull();
  });
});
