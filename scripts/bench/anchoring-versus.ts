// `npx tsx scripts/bench/anchoring-versus.ts <commit>`: the anchoring of this working tree against that of another
// commit, in one run, on the robustness bench's 1 MB synthetic trial and the article at 20% word edits. Runs
// alternate (theirs, ours, theirs, …) and are timed in CPU time, so a busy machine slows both alike; each figure is
// a median with the ratio's 90% bootstrap interval. Not part of `npm run bench`: it answers "did this change cost
// speed?" for one change.
import { execSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { anchorQuote } from "../../src/lib/anchoring";
import { median, ms, ratioInterval } from "./figures";
import { articleTrials, syntheticTrial, tally, type Trial } from "./robustness-trials";
import type { SyntheticQuote } from "./synthetic-text";

type AnchorQuote = typeof anchorQuote;

const commit = process.argv[2];
if (!commit) throw new Error("usage: npx tsx scripts/bench/anchoring-versus.ts <commit>");
const root = new URL("../../", import.meta.url).pathname;
// Inside node_modules, so the old code's own imports (approx-string-match) resolve as they do for ours.
const dir = join(root, "node_modules", ".cache", "anchoring-versus", commit.replace(/[^\w.-]/g, "_"));
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
execSync(
  `git archive ${JSON.stringify(commit)} src/lib/anchoring src/lib/plural.ts src/lib/text-range.ts | tar -x -C ${JSON.stringify(dir)}`,
  { cwd: root },
);
const old = (await import(pathToFileURL(join(dir, "src/lib/anchoring/index.ts")).href)) as {
  anchorQuote: AnchorQuote;
};

const anchor = (f: AnchorQuote) => (text: string, q: SyntheticQuote) => {
  const result = f(text, q.selector, q.hint);
  return result.ok ? result : null;
};

/** CPU milliseconds (user + system) of one tally. */
function cpu(trials: readonly Trial[], f: AnchorQuote): { time: number; counts: string } {
  const start = process.cpuUsage();
  const { right, wrong, orphan } = tally(trials, anchor(f));
  const used = process.cpuUsage(start);
  return { time: (used.user + used.system) / 1000, counts: `${right} / ${wrong} / ${orphan}` };
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(", ");
console.log(`this tree against ${commit}; load average ${load()} (1, 5, 15 min)`);
console.log(
  "| trial | right / wrong / orphan: theirs, ours | CPU time: theirs, ours | ours / theirs (90% interval) |",
);
console.log("|---|---|---|---|");
const trials: [string, Trial[], number][] = [
  ["1 MB text, 300 quotes, 5% word edits", [syntheticTrial(1_000_000, 300, 0.05)], 11],
  ["the article at 20% word edits, 1,000 quotes", articleTrials(0.2), 7],
];
for (const [name, trial, runs] of trials) {
  // Warm-up: JIT and approx-string-match's tables for both.
  cpu(trial, old.anchorQuote);
  cpu(trial, anchorQuote);
  const theirs: number[] = [];
  const ours: number[] = [];
  let counts = ["", ""];
  for (let i = 0; i < runs; i++) {
    const a = cpu(trial, old.anchorQuote);
    const b = cpu(trial, anchorQuote);
    theirs.push(a.time);
    ours.push(b.time);
    counts = [a.counts, b.counts];
  }
  const [low, high] = ratioInterval(ours, theirs);
  const ratio = median(ours) / median(theirs);
  console.log(
    `| ${name} | ${counts.join(", ")} | ${ms(median(theirs))}, ${ms(median(ours))} (median of ${runs}) | ${ratio.toFixed(2)}× (${low.toFixed(2)}–${high.toFixed(2)}) |`,
  );
}
console.log(`load average now ${load()}`);
