import { z } from "zod";
import { oneOrMany, readField, type TypedObject } from "./w3c-field.ts";
import { W3C_SELECTOR_TYPES } from "../lib/w3c-selectors";

/** Palette names a theme may use; each maps to classes in `src/lib/theme-palette.ts` and colours in tailwind.config.js. */
export const paletteNames = ["amber", "sky", "rose", "green", "violet", "teal", "orange", "slate"] as const;

const kebabId = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "must be a kebab-case id (lowercase letters, digits and single hyphens)",
  );

/** The article as published: headline, caption and body paragraphs, verbatim. */
export const articleSchema = z.strictObject({
  /** Stable id of the article, used as the annotations' `source`. */
  id: kebabId,
  /** Who published the article, as the article names itself. */
  publisher: z.string().min(1),
  /** The headline, shown as the page's only `<h1>`. */
  headline: z.string().min(1),
  /**
   * Who the quotes are from, as the article itself names them: the content check requires "<role> <name>" to
   * appear in the caption or the body. Quote pages and cards attribute each quote to them.
   */
  speaker: z.strictObject({ name: z.string().min(1), role: z.string().min(1) }).optional(),
  /** The photo caption (the photo itself is not part of the content). */
  caption: z.string().min(1),
  /** Body paragraphs in order. Anchoring runs on `paragraphs.join("\n\n")`. */
  paragraphs: z.array(z.string().min(1)).min(1),
  /** The "Live Briefing" promo printed inside the article; shown by the briefing panel, not in the body. */
  promo: z.strictObject({
    /** The promo's title line. */
    title: z.string().min(1),
    /** The promo's text. */
    text: z.string().min(1),
    /** How many body paragraphs precede the promo in the original text. */
    afterParagraph: z.number().int().nonnegative(),
  }),
});

/** A theme groups claims; its colour is a palette name, never the only cue. */
export const themeSchema = z.strictObject({
  /** Stable kebab-case id, used in `?theme=` links. */
  id: kebabId,
  /** Human-readable name. */
  label: z.string().min(1),
  /** One line saying what the theme covers. */
  description: z.string().min(1),
  /** Highlight colour, a palette name. */
  color: z.enum(paletteNames),
});

/** W3C Web Annotation TextQuoteSelector. */
export const textQuoteSelectorSchema = z.strictObject({
  type: z.literal("TextQuoteSelector"),
  /** The quote, an exact substring of the article text. */
  exact: z.string().min(1),
  /** Text just before the quote. */
  prefix: z.string().default(""),
  /** Text just after the quote. */
  suffix: z.string().default(""),
});

