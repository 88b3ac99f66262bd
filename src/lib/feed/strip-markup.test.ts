import { describe, expect, it } from "vitest";
import hostile from "./fixtures/hostile-feed.json";
import { stripMarkup } from "./strip-markup";

describe("stripMarkup", () => {
  it("leaves no event handler, script, image or javascript: link in a hostile item", () => {
    const html = stripMarkup(hostile.items[0]?.content_html ?? "");
    expect(html).not.toMatch(/\son\w+\s*=|<script|<img|javascript:|__pwned/i);
    expect(html).toBe('<p>Hello</p><a>click me</a><a href="https://example.org/ok">safe link</a>');
  });

  it.each([
    ['<svg onload="alert(1)"><circle/></svg>after', "after"],
    ['<iframe srcdoc="<script>alert(1)</script>"></iframe>after', "after"],
    ['<p style="position:fixed" class="x" id="y" onclick="a()">text</p>', "<p>text</p>"],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', "<a>x</a>"],
    ['<a href="java&#x09;script:alert(1)">x</a>', "<a>x</a>"],
    [
      '<a href=" https://example.org/?a=1&amp;b=2 " title="t">x</a>',
      '<a href="https://example.org/?a=1&amp;b=2">x</a>',
    ],
    ["<h1>Heading</h1><form><button>Go</button></form>", "HeadingGo"],
    ["<style>p{}</style><math><mi>x</mi></math>text", "text"],
    ["<!-- comment --><em>kept</em>", "<em>kept</em>"],
    ['<img src=x onerror="a()"><p>after</p>', "<p>after</p>"],
  ])("filters %j", (input, expected) => {
    expect(stripMarkup(input)).toBe(expected);
  });

  it("resolves relative links against the item's base, and still keeps only http(s) ones", () => {
    const base = "https://news.example.org/live/";
    expect(stripMarkup('<a href="nato-live.html">NATO</a>', base)).toBe(
      '<a href="https://news.example.org/live/nato-live.html">NATO</a>',
    );
    expect(stripMarkup('<a href="/a/relative.html">a</a>', base)).toBe(
      '<a href="https://news.example.org/a/relative.html">a</a>',
    );
    expect(stripMarkup('<a href="javascript:alert(1)">x</a>', base)).toBe("<a>x</a>");
    expect(stripMarkup('<a href="nato-live.html">NATO</a>')).toBe("<a>NATO</a>");
  });

  it("keeps text that merely looks like markup escaped", () => {
    expect(stripMarkup("1 < 2 and 3 > 2")).toBe("1 &lt; 2 and 3 &gt; 2");
  });
});
