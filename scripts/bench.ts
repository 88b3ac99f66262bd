/**
 * `npm run bench`: the performance figures in one run (see README): first-load budgets, Lighthouse on the reader
 * and on a plain HTML page of the article, anchoring at scale and rendering at scale. Not part of `npm test`.
 * Exits 1 if a section fails or a budget is exceeded, after printing everything it could measure.
 */
import { rmSync } from "node:fs";
import { measureFirstLoad, withinBudgets } from "./bench/budgets";
import { buildInto } from "./bench/site";

/** One section of the report: its title and how to produce its lines. */
interface Section {
  /** The heading printed above the section. */
  title: string;
  /** Produces the section's lines. */
  run: (dist: string) => Promise<string[]>;
}

// Each section is loaded only when it runs, so one that fails to load cannot stop the others.
const sections: Section[] = [
  { title: "Budgets", run: async (dist) => (await import("./bench/budgets")).run(dist) },
  {
    title: "Lighthouse: reader vs plain HTML",
    run: async (dist) => (await import("./bench/lighthouse")).run(dist),
  },
  { title: "Anchoring at scale", run: async () => (await import("./bench/anchoring")).run() },
  { title: "Rendering at scale", run: async () => (await import("./bench/render")).run() },
];

const started = performance.now();
console.log(`npm run bench — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
// One production build (prerendered, as `npm run build` makes it) serves the budget and Lighthouse sections.
const dist = await buildInto("site");
let failed = false;
try {
  for (const section of sections) {
    console.log(`\n## ${section.title}`);
    const sectionStart = performance.now();
    try {
      for (const line of await section.run(dist)) console.log(line);
    } catch (error) {
      failed = true;
      console.log(`  FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    console.log(`  (${((performance.now() - sectionStart) / 1000).toFixed(0)} s)`);
  }
  if (!withinBudgets(measureFirstLoad(dist))) failed = true;
} finally {
  rmSync(dist, { recursive: true, force: true });
}
console.log(
  `\nDone in ${((performance.now() - started) / 1000).toFixed(0)} s${failed ? " — with failures (see above)" : ""}.`,
);
if (failed) process.exitCode = 1;
