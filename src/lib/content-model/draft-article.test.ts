import { describe, expect, it } from "vitest";
import { articleFromDraft, draftFromText, looksBinary, slugFromHeadline, statedDate } from "./draft-article";

// A passage of the US Declaration of Independence (public domain), hard-wrapped as a text file may be.
const DECLARATION = [
  "\uFEFFThe unanimous Declaration of the thirteen united States of America",
  "",
  "When in the Course of human events, it becomes necessary for one people to dissolve",
  "the political bands which have connected them with another.",
  "   ",
  "",
  "We hold these truths to be self-evident, that all men are created equal.",
  "",
].join("\r\n");

describe("draftFromText", () => {
  it("takes the first line as the headline and blank-line-separated blocks as paragraphs, joining wrapped lines", () => {
    expect(draftFromText(DECLARATION)).toEqual({
      headline: "The unanimous Declaration of the thirteen united States of America",
      paragraphs: [
        "When in the Course of human events, it becomes necessary for one people to dissolve the political bands which have connected them with another.",
        "We hold these truths to be self-evident, that all men are created equal.",
      ],
    });
  });

  it("skips leading blank lines and gives nothing for text that is all whitespace", () => {
    expect(draftFromText("\n\n  Headline\nFirst paragraph.")?.headline).toBe("Headline");
    expect(draftFromText("  \n\t\n")).toBeNull();
  });
});

describe("articleFromDraft", () => {
  const draft = draftFromText(DECLARATION);

  it("makes a valid article with a slug from the headline and the source named, stating nothing else", () => {
    const made = articleFromDraft(draft, { source: "The Continental Congress" });
    expect(made).toEqual({
      ok: true,
      article: {
        id: "the-unanimous-declaration-of-the-thirteen-united-states-of",
        publisher: "The Continental Congress",
        headline: "The unanimous Declaration of the thirteen united States of America",
        paragraphs: draft?.paragraphs,
      },
    });
  });

  it("keeps the byline and date a source states, and lets --slug and --source override it", () => {
    const stated = {
      headline: "H",
      paragraphs: ["P."],
      byline: " By  A. Writer ",
      date: "2024-05-01",
      publisher: "Site",
    };
    expect(articleFromDraft(stated, { slug: "my-slug", source: "Press" })).toEqual({
      ok: true,
      article: {
        id: "my-slug",
        publisher: "Press",
        headline: "H",
        byline: "By A. Writer",
        date: "2024-05-01",
        paragraphs: ["P."],
      },
    });
  });

  it("refuses, saying what to do: no headline, no paragraphs, no source, a slug that is not kebab-case", () => {
    const problem = (result: ReturnType<typeof articleFromDraft>) => (result.ok ? null : result.problem);
    expect(problem(articleFromDraft(null, { source: "S" }))).toMatch(/^is empty/);
    expect(problem(articleFromDraft({ headline: "H", paragraphs: [] }, { source: "S" }))).toMatch(
      /no paragraphs/,
    );
    expect(problem(articleFromDraft(draft))).toMatch(/--source <name>/);
    expect(problem(articleFromDraft(draft, { source: "S", slug: "Not A Slug" }))).toMatch(
      /kebab-case.*--slug/,
    );
  });
});

describe("slugFromHeadline", () => {
  it("lowercases, drops accents and apostrophes, and cuts at a word", () => {
    expect(slugFromHeadline("Café owners' “new” rules — 2024")).toBe("cafe-owners-new-rules-2024");
    const long = slugFromHeadline("word ".repeat(40));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith("word")).toBe(true);
  });
});

describe("statedDate", () => {
  it("keeps the date of an ISO timestamp and nothing else", () => {
    expect(statedDate("2024-05-01T10:00:00+02:00")).toBe("2024-05-01");
    expect(statedDate("May 1, 2024")).toBeUndefined();
    expect(statedDate(null)).toBeUndefined();
  });
});

describe("looksBinary", () => {
  it("tells text (any UTF-8) from binary data", () => {
    expect(looksBinary(new TextEncoder().encode("Plain text, with “quotes” and é."))).toBe(false);
    expect(looksBinary(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]))).toBe(true);
    expect(looksBinary(Uint8Array.from([0x48, 0x69, 0xff, 0xfe]))).toBe(true);
  });
});
