import { describe, expect, it } from "vitest";
import {
  allowInlineStyles,
  allowSources,
  contentSecurityPolicy,
  feedOrigin,
  headersFile,
  injectCspMeta,
  securityHeaders,
} from "./csp";

describe("contentSecurityPolicy", () => {
  it("allows only this origin's scripts, with no inline or eval, no plugins and no <base>", () => {
    const policy = contentSecurityPolicy({ feedUrl: undefined, delivery: "header" });
    const directives = policy.split("; ");
    expect(directives).toContain("script-src 'self'");
    expect(directives).toContain("object-src 'none'");
    expect(directives).toContain("base-uri 'none'");
    expect(directives).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
  });

  it("leaves frame-ancestors out of the <meta> form, where browsers ignore it", () => {
    expect(contentSecurityPolicy({ feedUrl: undefined, delivery: "header" })).toContain(
      "frame-ancestors 'none'",
    );
    expect(contentSecurityPolicy({ feedUrl: undefined, delivery: "meta" })).not.toContain("frame-ancestors");
  });

  it("lets the page fetch a cross-origin feed set at build time, and nothing else of that host", () => {
    const policy = contentSecurityPolicy({
      feedUrl: "https://feeds.example.org/live/briefing.json",
      delivery: "meta",
    });
    expect(policy).toContain("connect-src 'self' https://feeds.example.org;");
    expect(policy).toContain("script-src 'self';");
  });
});

describe("inline code by hash", () => {
  const hash = "'sha256-AAAA'";

  it("allows the boot script by its hash, and nothing inline by any other means", () => {
    const policy = contentSecurityPolicy({ feedUrl: undefined, delivery: "meta", scriptHashes: [hash] });
    expect(policy).toContain(`script-src 'self' ${hash};`);
    expect(policy).toContain("style-src 'self';");
    expect(securityHeaders(undefined, [hash])["Content-Security-Policy"]).toContain(
      `script-src 'self' ${hash};`,
    );
  });

  it("adds the inline styles' hashes to style-src wherever a policy is written, and to nothing else", () => {
    const styles = ["'sha256-B'", "'sha256-C'"];
    const file = headersFile(securityHeaders(undefined, [hash]));
    const html = injectCspMeta(
      '<meta charset="UTF-8" />',
      contentSecurityPolicy({ feedUrl: undefined, delivery: "meta" }),
    );
    for (const text of [file, html]) {
      const out = allowInlineStyles(text, styles);
      expect(out).toContain("style-src 'self' 'sha256-B' 'sha256-C';");
      expect(out.replace(" 'sha256-B' 'sha256-C'", "")).toBe(text);
    }
    expect(() => allowInlineStyles("default-src 'none'", styles)).toThrow(/no style-src 'self'/);
  });

  it("adds sources to any directive's 'self' the same way", () => {
    const policy = "default-src 'self'; img-src 'self'; style-src 'self'";
    expect(allowSources(policy, "img-src", ["data:"])).toBe(
      "default-src 'self'; img-src 'self' data:; style-src 'self'",
    );
    expect(() => allowSources("default-src 'none'", "img-src", ["data:"])).toThrow(/no img-src 'self'/);
  });
});

describe("feedOrigin", () => {
  it("needs no extra origin for an unset, empty or relative feed URL", () => {
    expect(feedOrigin(undefined)).toBeNull();
    expect(feedOrigin("  ")).toBeNull();
    expect(feedOrigin("/briefing.json")).toBeNull();
    expect(feedOrigin("feeds/briefing.json")).toBeNull();
  });

  it("rejects an absolute URL that is not http(s), so the build fails instead of the feed", () => {
    expect(() => feedOrigin("javascript:alert(1)")).toThrow(/http\(s\) URL or a path/);
    expect(feedOrigin("http://127.0.0.1:9000/feed.json")).toBe("http://127.0.0.1:9000");
  });
});

describe("delivery", () => {
  it("puts the <meta> right after <meta charset>, before any script it governs", () => {
    const html = '<head>\n    <meta charset="UTF-8" />\n    <script src="/a.js"></script>';
    const out = injectCspMeta(html, "script-src 'self'");
    expect(out.indexOf("Content-Security-Policy")).toBeGreaterThan(out.indexOf("charset"));
    expect(out.indexOf("Content-Security-Policy")).toBeLessThan(out.indexOf("<script"));
    expect(out).toContain(`content="script-src 'self'"`);
    expect(() => injectCspMeta("<head></head>", "x")).toThrow(/no <meta charset>/);
  });

  it("writes a _headers file applying the headers to every path", () => {
    const file = headersFile(securityHeaders(undefined));
    expect(file.split("\n")).toContain("/*");
    expect(file).toMatch(/^ {2}Content-Security-Policy: default-src 'self'; .*frame-ancestors 'none'$/m);
    expect(file).toContain("  X-Content-Type-Options: nosniff");
  });
});
