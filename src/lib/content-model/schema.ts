// The schemas of the article and themes files, read at build time (zod never reaches the browser: it gets the
// compiled content). The annotations file is W3C Web Annotations, read by the one W3C adapter: see claims.ts.
import { z } from "zod";
import { KEBAB_ID, KEBAB_ID_RULE } from "../kebab-id";

/** Palette names a theme may use; each maps to classes in `src/lib/theme-palette.ts` and colours in tailwind.config.js. */
export const paletteNames = ["amber", "sky", "rose", "green", "violet", "teal", "orange", "slate"] as const;

const kebabId = z.string().regex(KEBAB_ID, KEBAB_ID_RULE);

/** A calendar date, optionally with a time, as ISO 8601 writes it (`2023-04-03`, `2023-04-03T09:30:00Z`). */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, "must be an ISO 8601 date such as 2023-04-03")
  .refine((date) => !Number.isNaN(Date.parse(date)), "is not a date that exists");

/**
 * The article as published: headline, body paragraphs and what else it prints, verbatim. Fields the article does
 * not state (a byline, a date, a caption) are left out, never guessed.
 */
export const articleSchema = z.strictObject({
  /** Stable id of the article, used as the annotations' `source`; the name of its folder under `articles/`. */
  id: kebabId,
  /** Who published the article, as the article names itself (the "source" of a saved page). */
  publisher: z.string().min(1),
  /** The headline, shown as the page's only `<h1>`. */
  headline: z.string().min(1),
  /** The byline as printed ("By …"), when the article has one. */
  byline: z.string().min(1).optional(),
  /** When the article was published, when it says so; articles are listed newest first by it. */
  date: isoDate.optional(),
  /**
   * Who the quotes are from, as the article itself names them: the content check requires "<role> <name>" to
   * appear in the caption or the body. Quote pages and cards attribute each quote to them.
   */
  speaker: z.strictObject({ name: z.string().min(1), role: z.string().min(1) }).optional(),
  /** The photo caption (the photo itself is not part of the content), when the article has a photo. */
  caption: z.string().min(1).optional(),
  /** Body paragraphs in order. Anchoring runs on `paragraphs.join("\n\n")`. */
  paragraphs: z.array(z.string().min(1)).min(1),
  /**
   * The "Live Briefing" promo printed inside the article, when it has one; shown by the briefing panel, not in
   * the body.
   */
  promo: z
    .strictObject({
      /** The promo's title line. */
      title: z.string().min(1),
      /** The promo's text. */
      text: z.string().min(1),
      /** How many body paragraphs precede the promo in the original text. */
      afterParagraph: z.number().int().nonnegative(),
    })
    .optional(),
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

/** The article content. */
export type Article = z.infer<typeof articleSchema>;
/** A theme. */
export type Theme = z.infer<typeof themeSchema>;
/** A palette name. */
export type PaletteName = (typeof paletteNames)[number];
