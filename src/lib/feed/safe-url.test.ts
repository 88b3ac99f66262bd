import { describe, expect, it } from "vitest";
import { httpUrlOrNull } from "./safe-url";

describe("httpUrlOrNull", () => {
  it("keeps absolute http(s) URLs, normalised", () => {
    expect(httpUrlOrNull(" https://example.org/a b ")).toBe("https://example.org/a%20b");
    expect(httpUrlOrNull("HTTP://EXAMPLE.org")).toBe("http://example.org/");
  });

  it.each([
    "javascript:alert(1)",
    " JavaScript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "/relative/path",
    "//example.org/protocol-relative",
    "https://user:secret@example.org/",
    "",
  ])("refuses %j", (value) => {
    expect(httpUrlOrNull(value)).toBeNull();
  });

  it("resolves a relative URL against the base, and still keeps only http(s)", () => {
    const base = "https://example.org/live/feed.xml";
    expect(httpUrlOrNull("nato-live.html", base)).toBe("https://example.org/live/nato-live.html");
    expect(httpUrlOrNull("/a/relative.html", base)).toBe("https://example.org/a/relative.html");
    expect(httpUrlOrNull("//cdn.example.org/x", base)).toBe("https://cdn.example.org/x");
    expect(httpUrlOrNull("javascript:alert(1)", base)).toBeNull();
    expect(httpUrlOrNull("x.html", "file:///etc/")).toBeNull();
    expect(httpUrlOrNull(" ", base)).toBeNull();
  });

  it("refuses a missing value", () => {
    expect(httpUrlOrNull(undefined)).toBeNull();
  });
});
