// The card fonts: Source Serif 4 and Source Sans 3 (SIL Open Font License), read from their Fontsource packages in
// node_modules as buffers. Never fetched: the build runs without network. WOFF, which satori reads (not WOFF2).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Font } from "satori";

const require = createRequire(import.meta.url);

/** The families the card layout names: each subset is a family of its own, so a glyph missing in Latin is found in
 * Latin Extended (satori picks one face per family, then falls back along the `font-family` list). */
export const SERIF = "'Source Serif 4', 'Source Serif 4 Extended'";
export const SANS = "'Source Sans 3', 'Source Sans 3 Extended'";

const faces = [
  {
    family: "Source Serif 4",
    pkg: "@fontsource/source-serif-4",
    file: "source-serif-4",
    weight: 400,
    style: "normal",
  },
  {
    family: "Source Serif 4",
    pkg: "@fontsource/source-serif-4",
    file: "source-serif-4",
    weight: 400,
    style: "italic",
  },
  {
    family: "Source Sans 3",
    pkg: "@fontsource/source-sans-3",
    file: "source-sans-3",
    weight: 600,
    style: "normal",
  },
] as const;
// Latin first; Latin Extended covers names such as Łódź or Zelenskyy's transliterations with diacritics.
const subsets = [
  { name: "latin", family: "" },
  { name: "latin-ext", family: " Extended" },
] as const;

let loaded: Font[] | undefined;

/** Every face the cards use, loaded once per process. */
export function cardFonts(): Font[] {
  loaded ??= faces.flatMap((face) =>
    subsets.map((subset) => {
      const dir = join(dirname(require.resolve(`${face.pkg}/package.json`)), "files");
      const data = readFileSync(join(dir, `${face.file}-${subset.name}-${face.weight}-${face.style}.woff`));
      return { name: face.family + subset.family, data, weight: face.weight, style: face.style };
    }),
  );
  return loaded;
}
