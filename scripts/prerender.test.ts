import { describe, expect, it } from "vitest";
import { injectApp, inlineScripts } from "./prerender";

describe("injectApp", () => {
  it("puts the app inside the empty #root with nothing around it, naming the page it was rendered for", () => {
    const page = '<body>\n    <div id="root"></div>\n  </body>';
    expect(injectApp(page, "<main>hi</main>", "/q/a-b/")).toBe(
      '<body>\n    <div id="root" data-page="/q/a-b/"><main>hi</main></div>\n  </body>',
    );
    expect(injectApp(page, "<p></p>", '/"x<')).toContain('data-page="/&#34;x&#60;"');
  });

  it("refuses a page without exactly one empty #root, or an app that rendered nothing", () => {
    expect(() => injectApp("<body></body>", "<p>x</p>", "/")).toThrow(/exactly once/);
    expect(() => injectApp('<div id="root"></div><div id="root"></div>', "<p>x</p>", "/")).toThrow(
      /exactly once/,
    );
    expect(() => injectApp('<div id="root"></div>', " ", "/")).toThrow(/prerendered to nothing/);
  });
});

describe("inlineScripts", () => {
  it("finds scripts without src, but not external scripts or JSON data blocks", () => {
    const html = [
      '<script src="/briefing-boot.js"></script>',
      '<script type="module" crossorigin src="/assets/index.js"></script>',
      '<script type="application/ld+json">{}</script>',
      "<script>window.x = 1</script>",
      '<script type="module">import "/a.js"</script>',
    ].join("");
    expect(inlineScripts(html)).toEqual(["<script>", '<script type="module">']);
  });
});
