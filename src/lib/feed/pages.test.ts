import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { htmlParts, shorten, shownLength, textParts } from "./pages";

const withoutEllipsis = (part: string) => part.replace(/…(?=(?:<\/[a-z]+>)*$)/, "");
/** The text an HTML part shows, references decoded just enough to compare. */
const textOf = (html: string) => html.replace(/<[^>]*>/g, " ").replace(/&amp;/g, "&");
const words = (text: string) => text.split(/\s+/).filter((word) => word !== "");

/** Whether every element opened in `html` is closed, in order. */
function balanced(html: string): boolean {
  const open: string[] = [];
  for (const [, slash, name] of html.matchAll(/<(\/?)([a-z]+)[^>]*>/g)) {
    if (name === "br") continue;
    if (slash === "") open.push(name ?? "");
    else if (open.pop() !== name) return false;
  }
  return open.length === 0;
}

describe("textParts", () => {
  it("cuts at white space, marks every part but the last, and loses no word", () => {
    const text = "One two three four five six seven eight nine ten.";
    const parts = textParts(text, 12);
    expect(parts).toEqual(["One two…", "three four…", "five six…", "seven eight…", "nine ten."]);
    expect(parts.flatMap((part) => words(withoutEllipsis(part)))).toEqual(words(text));
  });

  it("cuts a word longer than a part where it must", () => {
    expect(textParts("x".repeat(25), 10)).toEqual(["xxxxxxxxxx…", "xxxxxxxxxx…", "xxxxx"]);
  });

  it("keeps any text whole that fits, and shortens a title with an ellipsis", () => {
    expect(textParts("Short.", 100)).toEqual(["Short."]);
    expect(shorten("A headline that goes on", 12)).toBe("A headline…");
    expect(shorten("Short", 12)).toBe("Short");
  });

  it("never makes a part longer than asked, for any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 1, max: 50 }), (text, size) => {
        const parts = textParts(text, size);
        for (const part of parts) expect(withoutEllipsis(part).length).toBeLessThanOrEqual(size + 1);
        expect(parts.flatMap((part) => words(withoutEllipsis(part))).join("")).toBe(words(text).join(""));
      }),
    );
  });
});

describe("htmlParts", () => {
  const html =
    "<p>First paragraph, <em>with emphasis that runs on</em> and on.</p><p>Second, with a " +
    '<a href="https://example.org/">link</a> &amp; a reference.</p>';

  it("gives whole HTML in every part: what is open at a cut is closed there and opened again after it", () => {
    const parts = htmlParts(html, 30);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(balanced(part), part).toBe(true);
    expect(parts[0]).toBe("<p>First paragraph, <em>with emphasis…</em></p>");
    expect(parts[1]).toMatch(/^<p><em>that runs on/);
    expect(parts.flatMap((part) => words(textOf(withoutEllipsis(part))))).toEqual(words(textOf(html)));
  });

  it("counts a character reference as one character and never cuts inside it", () => {
    const parts = htmlParts("<p>AT&amp;T AT&amp;T AT&amp;T</p>", 6);
    expect(parts).toEqual(["<p>AT&amp;T…</p>", "<p>AT&amp;T…</p>", "<p>AT&amp;T</p>"]);
    expect(shownLength("<p>AT&amp;T</p>")).toBe(4);
  });

  it("ends a part at a paragraph's end when one comes near the limit", () => {
    expect(htmlParts("<p>Ten chars.</p><p>More text after it.</p>", 14)).toEqual([
      "<p>Ten chars.</p>",
      "<p>More text…</p>",
      "<p>after it.</p>",
    ]);
  });

  it("keeps HTML that fits whole, and makes parts of at most the size asked of any long text", () => {
    expect(htmlParts(html, 1000)).toEqual([html]);
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 60 }), { maxLength: 8 }), (texts) => {
        const source = texts.map((t) => `<p>${t.replace(/[<&>]/g, " ")}</p>`).join("");
        for (const part of htmlParts(source, 25)) {
          expect(shownLength(withoutEllipsis(part))).toBeLessThanOrEqual(25);
          expect(balanced(part)).toBe(true);
        }
      }),
    );
  });
});
