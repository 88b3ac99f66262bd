import { describe, expect, it } from "vitest";
import { draftFromHtml } from "./article-from-html";

// A saved page written for the test: navigation, a script, a style and a footer around an article whose
// paragraphs are a passage of the US Declaration of Independence (public domain).
const PAGE = `<!doctype html>
<html lang="en"><head>
  <title>The Declaration of Independence | Example Archive</title>
  <meta property="og:site_name" content="Example Archive">
  <meta property="article:published_time" content="2024-07-04T09:00:00Z">
  <style>p { color: red }</style>
  <script>document.title = "changed by a script";</script>
</head><body>
  <nav><a href="/">Home</a> <a href="/about">About the archive</a></nav>
  <article>
    <h1>The Declaration of Independence</h1>
    <p class="byline">By The Example Archive staff</p>
    <p>When in the Course of human events, it becomes necessary for one people to dissolve the political bands
       which have connected them with another, and to assume among the powers of the earth, the separate and equal
       station to which the Laws of Nature and of Nature's God entitle them.</p>
    <p>We hold these truths to be self-evident, that all men are created equal, that they are endowed by their
       Creator with certain unalienable Rights, that among these are Life, Liberty and the pursuit of Happiness.</p>
    <script>trackReader();</script>
    <p>That to secure these rights, Governments are instituted among Men, deriving their just powers from the
       consent of the governed.</p>
  </article>
  <footer><p>© Example Archive. Subscribe to our newsletter.</p></footer>
</body></html>`;

describe("draftFromHtml", () => {
  const draft = draftFromHtml(PAGE);

  it("finds the headline, byline, site and stated date", () => {
    expect(draft).toMatchObject({
      headline: "The Declaration of Independence",
      byline: "By The Example Archive staff",
      publisher: "Example Archive",
      date: "2024-07-04",
    });
  });

  it("gives the article's paragraphs on one line each, without scripts, styles, navigation or footer", () => {
    expect(draft?.paragraphs.map((p) => p.slice(0, 30))).toEqual([
      "When in the Course of human ev",
      "We hold these truths to be sel",
      "That to secure these rights, G",
    ]);
    expect(draft?.paragraphs[0]).toContain("political bands which have connected");
    expect(draft?.paragraphs.join(" ")).not.toMatch(/trackReader|color: red|Home|Subscribe/);
  });

  it("gives null for a page without an article", () => {
    expect(draftFromHtml("<html><body></body></html>")).toBeNull();
  });
});
