import { describe, expect, it } from "vitest";
import { buildReaderModel } from "./build-reader-model";
import article from "./fixtures/mini-article.json";
import annotations from "./fixtures/mini-annotations.json";
import themes from "./fixtures/mini-themes.json";
import { quoteNumbers, quoteReferences } from "./quote-numbers";

const built = buildReaderModel(article, themes, annotations);
if (!built.ok) throw new Error("the mini fixture must be valid content");
const model = built.model;

describe("the print edition's quote numbers", () => {
  it("numbers the quotes in reading order, as the printed article does, whatever the claims' order", () => {
    const numbers = quoteNumbers([...model.claims].reverse());
    expect(model.quotes.map((q) => numbers.get(q.id))).toEqual(model.quotes.map((_, i) => i + 1));
  });

  it("numbers an enclosing quote before the quote it contains", () => {
    // The mini article's first two quotes overlap: attrition-main-challenge holds attrition-logistics.
    const numbers = quoteNumbers(model.claims);
    expect(numbers.get("attrition-main-challenge")).toBe(1);
    expect(numbers.get("attrition-logistics")).toBe(2);
  });

  it.each([
    [[], ""],
    [[3], "Quote 3"],
    [[7, 3], "Quotes 3 and 7"],
    [[9, 3, 7], "Quotes 3, 7 and 9"],
  ])("names the quotes %j as “%s”", (numbers, text) => {
    expect(quoteReferences(numbers)).toBe(text);
  });
});
