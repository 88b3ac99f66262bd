// The annotations file's claims, read by the one W3C adapter (src/lib/w3c) in its strict mode, then held to what a
// claim is. Not zod, though the article and themes files are read with it: the notes read the same W3C annotations
// in the browser, where zod would weigh more than the whole adapter (see src/lib/w3c/json.ts), so one hand-written
// adapter reads both, and a claim and a note are found, refused and worded by the same rules.
import { KEBAB_ID, KEBAB_ID_RULE } from "../kebab-id";
import { parseCollection } from "../w3c/collection";
import { onlyOne, Problems, shown } from "../w3c/json";
import { parseAnnotation } from "../w3c/parse-annotation";
import { serialiseAnnotation, type AnnotationJson } from "../w3c/serialise";
import { strictFields } from "../w3c/strict";
import {
  ANNOTATION_CONTEXT,
  type Located,
  type ParsedAnnotation,
  type ParsedTarget,
  type PassageTarget,
  type Path,
  type TextualBody,
  type W3CProblem,
} from "../w3c/types";

/** A claim made in the article: a describing body (the claim), a tagging body (its theme) and its quotes. */
export interface ClaimAnnotation {
  /** Stable kebab-case claim id. */
  id: string;
  /** When the claim was drafted, kept from a reader's exported note; null when not said. */
  created: string | null;
  /** When the draft was last edited; null when not said. */
  modified: string | null;
  /** The claim: a neutral, attributed paraphrase, plain text. */
  describing: Located<TextualBody>;
  /** Its theme: `value` is a theme id. */
  tagging: Located<TextualBody>;
  /** The quotes that support the claim, in reading order. */
  targets: ClaimTarget[];
}

/** One quote of a claim: `id` is the `<mark>`'s id and the `#fragment` of its link; `source` is the article id. */
export type ClaimTarget = ParsedTarget & { id: string; source: string };

/** The claims, or every problem found, with paths from the file's root (`items[3].target[0].selector[0].exact`). */
export type ClaimsResult = { ok: true; claims: ClaimAnnotation[] } | { ok: false; problems: W3CProblem[] };

/**
 * Reads the annotations file: a W3C AnnotationCollection of claims, none yet for an article just added (it is shown
 * plainly, and the content check says it has none). `articleId`, when known, is the `source` every
 * quote must name: a target copied from another article's annotations is a mistake.
 */
export function readClaims(raw: unknown, articleId: string | null): ClaimsResult {
  const collection = parseCollection(raw, strictFields);
  if (!collection.ok) return collection;
  const problems = new Problems();
  const { label, items } = collection.parsed;
  if (!label) problems.add(["label"], "missing: what the collection holds");
  const claims: ClaimAnnotation[] = [];
  items.forEach((item, i) => {
    const report = (found: readonly W3CProblem[]) => {
      for (const { path, message } of found) problems.add(["items", i, ...path], message);
    };
    const read = parseAnnotation(item, { strict: strictFields, source: articleId ?? undefined });
    if (!read.ok) {
      report(read.problems);
      return;
    }
    const own = new Problems();
    const claim = claimOf(read.parsed, own);
    report(own.list);
    if (claim && own.list.length === 0) claims.push(claim);
  });
  return problems.list.length > 0 ? { ok: false, problems: problems.list } : { ok: true, claims };
}

function claimOf(annotation: ParsedAnnotation, problems: Problems): ClaimAnnotation | null {
  const { context, motivation, bodies, created, modified } = annotation;
  if (context !== ANNOTATION_CONTEXT) problems.add(["@context"], `must be "${ANNOTATION_CONTEXT}"`);
  const id = kebab(annotation.id, ["id"], "the claim's id", problems);
  if (motivation.length !== 1 || motivation[0] !== "describing") {
    const given = motivation.length === 1 ? motivation[0] : motivation.length === 0 ? undefined : motivation;
    problems.add(["motivation"], `must be "describing", not ${shown(given)}`);
  }
  const textual = bodies.flatMap((b) => (b.type === "TextualBody" ? [b] : []));
  const purpose = (name: string) => (body: { purpose: string | null }) => body.purpose === name;
  const text = "a claim has exactly one: its text";
  const theme = "a claim has exactly one: its theme id";
  const describing = onlyOne(textual, purpose("describing"), "describing TextualBody", text, problems);
  const tagging = onlyOne(textual, purpose("tagging"), "tagging TextualBody", theme, problems);
  if (!describing) problems.add(["body"], `no describing TextualBody; ${text}`);
  if (!tagging) problems.add(["body"], `no tagging TextualBody; ${theme}`);
  for (const body of bodies) {
    if (body.type === "TextualBody" && (body.purpose === "describing" || body.purpose === "tagging"))
      continue;
    problems.add(
      body.path,
      "not a describing or tagging TextualBody; a claim's bodies are its text and its theme",
    );
  }
  if (describing?.value === "") problems.add([...describing.path, "value"], "missing: the claim's text");
  if (describing && describing.format !== null && describing.format !== "text/plain") {
    problems.add([...describing.path, "format"], `must be "text/plain", not ${shown(describing.format)}`);
  }
  if (tagging) kebab(tagging.value, [...tagging.path, "value"], "the theme id", problems);
  if (annotation.targets.length === 0)
    problems.add(["target"], "missing: a claim quotes at least one passage");
  const targets = annotation.targets.flatMap((target): ClaimTarget[] => {
    const quoteId = kebab(target.id, [...target.path, "id"], "the quote's id", problems);
    if (!target.typed) problems.add([...target.path, "type"], 'missing: a quote is a "SpecificResource"');
    if (target.source === null) problems.add([...target.path, "source"], "missing: the article's id");
    return quoteId === null || target.source === null
      ? []
      : [{ ...target, id: quoteId, source: target.source }];
  });
  if (id === null || !describing || !tagging) return null;
  return { id, created, modified, describing, tagging, targets };
}

function kebab(value: string | null, path: Path, what: string, problems: Problems): string | null {
  if (value === null) problems.add(path, `missing: ${what}`);
  else if (!KEBAB_ID.test(value)) problems.add(path, `${KEBAB_ID_RULE}, not ${shown(value)}`);
  else return value;
  return null;
}

/** What a claim is written from: a claim read, or one drafted from a reader's note. */
export interface ClaimDraft {
  id: string;
  created: string | null;
  modified: string | null;
  describing: TextualBody;
  tagging: TextualBody;
  targets: readonly (PassageTarget & { id: string; source: string })[];
}

/** A claim as annotations.json writes it, keys in the file's order. */
export function claimJson(claim: ClaimDraft): AnnotationJson {
  const { id, created, modified, describing, tagging, targets } = claim;
  return serialiseAnnotation({
    id,
    motivation: ["describing"],
    created,
    modified,
    bodies: [
      { ...describing, purpose: "describing" },
      { ...tagging, purpose: "tagging" },
    ],
    targets,
  });
}
