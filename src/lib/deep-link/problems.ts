import type { LinkPart, LinkProblem, PassageMatch } from "./types";

const partLabels: Record<LinkPart, string> = {
  theme: "theme",
  quote: "quote",
  passage: "passage",
  query: "query (the part after “?”)",
  fragment: "fragment (the part after “#”)",
};

// Control and format characters (including bidi overrides) could disguise an echoed value; drop them.
const invisible = /[\p{Cc}\p{Cf}]/gu;

/** A value from a URL made safe to echo as plain text: invisible characters removed, shortened to `max`. */
export function displaySafe(value: string, max = 40): string {
  const visible = value.replace(invisible, " ").replace(/\s+/g, " ").trim();
  const chars = Array.from(visible);
  return chars.length <= max ? visible : `${chars.slice(0, max - 1).join("")}…`;
}

/** The link names a theme the article does not have, in its query or (`from` "path") as a theme page's path. */
export function unknownTheme(id: string, from: "link" | "path" = "link"): LinkProblem {
  const safe = displaySafe(id);
  return {
    kind: "unknown-theme",
    id: safe,
    fromPath: from === "path",
    message: `This link asks for a theme, “${safe}”, that this article does not have.`,
  };
}

/** The path is not a page of this reader. Never echoed: a host sends any path it cannot find here. */
export function unknownPage(): LinkProblem {
  return { kind: "unknown-page", message: "There is no page of this reader at this address." };
}

/** The link names a quote the article does not have, in its fragment or (`from` "path") as a quote page's path. */
export function unknownQuote(id: string, from: "link" | "path" = "link"): LinkProblem {
  const safe = displaySafe(id);
  return {
    kind: "unknown-quote",
    id: safe,
    fromPath: from === "path",
    message: `This link points to a quote, “${safe}”, that this article does not have.`,
  };
}

/**
 * The link's passage no longer anchors in the article text; `similarElsewhere` when a passage like it stands in
 * another context (other words around it, away from where the link's passage was), which is not shown.
 */
export function passageNotFound(exact: string, similarElsewhere = false): LinkProblem {
  const excerpt = displaySafe(exact, 60);
  const missing = `The passage this link points to (“${excerpt}”) could not be found in the article`;
  return {
    kind: "passage-not-found",
    excerpt,
    similarElsewhere,
    message: similarElsewhere
      ? `${missing}. A similar passage appears elsewhere, in another context, so it is not shown as the linked one.`
      : `${missing}; the text may have changed.`,
  };
}

/** The link's passage was found with its text changed; the closest match is shown. */
export function passageChanged(exact: string, match: Exclude<PassageMatch, "exact">): LinkProblem {
  const excerpt = displaySafe(exact, 60);
  return {
    kind: "passage-changed",
    match,
    excerpt,
    message:
      match === "close"
        ? `A few characters differ from the link’s “${excerpt}”.`
        : `The closest match to the link’s “${excerpt}” is highlighted.`,
  };
}

/** True when the problem is that the address itself is no page of the reader (the host served its 404 page). */
export function isPageNotFound(problem: LinkProblem): boolean {
  return (
    problem.kind === "unknown-page" ||
    ((problem.kind === "unknown-quote" || problem.kind === "unknown-theme") && problem.fromPath)
  );
}

/** True for what could not be followed; false for a passage shown with a change to report. */
export function notFollowed(problem: LinkProblem): boolean {
  return problem.kind !== "passage-changed";
}

/** A part of the link is not in the expected form; `detail` says how, in plain words. */
export function malformed(part: LinkPart, detail: string): LinkProblem {
  return {
    kind: "malformed",
    part,
    message: `The ${partLabels[part]} of this link could not be read: ${detail}.`,
  };
}

/** A part of the link is absurdly long and was ignored unread. */
export function tooLong(part: LinkPart, length: number, max: number): LinkProblem {
  return {
    kind: "too-long",
    part,
    message: `The ${partLabels[part]} of this link is ${length} characters long, more than the ${max} any link to this page needs, so it was ignored.`,
  };
}

/** The query has parameters the reader does not use; lists at most a few names. */
export function unexpectedParameters(names: readonly string[]): LinkProblem {
  const shown = names.slice(0, 3).map((name) => `“${displaySafe(name, 24)}”`);
  const more = names.length > shown.length ? ` and ${names.length - shown.length} more` : "";
  const noun = names.length === 1 ? "a parameter" : "parameters";
  return {
    kind: "unexpected-parameter",
    names: names.slice(0, 3).map((name) => displaySafe(name, 24)),
    message: `This link has ${noun} this page does not use (${shown.join(", ")}${more}); ignored.`,
  };
}

/** A parameter appears more than once; the first value wins. */
export function duplicateParameter(name: string): LinkProblem {
  return {
    kind: "duplicate-parameter",
    name,
    message: `This link gives “${name}” more than once; the first one was used.`,
  };
}
