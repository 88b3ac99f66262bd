import { describe, expect, it } from "vitest";
import { buildReaderModel } from "../content-model/build-reader-model";
import article from "../content-model/fixtures/mini-article.json";
import annotations from "../content-model/fixtures/mini-annotations.json";
import themes from "../content-model/fixtures/mini-themes.json";
import { buildHref, passageFromRange, type PassageSelector } from "../deep-link";
import { resolvePassage } from "../deep-link/resolve-passage";
import { reduce } from "./reduce";
import { locationOf } from "./selectors";
import { initialReaderState, type ReaderAction, type ReaderEffect, type ReaderState } from "./state";

// Mini article, reading order: attrition-main-challenge, attrition-logistics (the two overlap; claim "attrition"),
// production-working-hard, production-continue (claim "production"), negotiations (claim "negotiations").
const built = buildReaderModel(article, themes, annotations);
if (!built.ok) throw new Error("the mini fixture must be valid content");
const model = built.model;

const quote = (quoteId: string) => ({ kind: "quote", quoteId }) as const;
const none = { kind: "none" } as const;
const url = (href: string) => {
  const hash = href.indexOf("#");
  const beforeHash = hash === -1 ? href : href.slice(0, hash);
  const query = beforeHash.indexOf("?");
  return { search: query === -1 ? "" : beforeHash.slice(query), hash: hash === -1 ? "" : href.slice(hash) };
};
/** A quote or theme page's URL: its path, with no query or fragment. */
const page = (path: string) => ({ path, search: "", hash: "" });
const push = (href: string) => ({ type: "write-url", mode: "push", href }) as const;
const replace = (href: string) => ({ type: "write-url", mode: "replace", href }) as const;
const scroll = (quoteId: string, placement: "center" | "top" = "center") =>
  ({ type: "scroll-article", target: quote(quoteId), placement }) as const;
/** Shows a quote without making it active, scrolling only if it is not in view already (theme focus). */
const show = (quoteId: string, placement: "center" | "top" = "center") =>
  ({ ...scroll(quoteId, placement), ifHidden: true }) as const;
const reveal = (claimId: string) => ({ type: "reveal-claim", claimId }) as const;
const note = (noteId: string) => ({ kind: "note", noteId }) as const;
const revealNote = (noteId: string) => ({ type: "notes", action: { type: "notes/shown", noteId } }) as const;

/** Effects with URL writes shown as hrefs, so the table reads like the address bar. */
function readable(effects: readonly ReaderEffect[]) {
  return effects.map((e) =>
    e.type === "write-url" ? { type: e.type, mode: e.mode, href: buildHref(e.location) } : e,
  );
}

function run(start: Partial<ReaderState>, ...actions: ReaderAction[]) {
  let state: ReaderState = { ...initialReaderState, ...start };
  let effects: ReaderEffect[] = [];
  for (const action of actions) ({ state, effects } = reduce(state, action, model));
  return { state, effects: readable(effects), href: buildHref(locationOf(state)) };
}

// A link made before the article's "production" was mistyped in it: the passage changed a little since.
const linked = "working hard ramping up production";
const linkedAt = model.text.indexOf(linked);
const madeBefore = passageFromRange(model.text, linkedAt, linkedAt + linked.length);
if (!madeBefore) throw new Error("fixture");
const changedLink = buildHref({
  theme: null,
  quote: null,
  passage: { ...madeBefore, exact: "working hard ramping up productoin" },
});
const changedPassage = { ...madeBefore, exact: "working hard ramping up productoin" };
const changedTarget = {
  kind: "passage",
  passage: changedPassage,
  range: { start: linkedAt, end: linkedAt + linked.length },
  match: "close",
} as const;
/** The answer the store gives once the anchoring code has looked for `passage`. */
const resolved = (passage: PassageSelector): ReaderAction => ({
  type: "passage-resolved",
  passage,
  resolved: resolvePassage(model.text, passage),
});

type Row = [
  name: string,
  start: Partial<ReaderState>,
  actions: ReaderAction[],
  state: Partial<ReaderState>,
  effects: unknown[],
];

