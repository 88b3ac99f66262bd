// The real theme: loaded by `@config` in src/index.css. Colours are chosen for WCAG AA contrast
// of body text on each highlight, in light and dark schemes.
import palette from "./src/lib/theme-palette-colours.json" with { type: "json" };

const accent = { DEFAULT: "#1f4fa3", dark: "#9cc0ff" };
const dark = "@media (prefers-color-scheme: dark)";

/**
 * `.hl-<name>`: a theme palette colour as variables for both schemes: `--edge` (underline, swatch, map tick),
 * `--soft` (the tint of a quote in full colour) and `--shape` (a clip-path, the cue that is not colour). One small
 * rule per colour, read by src/index.css and the classes in src/lib/theme-palette.ts, instead of a utility per
 * colour, state and scheme. The colours are data (src/lib/theme-palette-colours.json), chosen and checked by
 * src/lib/theme-palette.test.ts: distinct under colour-vision deficiencies, AA contrast on the page.
 */
function paletteVariables({ addUtilities }) {
  const rules = {
    // A linked passage: the accent colour, in the same variables.
    ".hl-passage": {
      "--edge": accent.DEFAULT,
      "--soft": `color-mix(in srgb, ${accent.DEFAULT} 15%, transparent)`,
      [dark]: { "--edge": accent.dark, "--soft": `color-mix(in srgb, ${accent.dark} 20%, transparent)` },
    },
  };
  for (const [name, c] of Object.entries(palette)) {
    rules[`.hl-${name}`] = {
      "--edge": c.edge,
      "--soft": c.soft,
      "--shape": c.shape,
      [dark]: { "--edge": c["edge-dark"], "--soft": c["soft-dark"] },
    };
  }
  addUtilities(rules);
}

/** @type {import('tailwindcss').Config} */
export default {
  darkMode: "media",
  theme: {
    extend: {
      fontFamily: {
        // Every family a device lacks costs a font lookup per weight and style before first paint (a synchronous
        // call to the browser process on Linux, ~0.3 ms each). Iowan (Apple) then Georgia (Apple, Windows) cover
        // the desktops; Android and most Linux fall to their serif either way, after two more misses for Palatino.
        serif: ['"Iowan Old Style"', "Georgia", "serif"],
        sans: ["system-ui", "-apple-system", '"Segoe UI"', "Roboto", "sans-serif"],
      },
      maxWidth: {
        measure: "68ch",
      },
      colors: {
        paper: { DEFAULT: "#fdfcf9", dark: "#16181d" },
        ink: { DEFAULT: "#1d1f24", muted: "#4a4f59", dark: "#e9e6df", "muted-dark": "#b4b0a8" },
        rule: { DEFAULT: "#d9d4ca", dark: "#3a3e47" },
        accent,
      },
    },
  },
  plugins: [paletteVariables],
};
