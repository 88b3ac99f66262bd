import { describe, expect, it } from "vitest";
import { parseAnnotation } from "./parse-annotation";
import { serialiseAnnotation } from "./serialise";

const canonical = {
  "@context": "http://www.w3.org/ns/anno.jsonld",
  id: "note-0123456789ab",
  type: "Annotation",
  motivation: "commenting",
  created: "2024-05-01T12:00:00.000Z",
  modified: "2024-05-02T12:00:00.000Z",
  body: [{ type: "TextualBody", purpose: "commenting", value: "Compare with March.", format: "text/plain" }],
  target: [
    {
      id: "note-0123456789ab-passage",
      type: "SpecificResource",
      source: "article",
      selector: [
        { type: "TextQuoteSelector", exact: "ramping up", prefix: "we are ", suffix: " production" },
        { type: "TextPositionSelector", start: 10, end: 20 },
      ],
    },
  ],
};

/** `object` with its keys in reverse order, and every list reversed, as another tool might write it. */
function shuffled(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffled).reverse();
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, shuffled(v)]),
  );
}

const reread = (raw: unknown) => {
  const read = parseAnnotation(raw);
  if (!read.ok || read.parsed.id === null) throw new Error(JSON.stringify(read));
  const bodies = read.parsed.bodies.flatMap((b) => (b.type === "TextualBody" ? [b] : []));
  return serialiseAnnotation({ ...read.parsed, id: read.parsed.id, bodies });
};

describe("serialiseAnnotation", () => {
  it("writes back what it reads, with the fields and selectors in one canonical order", () => {
    expect(JSON.stringify(reread(canonical))).toBe(JSON.stringify(canonical));
    expect(JSON.stringify(reread(shuffled(canonical)))).toBe(JSON.stringify(canonical));
  });

  it("leaves out what the annotation does not say, and writes several motivations as a list", () => {
    const bare = serialiseAnnotation({
      id: "h",
      motivation: ["highlighting", "bookmarking"],
      created: null,
      modified: null,
      bodies: [],
      targets: [{ id: null, source: null, quote: { exact: "x", prefix: "", suffix: "" }, position: null }],
    });
    expect(bare).toEqual({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: "h",
      type: "Annotation",
      motivation: ["highlighting", "bookmarking"],
      target: [
        {
          type: "SpecificResource",
          selector: [{ type: "TextQuoteSelector", exact: "x", prefix: "", suffix: "" }],
        },
      ],
    });
  });
});
