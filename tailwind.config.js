// The real theme: loaded by `@config` in src/index.css. Colours are chosen for WCAG AA contrast
// of body text on each highlight, in light and dark schemes.
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
        // Highlight palette: `soft` behind text, `edge` for the underline and swatch.
        hl: {
          amber: { soft: "#fbe7b5", edge: "#a15c00", "soft-dark": "#4a3810", "edge-dark": "#f0b54a" },
          sky: { soft: "#cfe6fb", edge: "#1c5fa8", "soft-dark": "#173a5c", "edge-dark": "#7fbaf5" },
          rose: { soft: "#f9d4dc", edge: "#a8283f", "soft-dark": "#5a1f2b", "edge-dark": "#f28ea0" },
          green: { soft: "#d3efd3", edge: "#2b6e2b", "soft-dark": "#1d4220", "edge-dark": "#84d184" },
          violet: { soft: "#e5dcfa", edge: "#5b3ea8", "soft-dark": "#362659", "edge-dark": "#bba5f5" },
          teal: { soft: "#cdeeea", edge: "#106b63", "soft-dark": "#133f3b", "edge-dark": "#6fd3c8" },
          orange: { soft: "#fddcc4", edge: "#a3450c", "soft-dark": "#4f2a12", "edge-dark": "#f5a06a" },
          slate: { soft: "#e0e4ea", edge: "#3f4b5e", "soft-dark": "#2c3340", "edge-dark": "#aab6c8" },
        },
      },
    },
  },
};