/** W3C Web Annotation TextPositionSelector: a hint, offsets into the article text. */
export const textPositionSelectorSchema = z
  .strictObject({
    type: z.literal("TextPositionSelector"),
    /** Offset of the first character. */
    start: z.number().int().nonnegative(),
    /** Offset just past the last character. */
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end > s.start, { message: "end must be greater than start" });

/**
 * A target's `selector`, one object or an array in any order: exactly one TextQuoteSelector and at most one
 * TextPositionSelector. The data model lists several selectors as alternative ways to find one passage, so other
 * W3C selectors (XPath, CSS, range…) are skipped; a `type` the model does not define is refused as a likely typo.
 */
const selectorsSchema = oneOrMany.transform((raw, ctx) => {
  const field = readField("selector", raw, ctx);
  const rule = "a target has exactly one TextQuoteSelector and at most one TextPositionSelector";
  const quote = field.one({
    name: "TextQuoteSelector",
    is: (s) => s.type === "TextQuoteSelector",
    schema: textQuoteSelectorSchema,
    required: true,
    rule,
  });
  const position = field.one({
    name: "TextPositionSelector",
    is: (s) => s.type === "TextPositionSelector",
    schema: textPositionSelectorSchema,
    required: false,
    rule,
  });
  field.rest((s) =>
    W3C_SELECTOR_TYPES.has(s.type)
      ? null
      : `unknown selector type ${JSON.stringify(s.type)}; the W3C types are ${[...W3C_SELECTOR_TYPES].join(", ")}`,
  );
  if (!quote || field.failed) return z.NEVER;
  // `position` is null when the target gives no hint; anchoring then searches the text.
  return { quote, position };
});

/** One quoted passage of the article that a claim points at. */
export const quoteTargetSchema = z.strictObject({
  /** The quote's stable, human-readable id: the `<mark>`'s `id` and the `#fragment` of its link. */
  id: kebabId,
  type: z.literal("SpecificResource"),
  /** The article id. */
  source: z.string().min(1),
  selector: selectorsSchema,
});

const describingBodySchema = z.strictObject({
  type: z.literal("TextualBody"),
  purpose: z.literal("describing"),
  /** The claim: a neutral, attributed paraphrase. */
  value: z.string().min(1),
  format: z.literal("text/plain").optional(),
  language: z.string().optional(),
});

const taggingBodySchema = z.strictObject({
  type: z.literal("TextualBody"),
  purpose: z.literal("tagging"),
  /** A theme id. */
  value: kebabId,
});

const textualBody = (purpose: string) => (body: TypedObject) =>
  body.type === "TextualBody" && body.purpose === purpose;

/**
 * A claim's `body`, in any order: exactly one describing TextualBody (the claim) and one tagging TextualBody (its
 * theme). A single object is read as the model allows, though it can never hold both. Any other body is refused:
 * the reader would drop it unseen.
 */
const bodiesSchema = oneOrMany.transform((raw, ctx) => {
  const field = readField("body", raw, ctx);
  const describing = field.one({
    name: "describing TextualBody",
    is: textualBody("describing"),
    schema: describingBodySchema,
    required: true,
    rule: "a claim has exactly one: its text",
  });
  const tagging = field.one({
    name: "tagging TextualBody",
    is: textualBody("tagging"),
    schema: taggingBodySchema,
    required: true,
    rule: "a claim has exactly one: its theme id",
  });
  field.rest(() => "not a describing or tagging TextualBody; a claim's bodies are its text and its theme");
  if (!describing || !tagging || field.failed) return z.NEVER;
  return { describing, tagging };
});

/** A W3C `created` / `modified` date: ISO 8601 with a time zone, as the reader's own notes export them. */
const w3cDate = z.iso.datetime({ offset: true });

/** A claim made in the article, as a W3C Web Annotation: a describing body, a tagging body (theme), quote targets. */
export const annotationSchema = z.strictObject({
  "@context": z.literal("http://www.w3.org/ns/anno.jsonld"),
  /** Stable kebab-case claim id. */
  id: kebabId,
  type: z.literal("Annotation"),
  motivation: z.literal("describing"),
  /** When the claim was drafted, kept from a reader's exported note (docs/content.md, "Drafting claims in the browser"). */
  created: w3cDate.optional(),
  /** When the draft was last edited. */
  modified: w3cDate.optional(),
  body: bodiesSchema,
  /** The quotes that support the claim, in reading order. */
  target: z.array(quoteTargetSchema).min(1),
});

/** The annotation file: a W3C AnnotationCollection. */
export const annotationCollectionSchema = z.strictObject({
  type: z.literal("AnnotationCollection"),
  /** What the collection holds. */
  label: z.string().min(1),
  /** The claims. */
  items: z.array(annotationSchema).min(1),
});

/** The article content. */
export type Article = z.infer<typeof articleSchema>;
/** A theme. */
export type Theme = z.infer<typeof themeSchema>;
/** A palette name. */
export type PaletteName = (typeof paletteNames)[number];
/** A claim annotation as parsed: its bodies and selectors found by kind, whatever their order in the file. */
export type Annotation = z.infer<typeof annotationSchema>;
/** One quote target of a claim. */
export type QuoteTarget = z.infer<typeof quoteTargetSchema>;
/** A TextQuoteSelector. */
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;
/** The annotation file as parsed. */
export type AnnotationCollection = z.infer<typeof annotationCollectionSchema>;
/** The annotation file as written, before parsing: what tools that write annotations produce. */
export type AnnotationCollectionFile = z.input<typeof annotationCollectionSchema>;
