import { describe, expect, it } from "vitest";
import realAnnotations from "../../content/annotations.json";
import realArticle from "../../content/article.json";
import realThemes from "../../content/themes.json";
import { buildReaderModel, compileContent, loadCompiledContent } from "./index";

describe("compiled content", () => {
  it("survives JSON and rebuilds the same model, lookups included", () => {
    const built = buildReaderModel(realArticle, realThemes, realAnnotations);
    const shipped = JSON.parse(JSON.stringify(compileContent(built))) as ReturnType<typeof compileContent>;
    const loaded = loadCompiledContent(shipped);
    expect(loaded).toEqual(built);
    if (!loaded.ok) throw new Error("expected a model");
    const [first] = loaded.model.quotes;
    expect(first && loaded.model.quoteById.get(first.id)).toBe(first);
    for (const claim of loaded.model.claims) expect(loaded.model.claimById.get(claim.id)).toBe(claim);
  });

  it("carries every content error through unchanged, for the error page", () => {
    const built = buildReaderModel({ ...realArticle, headline: "" }, realThemes, realAnnotations);
    expect(built.ok).toBe(false);
    const loaded = loadCompiledContent(
      JSON.parse(JSON.stringify(compileContent(built))) as ReturnType<typeof compileContent>,
    );
    expect(loaded).toEqual(built);
    expect(loaded.ok ? [] : loaded.errors.map((e) => `${e.file} ${e.path}`)).toEqual([
      "src/content/article.json headline",
    ]);
  });
});
