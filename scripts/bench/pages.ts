// What the quote and theme pages and their cards cost the build: the full build against the same build that
// prerenders `/` alone and draws no card (READER_PAGES=home, what the build did before pages existed), interleaved.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { kB, median } from "./figures";
import type { Context, Section } from "./section";
import { build } from "./site";

const ROUNDS = 3;
/** Issue 9's goal for the extra build time, stated for the 25 quote cards; the build draws the themes' too. */
const EXTRA_GOAL_S = 10;

function timedBuild(dist: string, env: Record<string, string>): number {
  const started = performance.now();
  build(dist, undefined, env);
  return (performance.now() - started) / 1000;
}

/** Every file under `dir` whose name is `name`, with its size. */
function filesNamed(dir: string, name: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((path) => path.split("/").at(-1) === name)
    .map((path) => ({ path: relative(dir, join(dir, path)), bytes: statSync(join(dir, path)).size }));
}

function run(context: Context): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "reader-bench-pages-"));
  try {
    const home: number[] = [];
    const full: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      home.push(timedBuild(join(work, `home-${i}`), { READER_PAGES: "home" }));
      full.push(timedBuild(join(work, `full-${i}`), {}));
    }
    const site = join(work, `full-${ROUNDS - 1}`);
    const pages = filesNamed(site, "index.html").length + filesNamed(site, "404.html").length;
    const cards = filesNamed(site, "card.png").sort((a, b) => a.bytes - b.bytes);
    const quoteCards = cards.filter((c) => c.path.startsWith("q/")).length;
    const png = readFileSync(join(site, "card.png"));
    const extra = median(full) - median(home);
    const seconds = (values: number[]) => values.map((v) => v.toFixed(1)).join(", ");
    context.print(
      `vite build into a fresh folder, ${ROUNDS} rounds interleaved, wall time including Vite's own client and server builds.`,
    );
    context.print(
      `  \`/\` only, no card (READER_PAGES=home): median ${median(home).toFixed(1)} s (${seconds(home)})`,
    );
    context.print(
      `  every page (${pages}) and card (${cards.length}: the article, ${cards.length - 1 - quoteCards} themes, ${quoteCards} quotes): median ${median(full).toFixed(1)} s (${seconds(full)})`,
    );
    context.print(
      `  extra for the pages and cards: ${extra.toFixed(1)} s (goal ≤ ${EXTRA_GOAL_S} s for the 25 quote cards; here ${cards.length} cards) — ${extra <= EXTRA_GOAL_S ? "met" : "MISSED"}`,
    );
    const sizes = cards.map((c) => c.bytes);
    context.print(
      `  cards: ${png.readUInt32BE(16)}×${png.readUInt32BE(20)} PNG, ${kB(sizes[0] ?? 0)} to ${kB(sizes.at(-1) ?? 0)} (median ${kB(median(sizes))}); largest ${cards.at(-1)?.path ?? "?"}; limit 300 kB`,
    );
    if ((sizes.at(-1) ?? 0) > 300_000) context.fail("a card is over 300 kB");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return Promise.resolve();
}

export const section: Section = {
  title: "Pages and cards: build time",
  run,
  hint: "run `npm run build` alone and read its error; `READER_PAGES=home npm run build` builds without the pages and cards; then `npm run bench -- cards` runs this section alone",
};
