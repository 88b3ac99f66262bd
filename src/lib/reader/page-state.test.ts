import { describe, expect, it } from "vitest";
import { buildReaderModel } from "../content-model/build-reader-model";
import article from "../content-model/fixtures/mini-article.json";
import annotations from "../content-model/fixtures/mini-annotations.json";
import themes from "../content-model/fixtures/mini-themes.json";
import { stateForPage } from "./page-state";
import { initialReaderState } from "./state";

const built = buildReaderModel(article, themes, annotations);
if (!built.ok) throw new Error("the mini fixture must be valid content");
const model = built.model;

describe("stateForPage", () => {
  it("shows the root page as the reader starts", () => {
    expect(stateForPage("/", model)).toEqual(initialReaderState);
  });

  it("makes a quote page's quote active, with nothing else changed", () => {
    expect(stateForPage("/q/negotiations/", model)).toEqual({
      ...initialReaderState,
      target: { kind: "quote", quoteId: "negotiations" },
    });
  });

  it("focuses a theme page's theme", () => {
    const theme = model.themes[0]?.id ?? "";
    expect(stateForPage(`/t/${theme}/`, model)).toEqual({ ...initialReaderState, theme });
  });

  it("gives any other path, such as the 404 page, the whole article and a polite notice", () => {
    const state = stateForPage("/404.html", model);
    expect(state.target).toEqual({ kind: "none" });
    expect(state.problems.map((p) => p.kind)).toEqual(["unknown-page"]);
  });
});
