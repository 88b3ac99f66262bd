import { describe, expect, it } from "vitest";
import { parseLocation } from "../deep-link";
import { noteOn, text } from "./fixtures";
import { escapeMarkdown, notesToMarkdown } from "./markdown";
import { placeNote } from "./place";

const options = { headline: "Headline", text, pageUrl: "https://example.org/", date: "2024-05-01" };

describe("notesToMarkdown", () => {
  it("gives each note its passage, its text and a link that opens the passage", () => {
    const note = noteOn("liberate more land", "Land first.");
    const markdown = notesToMarkdown([placeNote(text, note)], options);
    expect(markdown).toContain(
      "## 1. Note\n\n> liberate more land\n\nLand first.\n\n[Open this passage in the article](<https://example.org/#passage=",
    );
    const link = /\(<https:\/\/example\.org\/(#passage=[^>]+)>\)/.exec(markdown)?.[1] ?? "";
    const { location } = parseLocation(
      { search: "", hash: link },
      { themeIds: new Set(), quoteIds: new Set() },
    );
    expect(location.passage?.exact).toBe("liberate more land");
  });

  it("lists notes that no longer anchor at the end, with the reason and no link", () => {
    const orphan = {
      ...noteOn("liberate more land"),
      quote: { exact: "gone from the text entirely, really", prefix: "", suffix: "" },
      position: null,
    };
    const markdown = notesToMarkdown([placeNote(text, orphan)], options);
    expect(markdown).toMatch(
      /## Not found in the current text\n\n> gone from the text entirely, really\n\n\*The passage is no longer in the article/,
    );
    expect(markdown).not.toContain("#passage=");
  });

  it("escapes what Markdown would read as markup, so hostile notes stay text", () => {
    expect(escapeMarkdown('<img src=x onerror="alert(1)"> [x](javascript:alert(1)) *a* `b`')).toBe(
      '\\<img src=x onerror="alert(1)"\\> \\[x\\](javascript:alert(1)) \\*a\\* \\`b\\`',
    );
    expect(escapeMarkdown("# not a heading")).toBe("\\# not a heading");
    expect(escapeMarkdown("1. not a list")).toBe("1\\. not a list");
    expect(escapeMarkdown("- nor this")).toBe("\\- nor this");
  });
});
