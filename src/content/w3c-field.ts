// Reads W3C Web Annotation fields that may hold one object or several (`body`, `selector`) by each object's
// `type` (and `purpose`), never by position, as the data model allows them in any order.
import { z } from "zod";

/** Where an object sits inside its annotation or target, e.g. `["selector", 1]`, to name it in messages. */
export type FieldPath = readonly (string | number)[];

const typedObject = z.looseObject({ type: z.string() });

/** An object of a one-or-many field, known only by its `type` until a `Kind` claims it. */
export type TypedObject = z.infer<typeof typedObject>;

/** A field the data model lets hold one object or an array of them; every object needs a `type`. */
export const oneOrMany = z.union([typedObject, z.array(typedObject)]);

/** One kind of object to find in a field: how to spot it, its schema, and how messages speak of it. */
export type Kind<T extends object> = {
  /** Its name in messages, e.g. "describing TextualBody". */
  name: string;
  /** Whether an object of the field is of this kind. */
  is: (object: TypedObject) => boolean;
  schema: z.ZodType<T>;
  /** True for "exactly one", false for "at most one". */
  required: boolean;
  /** The rule, said after a missing or repeated one, e.g. "a claim has exactly one: its text". */
  rule: string;
};

/** An object found and parsed, with where it sits in the file, for messages. */
export type Found<T extends object> = T & { path: FieldPath };

/**
 * A reader over one field, for use inside a zod `transform`: every issue goes to `ctx` at the path of the object
 * at fault (`body[2].value`), or at the field itself for a missing object.
 */
export function readField(field: string, raw: z.infer<typeof oneOrMany>, ctx: z.RefinementCtx) {
  const entries = Array.isArray(raw)
    ? raw.map((object, index) => ({ object, at: [index] }))
    : [{ object: raw, at: [] }];
  const claimed = new Set<TypedObject>();
  let failed = false;
  const report = (message: string, path: PropertyKey[]) => {
    failed = true;
    ctx.addIssue({ code: "custom", message, path, input: raw });
  };
  const shown = (at: readonly number[]) => `${field}${at.map((i) => `[${i}]`).join("")}`;

  return {
    /** The one object of `kind`, parsed; null when it is absent (an issue if required), repeated or invalid. */
    one<T extends object>(kind: Kind<T>): Found<T> | null {
      const [first, ...repeats] = entries.filter((e) => kind.is(e.object));
      for (const e of [first, ...repeats]) if (e) claimed.add(e.object);
      if (!first) {
        if (kind.required) report(`no ${kind.name}; ${kind.rule}`, []);
        return null;
      }
      for (const repeat of repeats) {
        report(`a second ${kind.name} (the first is ${shown(first.at)}); ${kind.rule}`, repeat.at);
      }
      const parsed = kind.schema.safeParse(first.object);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) report(issue.message, [...first.at, ...issue.path]);
      }
      if (!parsed.success || repeats.length > 0) return null;
      return { ...parsed.data, path: [field, ...first.at] };
    },
    /** Hands every object no `one` call claimed to `check`, which returns why it is refused, or null to skip it. */
    rest(check: (object: TypedObject) => string | null): void {
      for (const { object, at } of entries) {
        const refusal = claimed.has(object) ? null : check(object);
        if (refusal !== null) report(refusal, at);
      }
    },
    /** Whether any issue was reported. */
    get failed(): boolean {
      return failed;
    },
  };
}
