import { describe, expect, it } from "vitest";
import { parseContent } from "../content-model/parse-content";
import { DEFAULT_FILE_NAMES } from "../content-model/types";
import article from "../fixtures/article.json";
import themes from "../content-model/fixtures/mini-themes.json";
import { draftClaims, THEME_PLACEHOLDER } from "./claim-drafts";
import { noteOn, source, text } from "./fixtures";
import { toAnnotation } from "./w3c";

describe("draftClaims", () => {
  it("turns exported notes into claims the content check accepts once a theme is chosen", () => {
    const note = noteOn(
      "liberate more land",
      "Stoltenberg hopes Ukraine can liberate more land before any talks.",
    );
    const file = JSON.stringify({
      type: "AnnotationCollection",
      label: "mine",
      items: [toAnnotation(note, source)],
    });
    const { problems, claims } = draftClaims(file, text, source);
    expect(problems).toEqual([]);
    const pasted = JSON.parse(JSON.stringify(claims).replace(THEME_PLACEHOLDER, "negotiations")) as unknown[];
    const content = { type: "AnnotationCollection", label: "Drafted claims", items: pasted };
    const parsed = parseContent(article, themes, content, DEFAULT_FILE_NAMES);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it("says which notes cannot become claims, and why", () => {
    const moved = {
      ...noteOn("liberate more land", "x"),
      quote: { exact: "liberate more lands", prefix: "", suffix: "" },
    };
    const bare = noteOn("the equipment is often bad");
    const file = JSON.stringify([
      toAnnotation(moved, source),
      toAnnotation(bare, source),
      { type: "Annotation" },
    ]);
    const { problems, claims } = draftClaims(file, text, source);
    expect(problems).toEqual([
      "item 3: target: missing: a note marks one passage",
      expect.stringMatching(/^note note-[0-9a-f]+: the quote is not in the text verbatim/),
      expect.stringMatching(/^note note-[0-9a-f]+: a bare highlight; write the claim as its note first$/),
    ]);
    expect(claims).toHaveLength(1);
  });
});