const rows: Row[] = [
  [
    "a claim activates its first quote, pushes its link and scrolls the article to it",
    {},
    [{ type: "claim-chosen", claimId: "production" }],
    { target: quote("production-working-hard") },
    [push("/#production-working-hard"), scroll("production-working-hard"), reveal("production")],
  ],
  [
    "the same claim again moves to its next quote, in reading order, and wraps",
    { target: quote("production-continue") },
    [{ type: "claim-chosen", claimId: "production" }],
    { target: quote("production-working-hard") },
    [push("/#production-working-hard"), scroll("production-working-hard"), reveal("production")],
  ],
  [
    "clicking a quote in the article does not scroll the article, but keeps its claim in view",
    {},
    [{ type: "quote-clicked", quoteId: "negotiations" }],
    { target: quote("negotiations"), claimsOpen: false },
    [push("/#negotiations"), reveal("negotiations")],
  ],
  [
    "clicking the already-active quote writes no history entry (Back then leaves the quote)",
    { target: quote("negotiations") },
    [{ type: "quote-clicked", quoteId: "negotiations" }],
    { target: quote("negotiations") },
    [reveal("negotiations")],
  ],
  [
    "on a phone, tapping a quote opens the claims sheet and scrolls the quote above it",
    { narrow: true },
    [{ type: "quote-clicked", quoteId: "negotiations" }],
    { claimsOpen: true },
    [push("/#negotiations"), scroll("negotiations", "top"), reveal("negotiations")],
  ],
  [
    "a quote outside the focused theme clears the theme, so its claim is not hidden",
    { theme: "production-ramp-up" },
    [{ type: "quote-clicked", quoteId: "negotiations" }],
    { theme: null, target: quote("negotiations") },
    [push("/#negotiations"), reveal("negotiations")],
  ],
  [
    "a quote inside the focused theme keeps the theme",
    { theme: "production-ramp-up" },
    [{ type: "claim-chosen", claimId: "production" }],
    { theme: "production-ramp-up" },
    [
      push("/?theme=production-ramp-up#production-working-hard"),
      scroll("production-working-hard"),
      reveal("production"),
    ],
  ],
  [
    "j starts at the first quote and pushes one entry",
    {},
    [{ type: "quote-stepped", direction: 1 }],
    { target: quote("attrition-main-challenge"), stepping: true },
    [push("/#attrition-main-challenge"), scroll("attrition-main-challenge"), reveal("attrition")],
  ],
  [
    "a run of j replaces the entry the run pushed",
    {},
    [
      { type: "quote-stepped", direction: 1 },
      { type: "quote-stepped", direction: 1 },
      { type: "quote-stepped", direction: 1 },
    ],
    { target: quote("production-working-hard") },
    [replace("/#production-working-hard"), scroll("production-working-hard"), reveal("production")],
  ],
  [
    "k from nothing wraps to the last quote",
    {},
    [{ type: "quote-stepped", direction: -1 }],
    { target: quote("negotiations") },
    [push("/#negotiations"), scroll("negotiations"), reveal("negotiations")],
  ],
  [
    "j within a focused theme skips the other themes' quotes and wraps inside the theme",
    { theme: "production-ramp-up", target: quote("production-continue") },
    [{ type: "quote-stepped", direction: 1 }],
    { theme: "production-ramp-up", target: quote("production-working-hard") },
    [
      push("/?theme=production-ramp-up#production-working-hard"),
      scroll("production-working-hard"),
      reveal("production"),
    ],
  ],
  [
    "j from a quote outside the focused theme goes to the theme's next quote after it in the text",
    { theme: "negotiations", target: quote("attrition-logistics") },
    [{ type: "quote-stepped", direction: 1 }],
    { theme: "negotiations", target: quote("negotiations") },
    [push("/?theme=negotiations#negotiations"), scroll("negotiations"), reveal("negotiations")],
  ],
  [
    "a click after a run of j pushes again",
    {},
    [
      { type: "quote-stepped", direction: 1 },
      { type: "claim-chosen", claimId: "negotiations" },
    ],
    { stepping: false },
    [push("/#negotiations"), scroll("negotiations"), reveal("negotiations")],
  ],
  [
    "] focuses the first theme, drops the active quote and shows the theme's first quote",
    { target: quote("negotiations") },
    [{ type: "theme-stepped", direction: 1 }],
    { theme: "war-of-attrition", target: none },
    [push("/?theme=war-of-attrition"), show("attrition-main-challenge")],
  ],
  [
    "[ from the first theme wraps to the last and shows its first quote",
    { theme: "war-of-attrition" },
    [{ type: "theme-stepped", direction: -1 }],
    { theme: "negotiations" },
    [push("/?theme=negotiations"), show("negotiations")],
  ],
  [
    "] mid-article shows the theme's first quote after the reader's place, not its first",
    {},
    [{ type: "theme-stepped", direction: 1, at: model.quoteById.get("attrition-logistics")?.start ?? -1 }],
    { theme: "war-of-attrition", target: none },
    [push("/?theme=war-of-attrition"), show("attrition-logistics")],
  ],
  [
    "a chip past the theme's last quote shows its first quote",
    {},
    [{ type: "theme-focused", themeId: "production-ramp-up", at: model.text.length }],
    { theme: "production-ramp-up" },
    [push("/?theme=production-ramp-up"), show("production-working-hard")],
  ],
  [
    "on a phone, the theme's quote is shown at the top, above the claims sheet",
    { narrow: true, claimsOpen: true },
    [{ type: "theme-focused", themeId: "negotiations", at: 0 }],
    { theme: "negotiations", claimsOpen: true },
    [push("/?theme=negotiations"), show("negotiations", "top")],
  ],
  [
    "focusing the active quote's theme keeps the quote and shows it",
    { target: quote("negotiations") },
    [{ type: "theme-focused", themeId: "negotiations" }],
    { theme: "negotiations", target: quote("negotiations") },
    [push("/?theme=negotiations#negotiations"), show("negotiations")],
  ],
  [
    "focusing another theme drops the quote; clearing the theme pushes again and scrolls nowhere",
    { target: quote("negotiations") },
    [
      { type: "theme-focused", themeId: "war-of-attrition" },
      { type: "theme-focused", themeId: null },
    ],
    { theme: null, target: none },
    [push("/")],
  ],
  [
    "j with nothing active starts from the reader's place",
    {},
    [
      {
        type: "quote-stepped",
        direction: 1,
        at: model.quoteById.get("production-working-hard")?.start ?? -1,
      },
    ],
    { target: quote("production-working-hard") },
    [push("/#production-working-hard"), scroll("production-working-hard"), reveal("production")],
  ],
  [
    "a theme-map tick activates its quote like a click, and scrolls the article to it",
    {},
    [{ type: "map-tick-chosen", quoteId: "negotiations" }],
    { target: quote("negotiations"), claimsOpen: false },
    [push("/#negotiations"), scroll("negotiations"), reveal("negotiations")],
  ],
  [
    "a theme-map tick outside the focused theme shows all themes again",
    { theme: "production-ramp-up" },
    [{ type: "map-tick-chosen", quoteId: "attrition-logistics" }],
    { theme: null, target: quote("attrition-logistics") },
    [push("/#attrition-logistics"), scroll("attrition-logistics"), reveal("attrition")],
  ],
  [
    "on a phone, a theme-map tick opens the claims sheet at half height, the quote above it",
    { narrow: true, claimsOpen: true, sheet: "full" },
    [{ type: "map-tick-chosen", quoteId: "negotiations" }],
    { claimsOpen: true, sheet: "half" },
    [push("/#negotiations"), scroll("negotiations", "top"), reveal("negotiations")],
  ],
  [
    "Escape clears the theme and the quote",
    { theme: "negotiations", target: quote("negotiations") },
    [{ type: "cleared" }],
    { theme: null, target: none },
    [push("/")],
  ],
  ["Escape with nothing to clear does nothing", {}, [{ type: "cleared" }], {}, []],
  [
    "Escape on a phone closes the open claims sheet first and returns focus to its button",
    { narrow: true, claimsOpen: true, target: quote("negotiations") },
    [{ type: "cleared" }],
    { claimsOpen: false, target: quote("negotiations") },
    [{ type: "focus-claims-toggle" }],
  ],
  [
    "reader keys do nothing while the shortcuts dialog is open",
    { helpOpen: true },
    [{ type: "quote-stepped", direction: 1 }, { type: "theme-stepped", direction: 1 }, { type: "cleared" }],
    { target: none, theme: null },
    [],
  ],
  [
    "a quote link on load activates the quote, scrolls to it and shows its claim, writing nothing",
    {},
    [{ type: "link-followed", url: url("/?theme=war-of-attrition#attrition-logistics") }],
    { theme: "war-of-attrition", target: quote("attrition-logistics"), problems: [] },
    [scroll("attrition-logistics"), reveal("attrition")],
  ],
  [
    "a quote link on a phone opens the claims sheet",
    { narrow: true },
    [{ type: "link-followed", url: url("/#negotiations") }],
    { claimsOpen: true },
    [scroll("negotiations", "top"), reveal("negotiations")],
  ],
  [
    "Back after a run of j is a link followed: the reader returns to where the run began, and j pushes anew",
    {},
    [
      { type: "link-followed", url: url("/#production-continue") },
      { type: "quote-stepped", direction: 1 },
      { type: "quote-stepped", direction: 1 },
      { type: "link-followed", url: url("/#production-continue") },
    ],
    { target: quote("production-continue"), stepping: false },
    [scroll("production-continue"), reveal("production")],
  ],
  [
    "Back after clicking the active quote goes to the entry before it",
    {},
    [
      { type: "link-followed", url: url("/#attrition-logistics") },
      { type: "claim-chosen", claimId: "negotiations" },
      { type: "quote-clicked", quoteId: "negotiations" },
      { type: "link-followed", url: url("/#attrition-logistics") },
    ],
    { target: quote("attrition-logistics") },
    [scroll("attrition-logistics"), reveal("attrition")],
  ],
  [
    "a link that cannot be followed keeps what it can and lists the rest",
    {},
    [{ type: "link-followed", url: url("/?theme=negotiations#no-such-quote") }],
    { theme: "negotiations", target: none, problems: [expect.objectContaining({ kind: "unknown-quote" })] },
    [],
  ],
  [
    "dismissing the notice rewrites the URL to what was followed",
    {},
    [{ type: "link-followed", url: url("/?theme=negotiations#no-such-quote") }, { type: "notice-dismissed" }],
    { problems: [] },
    [replace("/?theme=negotiations")],
  ],
  [
    "a quote page activates its quote, scrolls to it and shows its claim, as its /#link does",
    {},
    [{ type: "link-followed", url: page("/q/attrition-logistics/") }],
    { theme: null, target: quote("attrition-logistics"), problems: [] },
    [scroll("attrition-logistics"), reveal("attrition")],
  ],
  [
    "leaving a quote page writes the root link of where the reader goes",
    {},
    [
      { type: "link-followed", url: page("/q/attrition-logistics/") },
      { type: "claim-chosen", claimId: "negotiations" },
    ],
    { target: quote("negotiations") },
    [push("/#negotiations"), scroll("negotiations"), reveal("negotiations")],
  ],
  [
    "a path that is no page (the host's 404 page) shows the whole article with a notice; dismissing it writes /",
    {},
    [{ type: "link-followed", url: page("/q/no-such-quote/") }, { type: "notice-dismissed" }],
    { target: none, problems: [] },
    [replace("/")],
  ],
  [
    "a passage link: the passage is looked for (the anchoring code loads on demand)",
    {},
    [{ type: "link-followed", url: url(changedLink) }],
    { target: { kind: "passage-pending", passage: changedPassage }, problems: [] },
    [{ type: "resolve-passage", passage: changedPassage }],
  ],
  [
    "a passage whose text changed since the link was made: the closest match, with a notice that it changed",
    {},
    [{ type: "link-followed", url: url(changedLink) }, resolved(changedPassage)],
    {
      target: changedTarget,
      problems: [expect.objectContaining({ kind: "passage-changed", match: "close" })],
    },
    [{ type: "scroll-article", target: changedTarget, placement: "center" }],
  ],
  [
    "on a phone too, the passage is centred, below the notice pinned under the header",
    { narrow: true },
    [{ type: "link-followed", url: url(changedLink) }, resolved(changedPassage)],
    { target: changedTarget, claimsOpen: false },
    [{ type: "scroll-article", target: changedTarget, placement: "center" }],
  ],
  [
    "a passage found after the reader moved on changes nothing",
    {},
    [{ type: "link-followed", url: url(changedLink) }, { type: "cleared" }, resolved(changedPassage)],
    { target: none, problems: [] },
    [],
  ],
  [
    "dismissing a changed-passage notice keeps the passage",
    {},
    [
      { type: "link-followed", url: url(changedLink) },
      resolved(changedPassage),
      { type: "notice-dismissed" },
    ],
    { target: changedTarget, problems: [] },
    [replace(changedLink)],
  ],
  [
    "a passage that is only white space is refused with a notice",
    {},
    [{ type: "link-followed", url: url("/#passage=0-3~,%0A%0A,") }],
    { target: none, problems: [expect.objectContaining({ kind: "malformed", part: "passage" })] },
    [],
  ],
  [
    "navigating away from a broken link writes a clean one and drops the notice",
    {},
    [
      { type: "link-followed", url: url("/?page=2") },
      { type: "theme-stepped", direction: 1 },
    ],
    { problems: [] },
    [push("/?theme=war-of-attrition"), show("attrition-main-challenge")],
  ],
  [
    "hovering a quote and a claim records both previews, without effects",
    {},
    [
      { type: "quote-hovered", quoteId: "negotiations" },
      { type: "claim-hovered", claimId: "production" },
    ],
    { hover: { quoteId: "negotiations", claimId: "production" } },
    [],
  ],
  [
    "focus leaving a claim keeps the preview of the claim the pointer entered meanwhile",
    {},
    [
      { type: "claim-hovered", claimId: "production" },
      { type: "claim-left", claimId: "negotiations" },
    ],
    { hover: { quoteId: null, claimId: "production" } },
    [],
  ],
  [
    "leaving the previewed claim ends its preview",
    {},
    [
      { type: "claim-hovered", claimId: "production" },
      { type: "claim-left", claimId: "production" },
    ],
    { hover: { quoteId: null, claimId: null } },
    [],
  ],
  [
    "opening the claims sheet keeps the active claim in view",
    { narrow: true, target: quote("negotiations") },
    [{ type: "claims-toggled" }],
    { claimsOpen: true },
    [reveal("negotiations")],
  ],
  [
    "the claims sheet's handle snaps it to full height and back, without effects",
    { narrow: true, claimsOpen: true },
    [{ type: "claims-resized", size: "full" }],
    { sheet: "full" },
    [],
  ],
  [
    "choosing a claim in a full-height sheet drops it to half, so the quote shows above it",
    { narrow: true, claimsOpen: true, sheet: "full" },
    [{ type: "claim-chosen", claimId: "negotiations" }],
    { claimsOpen: true, sheet: "half" },
    [push("/#negotiations"), scroll("negotiations", "top"), reveal("negotiations")],
  ],
  [
    "the claims sheet opens at half height whatever size it had",
    { narrow: true, sheet: "full" },
    [{ type: "claims-toggled" }],
    { claimsOpen: true, sheet: "half" },
    [],
  ],
  [
    "closing the claims sheet returns focus to its button",
    { narrow: true, claimsOpen: true },
    [{ type: "claims-closed" }],
    { claimsOpen: false },
    [{ type: "focus-claims-toggle" }],
  ],
  [
    "choosing a note in Your notes makes it active, scrolls the article to it and keeps it in view in the list",
    {},
    [{ type: "note-chosen", noteId: "note-1" }],
    { target: note("note-1"), claimsOpen: false },
    [{ type: "scroll-article", target: note("note-1"), placement: "center" }, revealNote("note-1")],
  ],
  [
    "a note's link is the article's: choosing one after a quote pushes the URL without the quote, keeping the theme",
    { theme: "negotiations", target: quote("negotiations") },
    [{ type: "note-chosen", noteId: "note-1" }],
    { theme: "negotiations", target: note("note-1") },
    [
      push("/?theme=negotiations"),
      { type: "scroll-article", target: note("note-1"), placement: "center" },
      revealNote("note-1"),
    ],
  ],
  [
    "clicking one's own highlight does not scroll the article, but shows its note in the list",
    {},
    [{ type: "note-clicked", noteId: "note-1" }],
    { target: note("note-1"), claimsOpen: false },
    [revealNote("note-1")],
  ],
  [
    "on a phone, tapping one's own highlight opens the sheet (Your notes is in it) and scrolls above it",
    { narrow: true },
    [{ type: "note-clicked", noteId: "note-1" }],
    { target: note("note-1"), claimsOpen: true },
    [{ type: "scroll-article", target: note("note-1"), placement: "top" }, revealNote("note-1")],
  ],
  [
    "deleting the active note leaves nothing active, without a history entry",
    { target: note("note-1") },
    [{ type: "note-removed", noteId: "note-1" }],
    { target: none },
    [],
  ],
  [
    "deleting another note leaves the active target alone",
    { target: quote("negotiations") },
    [{ type: "note-removed", noteId: "note-1" }],
    { target: quote("negotiations") },
    [],
  ],
  [
    "j from an active note starts at the first quote",
    { target: note("note-1") },
    [{ type: "quote-stepped", direction: 1 }],
    { target: quote("attrition-main-challenge") },
    [push("/#attrition-main-challenge"), scroll("attrition-main-challenge"), reveal("attrition")],
  ],
  ["Escape clears an active note", { target: note("note-1") }, [{ type: "cleared" }], { target: none }, []],
  [
    "a notes command that leaves focus nowhere useful gives it back to the article",
    { target: note("note-1") },
    [{ type: "article-refocused" }],
    { target: note("note-1") },
    [{ type: "focus-article" }],
  ],
  [
    "q (or Hide highlights) hides every highlight and remembers the choice",
    {},
    [{ type: "quiet-toggled" }],
    { quiet: true },
    [{ type: "keep-quiet", on: true }],
  ],
  [
    "the stored choice, read once the page is live, is state without an effect",
    {},
    [{ type: "preferences-read", quiet: true }],
    { quiet: true },
    [],
  ],
  [
    "Escape closes the shortcuts dialog, and only that (also before its code has arrived)",
    { helpOpen: true, theme: "war-of-attrition", target: quote("negotiations") },
    [{ type: "cleared" }],
    { helpOpen: false, theme: "war-of-attrition", target: quote("negotiations") },
    [],
  ],
  [
    "q does nothing behind the shortcuts dialog",
    { helpOpen: true },
    [{ type: "quiet-toggled" }],
    { quiet: false },
    [],
  ],
  [
    "the layout and the shortcuts dialog are plain state",
    {},
    [
      { type: "layout-changed", narrow: true },
      { type: "help-toggled", open: true },
    ],
    { narrow: true, helpOpen: true },
    [],
  ],
];

