import { describe, expect, it } from "vitest";
import { parseRedirectsFile, redirectsFile, siteRedirects } from "./redirects";

describe("_redirects", () => {
  const pages = ["/", "/t/negotiations/", "/q/attrition-main-challenge/", "/404.html"];

  it("sends each page's folder without its final slash to the page, permanently", () => {
    expect(siteRedirects(pages)).toEqual([
      { from: "/t/negotiations", to: "/t/negotiations/", status: 301 },
      { from: "/q/attrition-main-challenge", to: "/q/attrition-main-challenge/", status: 301 },
    ]);
  });

  it("writes rules that the preview server reads back as they were", () => {
    const file = redirectsFile(siteRedirects(pages));
    expect(file).toContain("\n/q/attrition-main-challenge /q/attrition-main-challenge/ 301\n");
    expect([...parseRedirectsFile(file).values()]).toEqual(siteRedirects(pages));
  });

  it("reads only exact-path redirects, the first rule for a path winning", () => {
    const rules = parseRedirectsFile(
      [
        "# a comment",
        "/a /b",
        "/a /c 302",
        "/news/* /blog/:splat 301",
        "/x /y 200",
        "/p /q 301 Country=au",
        "",
      ].join("\n"),
    );
    expect([...rules.values()]).toEqual([{ from: "/a", to: "/b", status: 301 }]);
  });
});
