import { resolve } from "node:path";
import { runnerImport, type Plugin } from "vite";
import type * as ContentModelModule from "../src/lib/content-model/index.ts";
import type { CompiledCollection } from "../src/lib/content-model/index.ts";
import { readContentDir } from "./content-files.ts";

/** The module the app imports the article it shows from (typed in src/content/virtual-content.d.ts). */
export const CONTENT_MODULE_ID = "virtual:reader-content";
/** The same article without the texts a prerendered page shows (src/lib/content-model/page-texts.ts). */
export const PAGE_CONTENT_MODULE_ID = "virtual:reader-content/page";
/** Every article and the theme vocabulary: what the build's pages are listed from. */
export const COLLECTION_MODULE_ID = "virtual:reader-content/collection";
const modules = [CONTENT_MODULE_ID, PAGE_CONTENT_MODULE_ID, COLLECTION_MODULE_ID];

type ContentModel = typeof ContentModelModule;

/**
 * Validates and anchors the content folder (src/content: themes.json and articles/<slug>/) when the app is built
 * (and on every dev reload), and hands the app the result as JSON: the browser never loads zod or the anchoring
 * code for the content, yet invalid content still reaches the page as the precise list of errors that the error
 * page shows. A page ships only the article it shows; the collection goes to the build's own pages and cards.
 */
export function readerContent(): Plugin {
  let root = process.cwd();
  return {
    name: "annotated-reader:content",
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return modules.includes(id) ? `\0${id}` : null;
    },
    async load(id) {
      const which = modules.find((m) => id === `\0${m}`);
      if (which === undefined) return null;
      const model = await contentModel(root);
      const compiled = await compileCollection(
        root,
        (path) => {
          this.addWatchFile(path);
        },
        model,
      );
      if (!compiled.ok && which === CONTENT_MODULE_ID) {
        const list = compiled.errors.map((e) => `  ${model.formatContentError(e)}`).join("\n");
        this.warn(
          `the content files are invalid; the page will show this list instead of the article:\n${list}`,
        );
      }
      const shown = model.shownArticle(compiled);
      const shipped =
        which === COLLECTION_MODULE_ID
          ? compiled
          : which === PAGE_CONTENT_MODULE_ID
            ? model.withoutPageTexts(shown)
            : shown;
      // A string parsed once is faster to load than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(shipped))});`;
    },
  };
}

/** src/lib/content-model, loaded through Vite (see `runnerOptions`). */
async function contentModel(root: string): Promise<ContentModel> {
  const path = resolve(root, "src/lib/content-model/index.ts");
  return (await runnerImport<ContentModel>(path, runnerOptions(root))).module;
}

/** Loaded through Vite rather than imported by this file: the config loader then never bundles src/lib. */
export const runnerOptions = (root: string) => ({
  root,
  configFile: false as const,
  logLevel: "error" as const,
});

/**
 * Reads, validates and anchors the content folder under `root` (READER_CONTENT_DIR swaps in another: the rendering
 * benchmark builds a 100× article so). `watch` is told each file read, for rebuilds; `model` spares loading
 * src/lib/content-model again when the caller has it.
 */
export async function compileCollection(
  root: string,
  watch: (path: string) => void,
  model?: ContentModel,
): Promise<CompiledCollection> {
  model ??= await contentModel(root);
  const files = readContentDir(resolve(root, process.env.READER_CONTENT_DIR ?? "src/content"), watch);
  return model.compileCollection(model.buildCollection(files));
}