describe("reduce", () => {
  it.each(rows)("%s", (_name, start, actions, state, effects) => {
    const result = run(start, ...actions);
    expect(result.state).toMatchObject(state);
    expect(result.effects).toEqual(effects);
  });

  it("a passage link activates the passage where it anchors now and scrolls to it", () => {
    const text = model.text;
    const exact = "working hard ramping up production";
    const start = text.indexOf(exact);
    const passage = passageFromRange(text, start, start + exact.length);
    if (!passage) throw new Error("fixture");
    const { state, effects } = run(
      {},
      { type: "link-followed", url: url(buildHref({ theme: null, quote: null, passage })) },
      resolved(passage),
    );
    const target = { kind: "passage", passage, range: { start, end: start + exact.length }, match: "exact" };
    expect(state.target).toEqual(target);
    expect(effects).toEqual([{ type: "scroll-article", target, placement: "center" }]);
    // A claim then replaces the passage in the URL.
    const next = reduce(state, { type: "claim-chosen", claimId: "negotiations" }, model);
    expect(readable(next.effects)[0]).toEqual(push("/#negotiations"));
  });

  it("a passage link that no longer anchors shows the article with a notice", () => {
    const passage = {
      hint: { start: 0, end: 5 },
      prefix: "",
      exact: "sunny weather",
      exactEnd: null,
      suffix: "",
    };
    const { state, effects } = run(
      {},
      { type: "link-followed", url: url(buildHref({ theme: null, quote: null, passage })) },
      resolved(passage),
    );
    expect(state.target).toEqual(none);
    expect(state.problems).toEqual([expect.objectContaining({ kind: "passage-not-found" })]);
    expect(effects).toEqual([]);
  });

  it("covers every action type", () => {
    const covered = new Set(rows.flatMap(([, , actions]) => actions.map((a) => a.type)));
    const all: ReaderAction["type"][] = [
      "claim-chosen",
      "quote-clicked",
      "quote-stepped",
      "theme-stepped",
      "theme-focused",
      "cleared",
      "link-followed",
      "passage-resolved",
      "notice-dismissed",
      "quote-hovered",
      "claim-hovered",
      "claim-left",
      "claims-toggled",
      "claims-closed",
      "claims-resized",
      "map-tick-chosen",
      "help-toggled",
      "layout-changed",
      "note-chosen",
      "note-clicked",
      "note-removed",
      "article-refocused",
      "quiet-toggled",
      "preferences-read",
    ];
    expect([...covered].sort()).toEqual([...all].sort());
  });
});
