// `npm run bench [-- <section> …]`: the figures of docs/performance.md, in one run (or only the
// sections whose titles contain the words given). Not part of `npm test`. Prints every section even when one fails,
// then exits 1 if a section failed or a size exceeded its enforced budget; a goal not yet met is reported, not failed.
import { cpus, loadavg, tmpdir } from "node:os";
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { section as anchoring } from "./bench/anchoring";
import { section as briefing } from "./bench/briefing";
import { section as interactions } from "./bench/interactions";
import { section as lighthouse } from "./bench/lighthouse";
import { section as pages } from "./bench/pages";
import { section as notes } from "./bench/notes";
import { section as phone } from "./bench/phone";
import { section as rendering } from "./bench/render";
import { section as robustness } from "./bench/robustness";
import type { Context, Section } from "./bench/section";
import { build } from "./bench/site";
import { section as sizes } from "./bench/sizes";

const all: Section[] = [
  sizes,
  lighthouse,
  phone,
  interactions,
  anchoring,
  robustness,
  rendering,
  briefing,
  pages,
  notes,
];
const wanted = process.argv.slice(2).map((word) => word.toLowerCase());
const sections = all.filter(
  (s) => wanted.length === 0 || wanted.some((w) => s.title.toLowerCase().includes(w)),
);
if (sections.length === 0) {
  throw new Error(
    `no section's title contains ${wanted.join(" or ")}: ${all.map((s) => s.title).join("; ")}`,
  );
}

const failures: string[] = [];
const work = mkdtempSync(join(tmpdir(), "reader-bench-"));
let built: Promise<string> | undefined;
const context: Context = {
  // One production build for every section that needs it, made when the first one asks.
  dist: () =>
    (built ??= Promise.resolve().then(() => {
      build(join(work, "dist"));
      return join(work, "dist");
    })),
  print: (line) => {
    console.log(line);
  },
  warn: (message) => {
    console.log(`  warning: ${message}`);
  },
  fail: (reason) => failures.push(reason),
};

// Timings depend on what else the machine runs: the load is printed before and after.
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(", ");
const started = performance.now();
console.log(
  `npm run bench — Node ${process.version}, ${cpus().length} cores, load average ${load()} (1, 5, 15 min), ${new Date().toISOString().slice(0, 16)}Z`,
);
try {
  for (const section of sections) {
    console.log(`\n## ${section.title}`);
    const sectionStart = performance.now();
    try {
      await section.run(context);
    } catch (error) {
      failures.push(section.title);
      console.log(`  FAILED: ${error instanceof Error ? error.message : String(error)}`);
      console.log(`  What to do: ${section.hint}`);
    }
    console.log(`  (${((performance.now() - sectionStart) / 1000).toFixed(0)} s)`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(`\nDone in ${seconds} s${failures.length > 0 ? `; failed: ${failures.join("; ")}` : ""}.`);
console.log(`Load average now ${load()}.`);
if (failures.length > 0) process.exitCode = 1;
