// The real theme: loaded by `@config` in src/index.css. Colours are chosen for WCAG AA contrast
// of body text on each highlight, in light and dark schemes.
import palette from "./src/lib/theme-palette-colours.json" with { type: "json" };

/** @type {import('tailwindcss').Config} */
export default {
  darkMode: "media",
  theme: {
    extend: {
      fontFamily: {
        serif: ['"Iowan Old Style"', '"Palatino Linotype"', "Palatino", "Georgia", "serif"],
        sans: ["system-ui", "-apple-system", '"Segoe UI"', "Roboto", "sans-serif"],
      },
      maxWidth: {
        measure: "68ch",
      },
      colors: {
        paper: { DEFAULT: "#fdfcf9", dark: "#16181d" },
        ink: { DEFAULT: "#1d1f24", muted: "#4a4f59", dark: "#e9e6df", "muted-dark": "#b4b0a8" },
        rule: { DEFAULT: "#d9d4ca", dark: "#3a3e47" },
        accent: { DEFAULT: "#1f4fa3", dark: "#9cc0ff" },
        // Highlight palette: `soft` behind text, `edge` for the underline, swatch and map tick. The colours are data,
        // chosen and checked by src/lib/theme-palette.test.ts (distinct under colour-vision deficiencies, AA contrast).
        hl: palette,
      },
    },
  },
};
