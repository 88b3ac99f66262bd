// Strict reading, for annotation files written by hand (the content's): a field the model does not read is refused
// as a likely typo (`"prefx"` would otherwise be no prefix at all). Kept out of the reader itself, so the notes,
// which read other tools' files with fields of their own, do not carry it to the browser.
import type { FieldCheck, ObjectKind } from "./json";

const FIELDS: Record<ObjectKind, readonly string[]> = {
  AnnotationCollection: ["@context", "id", "type", "label", "items"],
  Annotation: ["@context", "id", "type", "motivation", "created", "modified", "body", "bodyValue", "target"],
  TextualBody: ["type", "purpose", "value", "format", "language"],
  SpecificResource: ["id", "type", "source", "selector"],
  TextQuoteSelector: ["type", "exact", "prefix", "suffix", "refinedBy"],
  TextPositionSelector: ["type", "start", "end", "refinedBy"],
};

/** Refuses every field of `object` that the model does not read for its kind. */
export const strictFields: FieldCheck = (kind, object, path, problems) => {
  const fields = FIELDS[kind];
  const what = kind === "SpecificResource" ? "a target" : `${kind.startsWith("A") ? "an" : "a"} ${kind}`;
  for (const key of Object.keys(object)) {
    if (!fields.includes(key))
      problems.add([...path, key], `is not a field of ${what}, which has ${fields.join(", ")}`);
  }
};
