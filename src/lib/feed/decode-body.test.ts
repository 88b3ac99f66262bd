import { describe, expect, it } from "vitest";
import { charsetOf, decodeBody, declaredEncoding } from "./decode-body";

// Test texts written for the test: "Пробная лента" is Russian for "test feed", "Fête" French, "試験" Japanese.
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const join = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((part) => [...part]));
// "Пробная" in windows-1251.
const cp1251 = [0xcf, 0xf0, 0xee, 0xe1, 0xed, 0xe0, 0xff];
const utf16le = (text: string) =>
  Uint8Array.from(
    { length: text.length * 2 },
    (_, i) => (text.charCodeAt(i >> 1) >> (i % 2 === 0 ? 0 : 8)) & 0xff,
  );

function textOf(bytes: Uint8Array, contentType: string | null = null): string {
  const result = decodeBody(bytes, contentType);
  if (!result.ok) throw new Error(JSON.stringify(result.failure));
  return result.text;
}

describe("decodeBody", () => {
  it("reads the XML declaration's encoding when the server names none", () => {
    const bytes = join(
      ascii('<?xml version="1.0" encoding="windows-1251"?><title>'),
      cp1251,
      ascii("</title>"),
    );
    expect(textOf(bytes, "application/rss+xml")).toContain("<title>Пробная</title>");
  });

  it("prefers the HTTP charset to the declaration, and a byte-order mark to both", () => {
    const latin = join(ascii('<?xml version="1.0" encoding="utf-8"?><t>F'), [0xea], ascii("te</t>"));
    expect(textOf(latin, 'text/xml; charset="ISO-8859-1"')).toContain("<t>Fête</t>");
    const marked = join([0xef, 0xbb, 0xbf], new TextEncoder().encode("<t>試験</t>"));
    expect(textOf(marked, "text/xml; charset=windows-1251")).toBe("<t>試験</t>");
  });

  it("reads UTF-16 by its byte-order mark, or without one by its zero bytes", () => {
    expect(textOf(join([0xff, 0xfe], utf16le('<?xml version="1.0" encoding="UTF-16"?><t>試験</t>')))).toMatch(
      /^<\?xml.*<t>試験<\/t>$/,
    );
    expect(textOf(utf16le("<t>試験</t>"))).toBe("<t>試験</t>");
  });

  it("reads Shift_JIS as declared", () => {
    // "試験" in Shift_JIS.
    const bytes = join(
      ascii('<?xml version="1.0" encoding="Shift_JIS"?><t>'),
      [0x8e, 0x8e, 0x8c, 0xb1],
      ascii("</t>"),
    );
    expect(textOf(bytes)).toContain("<t>試験</t>");
  });

  it("falls back to the declaration when the server's charset cannot read the bytes", () => {
    const bytes = join(ascii('<?xml version="1.0" encoding="windows-1251"?><t>'), cp1251, ascii("</t>"));
    expect(textOf(bytes, "application/xml; charset=utf-8")).toContain("<t>Пробная</t>");
  });

  it("ignores a UTF-16 label on bytes that start like ASCII: believed, it would give text in no language", () => {
    expect(textOf(ascii('<?xml version="1.0" encoding="UTF-16"?><t>plain</t>'))).toContain("<t>plain</t>");
    expect(textOf(ascii("<t>plain</t>"), "text/xml; charset=utf-16")).toBe("<t>plain</t>");
  });

  it("fails, naming the encoding, instead of showing U+FFFD", () => {
    expect(decodeBody(join(ascii("<t>"), cp1251, ascii("</t>")), null)).toEqual({
      ok: false,
      failure: { kind: "encoding", encoding: "utf-8", reason: "invalid" },
    });
    expect(decodeBody(ascii('<?xml version="1.0" encoding="x-klingon"?><t>\u00ff</t>'), null)).toEqual({
      ok: false,
      failure: { kind: "encoding", encoding: "x-klingon", reason: "unsupported" },
    });
  });

  it("reads the labels where they are written", () => {
    expect(charsetOf('application/rss+xml; Charset = "KOI8-R"')).toBe("KOI8-R");
    expect(charsetOf("application/rss+xml")).toBeNull();
    expect(declaredEncoding(ascii("\n<?xml version='1.0' encoding='iso-8859-1' ?>"))).toBe("iso-8859-1");
    expect(declaredEncoding(ascii("<rss/>"))).toBeNull();
  });
});
