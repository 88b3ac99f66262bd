import { describe, expect, it } from "vitest";
import { deferAssets, injectApp, inlineCode } from "./prerender";

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

describe("deferAssets", () => {
  const built = [
    "<head>",
    '<script type="module" crossorigin src="/assets/index-1.js"></script>',
    '<link rel="modulepreload" crossorigin href="/assets/dep-2.js">',
    '<link rel="stylesheet" crossorigin href="/assets/style-3.css">',
    "</head>",
  ].join("");

  it("puts the critical CSS where the stylesheet was, and the stylesheet and the app in a data block, for later", () => {
    expect(deferAssets(built, "p{color:red}")).toBe(
      [
        "<head>",
        "<style>p{color:red}</style>",
        '<script type="application/json" id="deferred">',
        JSON.stringify([
          ["link", { rel: "stylesheet", crossorigin: "", href: "/assets/style-3.css" }],
          ["link", { rel: "modulepreload", crossorigin: "", href: "/assets/dep-2.js" }],
          ["script", { type: "module", crossorigin: "", src: "/assets/index-1.js" }],
        ]),
        "</script>",
        '<noscript><link rel="stylesheet" crossorigin href="/assets/style-3.css"></noscript>',
        "</head>",
      ].join(""),
    );
  });

  it("writes the data so that nothing in it can close its block, and refuses values it would not decode", () => {
    const hostile = built.replace("/assets/dep-2.js", "/assets/</script/x.js");
    const [block = ""] =
      /<script type="application\/json"[^]*?<\/script>/.exec(deferAssets(hostile, "")) ?? [];
    expect(block.match(/<\/script/g)).toHaveLength(1);
    expect(JSON.stringify(JSON.parse(/>([^]*)</.exec(block)?.[1] ?? ""))).toContain("/assets/</script/x.js");
    expect(() => deferAssets(built.replace("dep-2.js", "dep.js?a=1&amp;b=2"), "")).toThrow(/entity/);
  });

  it("refuses a page without exactly one stylesheet and one entry, or CSS that would close its <style>", () => {
    expect(() => deferAssets("<head></head>", "")).toThrow(/one stylesheet and one entry module/);
    expect(() => deferAssets(built + built, "")).toThrow(/found 2 and 2/);
    expect(() => deferAssets(built, "a{}</style><script>")).toThrow(/<\/style/);
  });

  it("keeps `$` patterns in the CSS as they are", () => {
    expect(deferAssets(built, 'a::after{content:"$&$1"}')).toContain(
      '<style>a::after{content:"$&$1"}</style>',
    );
  });
});

describe("inlineCode", () => {
  it("finds the code of inline scripts and styles, but not external scripts or JSON data blocks", () => {
    const html = [
      '<script src="/a.js"></script>',
      '<script type="module" crossorigin src="/assets/index.js"></script>',
      '<script type="application/ld+json">{}</script>',
      "<script>window.x = 1</script>",
      '<script type="module">import "/a.js"</script>',
      "<style>p{}</style>",
      '<link rel="stylesheet" href="/s.css">',
    ].join("");
    expect(inlineCode(html)).toEqual({
      scripts: ["window.x = 1", 'import "/a.js"'],
      styles: ["p{}"],
    });
  });
});
