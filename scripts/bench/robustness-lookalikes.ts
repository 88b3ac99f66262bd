// The lookalike table of the robustness benchmark: ours and Hypothesis's algorithm on the cases of
// lookalike-trials.ts, in the same run as the word-edit table.
import { lookalikeCases, type LookalikeCase } from "./lookalike-trials";
import { judge, type Outcome, type Tally } from "./robustness-trials";
import type { Anchor } from "./robustness";

/** Outcomes of one case, with the range of the share placed wrongly over the placements tried. */
export interface CaseResult {
  counts: Tally;
  /** The least and greatest share of the quotes tried at one placement that were placed wrongly (0–1). */
  perPlacement: { least: number; most: number };
}

export function runCase(c: LookalikeCase, anchor: Anchor): CaseResult {
  const counts: Tally = { right: 0, wrong: 0, orphan: 0 };
  const wrong = new Map<number, { wrong: number; of: number }>();
  for (const trial of c.trials) {
    const [quote] = trial.quotes;
    const [expected] = trial.expected;
    if (!quote || !expected) continue;
    const outcome: Outcome = judge(anchor(trial.text, quote), expected);
    counts[outcome]++;
    const at = wrong.get(trial.placement) ?? { wrong: 0, of: 0 };
    wrong.set(trial.placement, { wrong: at.wrong + (outcome === "wrong" ? 1 : 0), of: at.of + 1 });
  }
  const shares = [...wrong.values()].map((p) => p.wrong / p.of);
  return { counts, perPlacement: { least: Math.min(...shares), most: Math.max(...shares) } };
}

const percent = (share: number) => `${Math.round(100 * share)}%`;

/** "132 / **218** (33–71% per placement)" for a deleted passage, "350 / **0** / 0" for one that must be found. */
function cell(c: LookalikeCase, { counts, perPlacement: { least, most } }: CaseResult): string {
  const spread = least === most ? percent(least) : `${percent(least)}–${percent(most)}`;
  return c.mustFind
    ? `${counts.right} / **${counts.wrong}** / ${counts.orphan}`
    : `${counts.orphan} / **${counts.wrong}** (${spread} per placement)`;
}

/** How many trials of `c` get their copy offered as "a similar passage elsewhere" by `offers`. */
export function offeredCopies(c: LookalikeCase, offers: Anchor): number {
  return c.trials.filter((trial) => {
    const [quote] = trial.quotes;
    return quote && trial.copy && judge(offers(trial.text, quote), trial.copy) === "right";
  }).length;
}

export function printLookalikes(
  print: (...lines: string[]) => void,
  { ours, hypothesis, oursOffers }: { ours: Anchor; hypothesis: Anchor; oursOffers: Anchor },
): void {
  print(
    "",
    "Lookalikes (scripts/bench/lookalike-trials.ts): each of the 25 quotes with 32 characters of context and its position as the hint, in the article with the passage deleted and a copy put elsewhere (only “not found” is right), or with the passage still there (it must be found). Every placement away from the passage is tried: a new paragraph before each paragraph not beside the passage's own, or the end of each paragraph but the passage's own and the one before it (which ends where the passage began). The other speaker is written for the test: “In a later statement, officials said: …”.",
    "",
    " Deleted passage: not found / **wrong** (the share wrong at each placement, least–most); must be found: right / **wrong** / not found. Offered: how often ours, finding no passage, names the copy as “a similar passage elsewhere” (never shown as the passage).",
    "",
    "| case | trials | ours | Hypothesis | ours offers the copy |",
    "|---|---|---|---|---|",
  );
  for (const c of lookalikeCases()) {
    const a = runCase(c, ours);
    const b = runCase(c, hypothesis);
    const answer = c.mustFind ? "must be found" : "deleted";
    const offered = c.mustFind ? "" : String(offeredCopies(c, oursOffers));
    print(`| ${c.name} (${answer}) | ${c.trials.length} | ${cell(c, a)} | ${cell(c, b)} | ${offered} |`);
  }
}
