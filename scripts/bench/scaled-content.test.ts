import { describe, expect, it } from "vitest";
import article from "../../src/content/articles/stoltenberg-war-of-attrition/article.json";
import annotations from "../../src/content/articles/stoltenberg-war-of-attrition/annotations.json";
import themes from "../../src/content/themes.json";
import { buildReaderModel } from "../../src/lib/content-model";
import { readClaims } from "../../src/lib/content-model/claims";
import { articleSchema } from "../../src/lib/content-model/schema";
import { scaleContent } from "./scaled-content";

const realArticle = articleSchema.parse(article);
const read = readClaims(annotations, realArticle.id);
if (!read.ok) throw new Error(`the real annotations should be valid: ${JSON.stringify(read.problems[0])}`);
const realAnnotations = read.claims;

describe("the scaled benchmark article", () => {
  it("repeats the article 100 times and anchors all 1,000 highlights at their moved position hints", () => {
    const scaled = scaleContent(realArticle, realAnnotations, 100, 1000);
    expect(scaled.article.paragraphs).toHaveLength(article.paragraphs.length * 100);
    expect(scaled.highlights).toBe(1000);
    const built = buildReaderModel(scaled.article, themes, scaled.annotations);
    if (!built.ok) throw new Error(JSON.stringify(built.errors.slice(0, 3)));
    expect(built.model.quotes).toHaveLength(1000);
    expect(built.model.orphans).toHaveLength(0);
    expect(new Set(built.model.quotes.map((q) => q.method))).toEqual(new Set(["position"]));
    // The last copy holds highlights too: they are spread through the whole text.
    expect(built.model.quotes.at(-1)?.start).toBeGreaterThan(built.model.text.length * 0.99);
  });

  it("refuses a highlight count that does not split evenly into the copies", () => {
    expect(() => scaleContent(realArticle, realAnnotations, 3, 1000)).toThrow(/do not split/);
  });
});
