import { describe, expect, it } from "vitest";
import { criticalCss } from "./critical-css";

const page = (body: string) => `<!doctype html><html><head></head><body>${body}</body></html>`;
const AT_REST = [{}];

describe("criticalCss", () => {
  it("keeps, in order, the rules an element of the page matches, and drops the others", () => {
    const css = "@layer base,utilities;p{margin:0}.a{color:red}.missing{color:blue}.b{color:green}";
    const out = criticalCss(css, [page('<p class="a b">x</p>')], AT_REST);
    expect(out.css).toBe("@layer base,utilities;p{margin:0}.a{color:red}.b{color:green}");
    expect(out).toMatchObject({ kept: 3, unmatched: 1, interactive: 0, unknown: 0 });
  });

  it("leaves what only a reader's action shows (hover, focus, selection) for the whole stylesheet", () => {
    const css =
      ".a:hover{color:red}.a:focus-visible,.a{outline:2px solid}@media (hover:hover){.a:hover{color:blue}}::selection{color:red}";
    const out = criticalCss(css, [page('<a class="a">x</a>')], AT_REST);
    expect(out.css).toBe(".a{outline:2px solid}");
    expect(out.interactive).toBe(4);
  });

  it("keeps what the boot script's states need, with any page", () => {
    const css = "html[data-quiet] .m{color:inherit}html:not([data-quiet]) .m{color:red}.other{}";
    const pages = [page('<span class="m">x</span>'), page("<p>y</p>")];
    expect(criticalCss(css, pages, [{}, { "data-quiet": "" }]).css).toBe(
      "html[data-quiet] .m{color:inherit}html:not([data-quiet]) .m{color:red}",
    );
    expect(criticalCss(css, pages, AT_REST).css).toBe("html:not([data-quiet]) .m{color:red}");
  });

  it("tests pseudo-elements on their element, and form controls' ones on form controls", () => {
    const css =
      "p::first-line{font-weight:700}.x::after{content:'+'}::placeholder{color:gray}:target{color:red}";
    expect(criticalCss(css, [page('<p class="x">a</p>')], AT_REST).css).toBe(
      "p::first-line{font-weight:700}.x::after{content:'+'}:target{color:red}",
    );
    expect(criticalCss(css, [page("<p>a</p><input placeholder=b>")], AT_REST).css).toContain("::placeholder");
  });

  it("drops printing, animations, Tailwind's @property fallback, and declarations that do not paint", () => {
    const css = [
      "@media print{p{color:#000}}",
      "@keyframes pulse{0%{opacity:0}to{opacity:1}}",
      "@layer properties{@supports (-webkit-hyphens:none){*{--tw-x:0}}}",
      "p{color:red;cursor:pointer;transition:color .2s;animation:pulse 1s;user-select:none;scroll-margin-top:2rem}",
      "@media (prefers-reduced-motion:reduce){p{transition:none}}",
    ].join("");
    expect(criticalCss(css, [page("<p>x</p>")], AT_REST).css).toBe("p{color:red;scroll-margin-top:2rem}");
  });

  it("keeps only the custom properties something kept reads, directly or through another", () => {
    const css = [
      "@property --used{syntax:'*';inherits:false;initial-value:0}",
      "@property --unused{syntax:'*';inherits:false;initial-value:0}",
      ":root{--a:var(--b);--b:1px;--c:2px;--unused:0}",
      "p{margin:var(--a);padding:var(--used)}",
      ".gone{margin:var(--c)}",
    ].join("");
    expect(criticalCss(css, [page("<p>x</p>")], AT_REST).css).toBe(
      "@property --used{syntax:'*';inherits:false;initial-value:0}:root{--a:var(--b);--b:1px}p{margin:var(--a);padding:var(--used)}",
    );
  });

  it("writes a declaration the minifier repeated once, the last", () => {
    const css = "a{-webkit-text-decoration:inherit;-webkit-text-decoration:inherit;text-decoration:inherit}";
    expect(criticalCss(css, [page("<a>x</a>")], AT_REST).css).toBe(
      "a{-webkit-text-decoration:inherit;text-decoration:inherit}",
    );
  });

  it("keeps a rule the DOM cannot evaluate, to be safe", () => {
    const out = criticalCss("p:unknown-pseudo(1){color:red}", [page("<p>x</p>")], AT_REST);
    expect(out.css).toBe("p:unknown-pseudo(1){color:red}");
    expect(out.unknown).toBe(1);
  });
});
