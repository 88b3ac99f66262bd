import { describe, expect, it } from "vitest";
import miniAnnotations from "./fixtures/mini-annotations.json";
import miniArticle from "./fixtures/mini-article.json";
import miniThemes from "./fixtures/mini-themes.json";
import { buildReaderModel, compileContent, loadCompiledContent } from "./index";

describe("compiled content", () => {
  it("survives JSON and rebuilds the same model, lookups included", () => {
    const built = buildReaderModel(miniArticle, miniThemes, miniAnnotations);
    const shipped = JSON.parse(JSON.stringify(compileContent(built))) as ReturnType<typeof compileContent>;
    const loaded = loadCompiledContent(shipped);
    expect(loaded).toEqual(built);
    if (!loaded.ok) throw new Error("expected a model");
    const [first] = loaded.model.quotes;
    expect(first && loaded.model.quoteById.get(first.id)).toBe(first);
    for (const claim of loaded.model.claims) expect(loaded.model.claimById.get(claim.id)).toBe(claim);
  });

  it("carries every content error through unchanged, for the error page", () => {
    const built = buildReaderModel({ ...miniArticle, headline: "" }, miniThemes, miniAnnotations);
    expect(built.ok).toBe(false);
    const loaded = loadCompiledContent(
      JSON.parse(JSON.stringify(compileContent(built))) as ReturnType<typeof compileContent>,
    );
    expect(loaded).toEqual(built);
    expect(loaded.ok ? [] : loaded.errors.map((e) => `${e.file} ${e.path}`)).toEqual([
      "article.json headline",
    ]);
  });
});
