// The reader's one model of a W3C Web Annotation (https://www.w3.org/TR/annotation-model/), as read by
// parse-annotation.ts and written by serialise.ts. Only what this reader uses is modelled: textual bodies, and
// targets that are passages of a text, found by a TextQuoteSelector with an optional TextPositionSelector.

/** The JSON-LD context every annotation this reader writes names. */
export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/**
 * The selector types the data model defines (§4.2). A target may list several as alternative ways to find one
 * passage: the reader uses its TextQuoteSelector and TextPositionSelector, skips the others, and refuses any other
 * type by name, as a likely typo.
 */
export const SELECTOR_TYPES: ReadonlySet<string> = new Set([
  "FragmentSelector",
  "CssSelector",
  "XPathSelector",
  "TextQuoteSelector",
  "TextPositionSelector",
  "DataPositionSelector",
  "SvgSelector",
  "RangeSelector",
]);

/** Where a value sits in the JSON read, e.g. `["items", 3, "target", 0, "selector", 0, "exact"]`. */
export type Path = readonly (string | number)[];

/** Why a value was refused, at its path from the annotation (or the collection) read. */
export interface W3CProblem {
  path: Path;
  message: string;
}

/** A value read from a file, with where it was found, for messages. */
export type Located<T> = T & {
  /** From the annotation read, e.g. `["target", 0, "selector", 1]`. */
  path: Path;
};

/** What a TextQuoteSelector says of a passage. */
export interface TextQuote {
  /** The passage, whole and verbatim; never empty nor only white space. */
  exact: string;
  /** Text just before the passage ("" for none). */
  prefix: string;
  /** Text just after the passage ("" for none). */
  suffix: string;
}

/** A TextPositionSelector: offsets (UTF-16 code units) into the document's text; `end` > `start`. */
export interface TextPosition {
  start: number;
  end: number;
}

/** A TextualBody: plain text with what it is for. */
export interface TextualBody {
  /** Why it is there: "describing", "tagging", "commenting"… (a W3C motivation); null when not said. */
  purpose: string | null;
  value: string;
  /** A media type such as "text/plain"; null when not said. */
  format: string | null;
  /** A language tag such as "en"; null when not said. */
  language: string | null;
}

/** A target that is a passage of a text. */
export interface PassageTarget {
  /** The target's own id (the content's quote ids); null when it has none. */
  id: string | null;
  /** The document's id; null when the target does not say. */
  source: string | null;
  /** The passage: after any `refinedBy`, the refined one. */
  quote: TextQuote;
  /** Where the passage lies, a hint; null when the target gives none. */
  position: TextPosition | null;
}

/** One annotation, bodies and targets found by type and purpose, whatever order the file gave them in. */
export interface Annotation<Body = TextualBody, Target = PassageTarget> {
  /** The annotation's id as given (an IRI or a kebab-case id); null when it has none. */
  id: string | null;
  /** Its motivations, in file order: W3C allows one or several. */
  motivation: readonly string[];
  /** ISO 8601, as `toISOString` gives it; null when not said. */
  created: string | null;
  modified: string | null;
  bodies: readonly Body[];
  /** Empty when the annotation has none: how many there must be is the caller's rule. */
  targets: readonly Target[];
}

/** A body as read: a TextualBody (a `bodyValue` is read as one, without purpose), or one of another type. */
export type ParsedBody =
  | Located<TextualBody & { type: "TextualBody" }>
  | Located<{
      type: "unsupported";
      /** The body's own `type`, for messages. */
      declared: string;
    }>;

/** A passage target as read, each part with its path; `quote.path` is the selector that gave `exact`. */
export type ParsedTarget = Located<{
  id: string | null;
  source: string | null;
  /** Whether the target says `"type": "SpecificResource"` (it may leave it out). */
  typed: boolean;
  quote: Located<TextQuote>;
  position: Located<TextPosition> | null;
}>;

/** An annotation as read from a file. */
export type ParsedAnnotation = Annotation<ParsedBody, ParsedTarget> & {
  /** `@context` when it is one string; null otherwise. */
  context: string | null;
};

/** An annotation read, or every problem found in it. */
export type ParseResult<T> = { ok: true; parsed: T } | { ok: false; problems: W3CProblem[] };
