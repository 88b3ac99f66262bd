import type { ReaderModel } from "../content-model/types";
import type { PassageSelector } from "../deep-link";
import { createSubscribers } from "../subscribers";
import { reduce } from "./reduce";
import { initialReaderState, type ReaderAction, type ReaderEffect, type ReaderState } from "./state";

type EffectOf<T extends ReaderEffect["type"]> = Extract<ReaderEffect, { type: T }>;

/** A DOM effect waiting for the feature that performs it; `seq` is new for every request, even a repeated one. */
export type Request<T extends ReaderEffect["type"]> = EffectOf<T> & { seq: number };

/** What components read: the state, and the latest request for each effect that a feature performs itself. */
export interface ReaderSnapshot {
  state: ReaderState;
  requests: {
    scroll: Request<"scroll-article"> | null;
    reveal: Request<"reveal-claim"> | null;
    focusToggle: Request<"focus-claims-toggle"> | null;
    revealNote: Request<"reveal-note"> | null;
  };
}

export type ReaderStore = ReturnType<typeof createReaderStore>;

/**
 * Holds the reader's state for `useSyncExternalStore` and runs every action through `reduce`. URL writes go
 * synchronously to the registered writer (so none is lost when React batches renders); each DOM effect becomes the
 * latest request of its kind, which the feature concerned performs once per `seq` after rendering.
 */
export function createReaderStore(model: ReaderModel, initial: ReaderState = initialReaderState) {
  const subscribers = createSubscribers();
  const urlWriters = new Set<(effect: EffectOf<"write-url">) => void>();
  let seq = 0;
  let snapshot: ReaderSnapshot = {
    state: initial,
    requests: { scroll: null, reveal: null, focusToggle: null, revealNote: null },
  };

  function dispatch(action: ReaderAction): void {
    const { state, effects } = reduce(snapshot.state, action, model);
    if (state === snapshot.state && effects.length === 0) return;
    const requests = { ...snapshot.requests };
    for (const effect of effects) {
      seq += 1;
      if (effect.type === "resolve-passage") resolve(effect.passage);
      else if (effect.type === "write-url") for (const write of urlWriters) write(effect);
      else if (effect.type === "scroll-article") requests.scroll = { ...effect, seq };
      else if (effect.type === "reveal-claim") requests.reveal = { ...effect, seq };
      else if (effect.type === "reveal-note") requests.revealNote = { ...effect, seq };
      else requests.focusToggle = { ...effect, seq };
    }
    snapshot = { state, requests };
    subscribers.emit();
  }

  // The anchoring code (approximate matching included) is needed only for passage links: it loads on demand,
  // in its own chunk, and answers with an action like any other input.
  function resolve(passage: PassageSelector): void {
    void import("../deep-link/resolve-passage").then(({ resolvePassage }) => {
      dispatch({ type: "passage-resolved", passage, resolved: resolvePassage(model.text, passage) });
    });
  }

  return {
    dispatch,
    getSnapshot: (): ReaderSnapshot => snapshot,
    subscribe: subscribers.subscribe,
    /** Registers the one adapter that writes the URL; returns its removal. */
    onUrlWrite(write: (effect: EffectOf<"write-url">) => void): () => void {
      urlWriters.add(write);
      return () => {
        urlWriters.delete(write);
      };
    },
  };
}
