import { resolve } from "node:path";
import { runnerImport, type Plugin } from "vite";
import type * as AssembleModule from "../src/lib/content-model/assemble-model.ts";
import type * as CompiledModule from "../src/lib/content-model/compiled-collection.ts";
import type * as MapStylesheetModule from "../src/lib/theme-map/map-stylesheet.ts";
import { compileCollection, runnerOptions } from "./vite-plugin-content.ts";

/** The stylesheet the theme map imports (src/features/theme-map): every tick's place, from the content. */
export const THEME_MAP_CSS_ID = "virtual:theme-map.css";
const resolvedId = `\0${THEME_MAP_CSS_ID}`;

/**
 * Computes the theme map's tick positions and lanes when the app is built (and on every dev reload) and serves them as CSS
 * rules, so the prerendered map is drawn in place at first paint with no script and no `style` attribute (the
 * CSP allows none). Invalid content gives an empty stylesheet: the page shows the content errors instead.
 */
export function themeMapStyles(): Plugin {
  let root = process.cwd();
  return {
    name: "annotated-reader:theme-map-styles",
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === THEME_MAP_CSS_ID ? resolvedId : null;
    },
    async load(id) {
      if (id !== resolvedId) return null;
      const collection = await compileCollection(root, (path) => {
        this.addWatchFile(path);
      });
      if (!collection.ok) return "";
      const lib = (path: string) => resolve(root, "src/lib", path);
      const [{ module: assemble }, { module: compiled }, { module: css }] = await Promise.all([
        runnerImport<typeof AssembleModule>(lib("content-model/assemble-model.ts"), runnerOptions(root)),
        runnerImport<typeof CompiledModule>(lib("content-model/compiled-collection.ts"), runnerOptions(root)),
        runnerImport<typeof MapStylesheetModule>(lib("theme-map/map-stylesheet.ts"), runnerOptions(root)),
      ]);
      // The map of the article the page shows.
      const loaded = assemble.loadCompiledContent(compiled.shownArticle(collection));
      if (!loaded.ok) return "";
      const { model } = loaded;
      const places = css.mapPlaces(model);
      return css.tickStylesheet(places, css.mapLayouts(places));
    },
  };
}
