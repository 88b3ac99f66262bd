// Small builders the reader reducer's cases share.
import type { ActiveTarget, ReaderEffect, ReaderState, Transition } from "./state";

export const NONE: ActiveTarget = { kind: "none" };

export function scrollTo(
  target: Extract<ActiveTarget, { kind: "quote" | "passage" | "note" }>,
  state: ReaderState,
): Extract<ReaderEffect, { type: "scroll-article" }> {
  return { type: "scroll-article", target, placement: state.narrow ? "top" : "center" };
}

export function stay(state: ReaderState): Transition {
  return { state, effects: [] };
}
