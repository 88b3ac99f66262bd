// The build's card step: every card of the site, laid out, drawn and written next to its page.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { ReaderModel } from "../../src/lib/content-model/types";
import { cardPath, cardSpecs } from "./card-spec.ts";
import { cardPng, layoutCard } from "./render-card.ts";

/** One card written. */
export interface WrittenCard {
  /** Site path of the PNG. */
  path: string;
  bytes: number;
  /** The size its main text was set at, px. */
  mainSize: number;
}

/** Writes every card into `outDir` (the built site) and returns what was written; throws on the first bad card. */
export async function writeCards(model: ReaderModel, outDir: string): Promise<WrittenCard[]> {
  const written: WrittenCard[] = [];
  for (const spec of cardSpecs(model)) {
    const card = await layoutCard(spec);
    const png = cardPng(card, spec.subject);
    const path = cardPath(spec.page);
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, png);
    written.push({ path, bytes: png.length, mainSize: card.mainSize });
  }
  return written;
}
