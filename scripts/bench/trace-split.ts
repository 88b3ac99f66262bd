// Where an interaction's time went, from a Chromium trace (categories devtools.timeline): the interaction's own
// Event Timing entries say how long it took (input to the next paint, unrounded, short ones included, which the
// PerformanceObserver leaves out under 16 ms), and the renderer main thread's tasks in that window say on what.
// The same names DevTools' Performance panel groups as Scripting, Rendering (style and layout) and Painting.

/** One trace event, as Chromium writes it (`ts` and `dur` in µs). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown> };
}

/**
 * `otherTask`: main-thread work under no named category; `untraced`: the rest of the window, when no traced task
 * runs on the main thread (waiting for the frame, the compositor, task overhead the category does not record).
 */
export type Part = "script" | "styleLayout" | "paint" | "otherTask" | "untraced";

/** One interaction's worst event and its window's main-thread time by part, in ms. */
export interface InteractionSplit {
  /** The event type that took longest (keydown, pointerup, click…). */
  event: string;
  /** From its input's timestamp to the next paint. */
  duration: number;
  parts: Record<Part, number>;
}

const PARTS: [Part, RegExp][] = [
  [
    "script",
    /^(EventDispatch|FunctionCall|EvaluateScript|v8\.\w+|V8\.\w+|TimerFire|FireAnimationFrame|FireIdleCallback|RunMicrotasks|XHRReadyStateChange|GCEvent|MajorGC|MinorGC|CppGC\.\w+)$/,
  ],
  [
    "styleLayout",
    /^(UpdateLayoutTree|RecalculateStyles|Layout|ComputeIntersections|IntersectionObserverController::computeIntersections|HitTest)$/,
  ],
  [
    "paint",
    /^(PrePaint|Paint|PaintImage|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|Decode Image|Animation)$/,
  ],
];

function partOf(name: string): Part | null {
  return PARTS.find(([, pattern]) => pattern.test(name))?.[0] ?? null;
}

interface Node {
  name: string;
  start: number;
  end: number;
  children: Node[];
}

/** The complete events of one thread as a tree, by containment. */
function tree(events: readonly TraceEvent[]): Node[] {
  const sorted = events
    .filter((e) => e.ph === "X" && e.dur !== undefined)
    .map((e) => ({ name: e.name, start: e.ts, end: e.ts + (e.dur ?? 0), children: [] as Node[] }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const node of sorted) {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= node.start) stack.pop();
    const parent = stack.at(-1);
    if (parent && node.end <= parent.end) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}

/** Adds each node's self time inside [from, to] to its part (or its nearest classified ancestor's). */
function addSelfTime(nodes: Node[], inherited: Part, from: number, to: number, parts: Record<Part, number>) {
  const overlap = (start: number, end: number) => Math.max(0, Math.min(end, to) - Math.max(start, from));
  for (const node of nodes) {
    const part = partOf(node.name) ?? inherited;
    let self = overlap(node.start, node.end);
    for (const child of node.children) self -= overlap(child.start, child.end);
    parts[part] += self;
    addSelfTime(node.children, part, from, to, parts);
  }
}

/** The worst event of the interaction traced in `events`, and how its window's time divides. */
export function splitInteraction(events: readonly TraceEvent[]): InteractionSplit | null {
  const timings = events.filter(
    (e) => e.name === "EventTiming" && e.ph === "b" && Number(e.args?.data?.interactionId ?? 0) > 0,
  );
  const worst = timings.reduce<TraceEvent | null>(
    (a, b) => (a && Number(a.args?.data?.duration) >= Number(b.args?.data?.duration) ? a : b),
    null,
  );
  if (!worst) return null;
  const duration = Number(worst.args?.data?.duration);
  // Its input's timestamp is the event's own start: the window is that long from the trace's `ts`.
  const from = worst.ts;
  const to = from + duration * 1000;
  // The renderer main thread: where the events were dispatched.
  const dispatch = events.find(
    (e) => e.name === "EventDispatch" && e.ts <= to && e.ts + (e.dur ?? 0) >= from,
  );
  const main = events.filter((e) => dispatch && e.pid === dispatch.pid && e.tid === dispatch.tid);
  const parts: Record<Part, number> = { script: 0, styleLayout: 0, paint: 0, otherTask: 0, untraced: 0 };
  addSelfTime(tree(main), "otherTask", from, to, parts);
  const busy = parts.script + parts.styleLayout + parts.paint + parts.otherTask;
  parts.untraced = Math.max(0, to - from - busy);
  for (const key of Object.keys(parts) as Part[]) parts[key] /= 1000;
  const type = worst.args?.data?.type;
  return { event: typeof type === "string" ? type : "?", duration, parts };
}
