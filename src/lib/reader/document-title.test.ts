import { describe, expect, it } from "vitest";
import { buildReaderModel } from "../content-model/build-reader-model";
import article from "../content-model/fixtures/mini-article.json";
import annotations from "../content-model/fixtures/mini-annotations.json";
import themes from "../content-model/fixtures/mini-themes.json";
import { buildHref } from "../deep-link";
import { stateForPage } from "./page-state";
import { reduce } from "./reduce";
import { documentTitle, locationOf } from "./selectors";
import type { ReaderAction, ReaderState } from "./state";

const built = buildReaderModel(article, themes, annotations);
if (!built.ok) throw new Error("the content must be valid");
const model = built.model;
const { headline } = model.article;

function run(state: ReaderState, ...actions: ReaderAction[]): ReaderState {
  return actions.reduce((s, action) => reduce(s, action, model).state, state);
}

describe("the tab's title names what the reader shows", () => {
  it("follows the reader away from a quote page: j to the next quote, ] to the first theme", () => {
    const onPage = stateForPage("/q/attrition-logistics/", model);
    expect(documentTitle(onPage, model)).toMatch(/^“a war of attrition, which means the battle of logistics/);

    const stepped = run(onPage, { type: "quote-stepped", direction: 1 });
    expect(documentTitle(stepped, model)).toBe("“working hard ramping up production” — annotated");

    const themed = run(stepped, { type: "theme-stepped", direction: 1 });
    expect(buildHref(locationOf(themed))).toBe("/?theme=war-of-attrition");
    expect(documentTitle(themed, model)).toBe(
      `War of attrition: 1 claim in “${headline}”, RFE/RL — annotated`,
    );

    const cleared = run(themed, { type: "cleared" });
    expect(documentTitle(cleared, model)).toBe(`${headline} — annotated`);
  });

  it("names the quote, not its theme, when both are shown", () => {
    const state = run(stateForPage("/t/negotiations/", model), { type: "quote-stepped", direction: 1 });
    expect(state.theme).toBe("negotiations");
    expect(documentTitle(state, model)).toMatch(
      /^“for Ukraine to decide what are acceptable conditions for negotiations” — annotated$/,
    );
  });

  it("says the page is not found while the reader says so, and the article's title once dismissed", () => {
    const notFound = run(stateForPage("/404.html", model), {
      type: "link-followed",
      url: { path: "/q/no-such-quote/", search: "", hash: "" },
    });
    expect(documentTitle(notFound, model)).toBe(`Page not found — ${headline} — annotated`);
    expect(documentTitle(run(notFound, { type: "notice-dismissed" }), model)).toBe(`${headline} — annotated`);
  });

  it("keeps the article's title for a link that names an unknown quote on a page that exists", () => {
    const state = run(stateForPage("/", model), {
      type: "link-followed",
      url: { path: "/", search: "", hash: "#no-such-quote" },
    });
    expect(state.problems).toHaveLength(1);
    expect(documentTitle(state, model)).toBe(`${headline} — annotated`);
  });
});
