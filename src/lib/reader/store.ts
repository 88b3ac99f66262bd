import type { ReaderModel } from "../content-model/types";
import type { PassageSelector } from "../deep-link";
import type { reduceNotes } from "../notes/reduce";
import {
  initialNotesState,
  notesUnavailable,
  type NotesAction,
  type NotesEffect,
  type NotesState,
} from "../notes/state";
import { createSubscribers } from "../subscribers";
import { reduce } from "./reduce";
import { initialReaderState, type ReaderAction, type ReaderEffect, type ReaderState } from "./state";

type EffectOf<T extends ReaderEffect["type"]> = Extract<ReaderEffect, { type: T }>;

/** A DOM effect waiting for the feature that performs it; `seq` is new for every request, even a repeated one. */
export type Request<T extends ReaderEffect["type"]> = EffectOf<T> & { seq: number };

/** The latest request for each effect that a component performs itself after rendering. */
export interface ReaderRequests {
  scroll: Request<"scroll-article"> | null;
  reveal: Request<"reveal-claim"> | null;
  focusToggle: Request<"focus-claims-toggle"> | null;
  focusArticle: Request<"focus-article"> | null;
}

/** What components read. Each part keeps its identity until it changes, so a component can read just its part. */
export interface ReaderSnapshot {
  state: ReaderState;
  requests: ReaderRequests;
  notes: NotesState;
}

/** Every command the controller takes: the reader's, and those about the reader's own notes. */
export type ControllerAction = ReaderAction | NotesAction;

/** Effects performed by adapters outside the store (the URL, the page's preferences, the notes' storage). */
export type OutsideEffect = EffectOf<"write-url" | "keep-quiet"> | Exclude<NotesEffect, { type: "reader" }>;
type Handler<T extends OutsideEffect["type"]> = (effect: Extract<OutsideEffect, { type: T }>) => void;

export type ReaderStore = ReturnType<typeof createReaderStore>;

const isNotesAction = (action: ControllerAction): action is NotesAction => action.type.startsWith("notes/");

/**
 * The reader controller, wired: holds both halves' state for `useSyncExternalStore` and runs every action through
 * its reducer (src/lib/reader/reduce.ts, src/lib/notes/reduce.ts); the commands each half sends the other run in the
 * same dispatch, in order. The notes' half is code only some visits need: it loads with the first command about
 * notes, and the commands given meanwhile run in order once it is here. Outside effects go synchronously to the adapter registered for them (so none is lost
 * when React batches renders), or wait for it (the notes' storage adapter arrives with its code); each DOM effect
 * becomes the latest request of its kind, which the component concerned performs once per `seq`.
 */
export function createReaderStore(
  model: ReaderModel,
  initial: ReaderState = initialReaderState,
  initialNotes: NotesState = initialNotesState,
) {
  const subscribers = createSubscribers();
  const handlers = new Map<OutsideEffect["type"], (effect: OutsideEffect) => void>();
  const waiting: OutsideEffect[] = [];
  let seq = 0;
  let notesReducer: typeof reduceNotes | null = null;
  let notesLoading = false;
  const heldNotes: NotesAction[] = [];
  let snapshot: ReaderSnapshot = {
    state: initial,
    requests: { scroll: null, reveal: null, focusToggle: null, focusArticle: null },
    notes: initialNotes,
  };

  function dispatch(first: ControllerAction): void {
    let { state, requests, notes } = snapshot;
    const outside: OutsideEffect[] = [];
    const queue: ControllerAction[] = [first];
    for (let action = queue.shift(); action; action = queue.shift()) {
      if (isNotesAction(action)) {
        if (!notesReducer) {
          heldNotes.push(action);
          loadNotes();
          continue;
        }
        const t = notesReducer(notes, action, model.text);
        notes = t.state;
        for (const effect of t.effects) {
          if (effect.type === "reader") queue.push(effect.action);
          else outside.push(effect);
        }
        continue;
      }
      const t = reduce(state, action, model);
      state = t.state;
      for (const effect of t.effects) {
        seq += 1;
        if (effect.type === "notes") queue.push(effect.action);
        else if (effect.type === "resolve-passage") resolve(effect.passage);
        else if (effect.type === "write-url" || effect.type === "keep-quiet") outside.push(effect);
        else if (effect.type === "scroll-article") requests = { ...requests, scroll: { ...effect, seq } };
        else if (effect.type === "reveal-claim") requests = { ...requests, reveal: { ...effect, seq } };
        else if (effect.type === "focus-article")
          requests = { ...requests, focusArticle: { ...effect, seq } };
        else requests = { ...requests, focusToggle: { ...effect, seq } };
      }
    }
    const same = state === snapshot.state && notes === snapshot.notes && requests === snapshot.requests;
    if (same && outside.length === 0) return;
    snapshot = { state, requests, notes };
    for (const effect of outside) perform(effect);
    subscribers.emit();
  }

  function perform(effect: OutsideEffect): void {
    const handler = handlers.get(effect.type);
    if (handler) handler(effect);
    else waiting.push(effect);
  }

  function loadNotes(): void {
    if (notesLoading) return;
    notesLoading = true;
    import("../notes/reduce").then(
      (module) => {
        notesReducer = module.reduceNotes;
        for (const action of heldNotes.splice(0)) dispatch(action);
      },
      (error: unknown) => {
        console.error("The notes' code could not be loaded.", error);
        notesLoading = false;
        heldNotes.length = 0;
        snapshot = { ...snapshot, notes: notesUnavailable(snapshot.notes) };
        subscribers.emit();
      },
    );
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
    /**
     * Registers the one adapter that performs effects of `type` (effects given before it came are performed now,
     * in order); returns its removal.
     */
    on<T extends OutsideEffect["type"]>(type: T, handler: Handler<T>): () => void {
      const perform = handler as (effect: OutsideEffect) => void;
      handlers.set(type, perform);
      const due = waiting.filter((effect) => effect.type === type);
      waiting.splice(0, waiting.length, ...waiting.filter((effect) => effect.type !== type));
      for (const effect of due) perform(effect);
      return () => {
        if (handlers.get(type) === perform) handlers.delete(type);
      };
    },
  };
}
