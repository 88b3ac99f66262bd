// The reader's own notes at 1,000: a reader's browser holding 1,000 notes (short passages of 2 to 7 words, spread
// evenly over the real article, so they overlap each other and the editorial quotes), loaded in Chromium on a
// desktop screen. Timed in the page from the notes code's own User Timing marks (src/features/notes/notes-adapter.ts):
// reading the records from IndexedDB, validating and anchoring them, then drawing them: until a frame has been
// painted with all 1,000 marked in the text. The baseline is the same page with 10 notes, in the same run.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "@playwright/test";
import { seedNotes } from "../../e2e/fixtures/notes-seed";
import { quoteFromRange } from "../../src/lib/notes/from-selection";
import { toAnnotation } from "../../src/lib/notes/w3c";
import { withPlaywright } from "./chromium";
import { median, ms, times } from "./figures";
import type { Context, Section } from "./section";
import { root, withServer } from "./site";

const LOADS = 9;
const GOAL_MS = 100;
const DESKTOP = { viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" } as const;

interface Article {
  id: string;
  paragraphs: string[];
}

/** `count` notes as the page stores them: every third with a note, the rest bare highlights. */
export function syntheticNotes(article: Article, count: number): Record<string, unknown>[] {
  const text = article.paragraphs.join("\n\n");
  const words = [...text.matchAll(/\S+/g)].map((m) => m.index);
  const last = words.length - 8;
  return Array.from({ length: count }, (_, i) => {
    const first = Math.min(last, Math.floor((i * words.length) / count));
    const start = words[first] ?? 0;
    const end = (words[first + 2 + (i % 6)] ?? text.length) - 1;
    const found = quoteFromRange(text, { start, end });
    if (!found) throw new Error(`no words at ${start}–${end}`);
    const stamp = "2024-05-01T12:00:00.000Z";
    const note = {
      id: `note-${i.toString(16).padStart(12, "0")}`,
      ...found,
      text: i % 3 === 0 ? `Note ${i}.` : "",
      created: stamp,
      modified: stamp,
    };
    return toAnnotation(note, article.id) as unknown as Record<string, unknown>;
  });
}

/** One load's figures, in ms. */
interface NotesTiming {
  /** Reading the records from IndexedDB, validating and anchoring them (notes:start → notes:loaded). */
  load: number;
  /** From then until a frame has been painted with every note marked in the text. */
  draw: number;
}

async function measure(
  browser: Browser,
  url: string,
  records: Record<string, unknown>[],
): Promise<NotesTiming> {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.goto(url);
  await seedNotes(page, records);
  await page.addInitScript({ content: "globalThis.__name ??= (fn) => fn;" });
  await page.addInitScript((count) => {
    const done = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (document.querySelectorAll("mark[data-note][data-label]").length < count) return;
        observer.disconnect();
        // A frame after this one has been painted: setTimeout from requestAnimationFrame runs after the paint.
        requestAnimationFrame(() =>
          setTimeout(() => {
            resolve(performance.now());
          }),
        );
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    (window as unknown as { __notesDrawn: Promise<number> }).__notesDrawn = done;
  }, records.length);
  await page.reload();
  const timing = await page.evaluate(async () => {
    const drawn = await (window as unknown as { __notesDrawn: Promise<number> }).__notesDrawn;
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
    return { load: at("notes:loaded") - at("notes:start"), draw: drawn - at("notes:loaded") };
  });
  await context.close();
  return timing;
}

async function run(context: Context): Promise<void> {
  const dist = await context.dist();
  const article = JSON.parse(
    readFileSync(join(root, "src/content/articles/stoltenberg-war-of-attrition/article.json"), "utf8"),
  ) as Article;
  const counts = [10, 1000];
  const results = await withServer(dist, (url) =>
    withPlaywright(async (browser) => {
      context.print(
        `Chromium ${browser.version()}, ${DESKTOP.viewport.width}×${DESKTOP.viewport.height}, CPU not slowed; medians of ${LOADS} fresh loads, each with the notes already in IndexedDB.`,
      );
      const out = new Map<number, NotesTiming[]>(counts.map((n) => [n, []]));
      // Interleaved, so a busy moment on the machine falls on both sizes alike.
      for (let i = 0; i < LOADS; i++) {
        for (const count of counts)
          out.get(count)?.push(await measure(browser, url, syntheticNotes(article, count)));
      }
      return out;
    }),
  );
  const summary = (count: number) => {
    const runs = results.get(count) ?? [];
    const load = median(runs.map((r) => r.load));
    const draw = median(runs.map((r) => r.draw));
    return { load, draw, total: median(runs.map((r) => r.load + r.draw)) };
  };
  const base = summary(counts[0] ?? 10);
  const big = summary(counts[1] ?? 1000);
  context.print(
    `  10 notes: read, validate and anchor ${ms(base.load)}; draw and paint ${ms(base.draw)}; total ${ms(base.total)}`,
  );
  context.print(
    `  1,000 notes: read, validate and anchor ${ms(big.load)}; draw and paint ${ms(big.draw)}; total ${ms(big.total)} (${times(big.total / base.total)} the 10-note figure)`,
  );
  context.print(
    `  goal ≤ ${GOAL_MS} ms for 1,000: ${big.total <= GOAL_MS ? "met" : `MISSED by ${ms(big.total - GOAL_MS)}`}`,
  );
}

export const section: Section = {
  title: "Own notes at 1,000",
  run,
  hint: "`npm run bench -- notes` runs this section alone; if no mark appears, check that the notes chunk loads (e2e/notes.spec.ts) and that the seeded records still parse (src/lib/notes/parse.ts)",
};
