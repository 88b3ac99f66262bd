// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import hostile from "../../lib/feed/fixtures/hostile-feed.json";
import { sanitizeFeedHtml } from "./sanitize-content";

function fragment(html: string | null): HTMLTemplateElement {
  const template = document.createElement("template");
  template.innerHTML = html ?? "";
  return template;
}

describe("sanitizeFeedHtml", () => {
  it("removes scripts, event handlers, images and javascript: links from a hostile item", () => {
    const html = sanitizeFeedHtml(hostile.items[0]?.content_html ?? "");
    const safe = fragment(html).content;
    expect(safe.querySelector("script, img, [onerror]")).toBeNull();
    expect(html).not.toMatch(/javascript:|onerror|__pwned/i);
    const links = [...safe.querySelectorAll("a")];
    expect(links.map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["click me", null],
      ["safe link", "https://example.org/ok"],
    ]);
    expect(links[1]?.getAttribute("rel")).toBe("noopener noreferrer");
    expect(safe.textContent).toContain("Hello");
  });

  it.each([
    ['<a href="JaVaScRiPt:alert(1)">x</a>', "mixed-case scheme"],
    ['<a href="java&#x09;script:alert(1)">x</a>', "entity-encoded tab"],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', "data: URL"],
    ['<a href="/relative">x</a>', "relative URL"],
    ['<a href="mailto:a@example.org">x</a>', "mailto: (only http(s) links open)"],
  ])("drops the href of %j (%s)", (input) => {
    expect(fragment(sanitizeFeedHtml(input)).content.querySelector("a")?.hasAttribute("href")).toBe(false);
  });

  it.each([
    ['<svg onload="alert(1)"><circle/></svg>'],
    ['<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    ['<form action="https://evil.example"><button>Go</button></form>'],
    ['<p style="position:fixed;inset:0">cover the page</p>'],
    ['<h1 id="article">Heading that would break the outline</h1>'],
    ["<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"],
  ])("keeps no markup beyond the allow-list from %j", (input) => {
    const safe = fragment(sanitizeFeedHtml(input)).content;
    for (const element of safe.querySelectorAll("*")) {
      expect([
        "P",
        "BR",
        "A",
        "STRONG",
        "B",
        "EM",
        "I",
        "UL",
        "OL",
        "LI",
        "BLOCKQUOTE",
        "Q",
        "CITE",
        "CODE",
      ]).toContain(element.tagName);
      expect([...element.attributes].map((a) => a.name).filter((name) => name !== "href")).toEqual([]);
    }
  });

  it("refuses to run without a DOM rather than pass HTML through", () => {
    expect(sanitizeFeedHtml("<script>alert(1)</script>", null, {} as never)).toBeNull();
  });
});
