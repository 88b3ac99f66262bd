import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  buildCollection,
  checkCollection,
  compileCollection,
  formatContentError,
  loadCompiledCollection,
  newestFirst,
  shownArticle,
  summarizeCollection,
  type ArticleFiles,
  type CollectionFiles,
} from "./index";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const EMPTY = JSON.stringify({ type: "AnnotationCollection", label: "Claims", items: [] });

/** An article folder as the loader reads it, under content/articles/<slug>/. */
function folder(slug: string, article: string, annotations: string): ArticleFiles {
  const at = (file: string) => `content/articles/${slug}/${file}`;
  return {
    slug,
    article: { name: at("article.json"), text: article },
    annotations: { name: at("annotations.json"), text: annotations },
  };
}

const mini = folder("mini-article", fixture("mini-article.json"), fixture("mini-annotations.json"));
const declaration = folder("declaration", fixture("declaration-article.json"), EMPTY);

function content(...articles: ArticleFiles[]): CollectionFiles {
  const themes = { name: "content/themes.json", text: fixture("mini-themes.json") };
  return { articlesDir: "content/articles", themes, articles };
}

describe("buildCollection", () => {
  it("builds every article with its own claims and themes, newest first, undated last", () => {
    const built = buildCollection(content(mini, declaration));
    if (!built.ok) throw new Error(built.errors.map(formatContentError).join("\n"));
    const { themes, articles } = built.collection;
    expect(themes.map((t) => t.id)).toEqual(["war-of-attrition", "production-ramp-up", "negotiations"]);
    expect(articles.map((a) => a.article.id)).toEqual(["declaration", "mini-article"]);
    expect(articles.map((a) => [a.claims.length, a.themes.length])).toEqual([
      [0, 0],
      [3, 3],
    ]);
  });

  it("survives compiling to JSON, and the page shows the newest article in the per-article shape", () => {
    const built = buildCollection(content(mini, declaration));
    const compiled = JSON.parse(JSON.stringify(compileCollection(built))) as ReturnType<
      typeof compileCollection
    >;
    expect(loadCompiledCollection(compiled)).toEqual(built);
    const shown = shownArticle(compiled);
    expect(shown.ok && shown.article.id).toBe("declaration");
  });

  it("names the broken article's folder in each of its errors, and fails the whole collection", () => {
    const broken = folder("broken", fixture("mini-article.json"), fixture("broken-annotations.json"));
    const built = buildCollection(content(declaration, broken));
    expect(built.ok).toBe(false);
    const errors = built.ok ? [] : built.errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.article === "broken")).toBe(true);
    expect(errors.map(formatContentError)).toContainEqual(
      expect.stringMatching(/^content\/articles\/broken\/article\.json › id: is "mini-article" but must be/),
    );
  });

  it("refuses a content folder without articles, and a file that cannot be read", () => {
    expect(buildCollection(content())).toMatchObject({
      ok: false,
      errors: [
        { file: "content/articles", message: expect.stringMatching(/holds no article folder/) as unknown },
      ],
    });
    const missing = { ...declaration, annotations: { name: "x/annotations.json", unreadable: "ENOENT" } };
    expect(buildCollection(content(missing))).toMatchObject({
      ok: false,
      errors: [{ article: "declaration", file: "x/annotations.json", message: "cannot be read: ENOENT" }],
    });
  });

  it("refuses two themes of one colour in one article, though the vocabulary may hold both", () => {
    const themes = JSON.parse(fixture("mini-themes.json")) as { color: string }[];
    const sameColour = themes.map((t, i) => (i === 2 ? { ...t, color: "amber" } : t));
    const files = { ...content(mini), themes: { name: "t.json", text: JSON.stringify(sameColour) } };
    const built = buildCollection(files);
    expect(built.ok ? [] : built.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^theme "negotiations" has the colour "amber" of theme "war-of-attrition"/),
    ]);
    expect(buildCollection({ ...files, articles: [declaration] }).ok).toBe(true);
  });
});

describe("newestFirst", () => {
  it("orders by date, newest first, then undated by id", () => {
    const articles = [
      { id: "b" },
      { id: "old", date: "1776-07-04" },
      { id: "a" },
      { id: "new", date: "2023-04-03" },
    ];
    expect(newestFirst(articles, (a) => a).map((a) => a.id)).toEqual(["new", "old", "a", "b"]);
  });
});

describe("checkCollection", () => {
  const seed = { name: "seed.txt", text: fixture("mini-seed.txt") };

  it("checks two articles, compares the original with the article it is of, and says which has no claims yet", () => {
    const report = checkCollection(content(declaration, mini), [seed]);
    expect(report.errors).toEqual([]);
    expect(report.articles.map((a) => [a.slug, a.report.seed])).toEqual([
      ["declaration", "skipped"],
      ["mini-article", "matched"],
    ]);
    expect(summarizeCollection(report)).toEqual([
      "Content OK: 2 articles, 3 themes in the shared vocabulary.",
      "  declaration: no annotations yet (valid: it shows as plain text until annotations.json holds claims); no original text to compare it with, so the verbatim rebuild check was skipped.",
      "  mini-article: 3 themes, 3 claims, 5 quotes anchored exactly (5 in the speaker's words, 0 the reporter's narration); article.json rebuilds the original text verbatim.",
    ]);
  });

  it("names the broken article in each error, and passes the other", () => {
    const broken = folder("mini-article", fixture("mini-article.json"), fixture("broken-annotations.json"));
    const report = checkCollection(content(declaration, broken), [seed]);
    expect(report.errors).toHaveLength(4);
    expect(report.errors.every((e) => e.article === "mini-article")).toBe(true);
    expect(
      report.errors.map(formatContentError).every((l) => l.startsWith("content/articles/mini-article/")),
    ).toBe(true);
    expect(report.articles[0]?.report.errors).toEqual([]);
    expect(summarizeCollection(report)).toEqual(["Content check failed: 4 problems."]);
  });

  it("reports an edited article against its original, even when the headline is what changed", () => {
    const article = JSON.parse(fixture("mini-article.json")) as { headline: string };
    const edited = folder(
      "mini-article",
      JSON.stringify({ ...article, headline: `x${article.headline}` }),
      fixture("mini-annotations.json"),
    );
    const report = checkCollection(content(declaration, edited), [seed]);
    expect(report.errors).toEqual([
      expect.objectContaining({
        article: "mini-article",
        path: "headline",
        message: expect.stringMatching(/^does not rebuild seed\.txt/) as unknown,
      }),
    ]);
  });
});
