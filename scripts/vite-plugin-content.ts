import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { runnerImport, type Plugin } from "vite";
import type * as ContentModelModule from "../src/lib/content-model/index.ts";
import type { CompiledContent, ParsedContentFile } from "../src/lib/content-model/index.ts";

/** The module the app imports its content from (typed in src/content/virtual-content.d.ts). */
export const CONTENT_MODULE_ID = "virtual:reader-content";
/** The same content without the texts a prerendered page shows (src/lib/content-model/page-texts.ts). */
export const PAGE_CONTENT_MODULE_ID = "virtual:reader-content/page";
const resolvedId = `\0${CONTENT_MODULE_ID}`;
const resolvedPageId = `\0${PAGE_CONTENT_MODULE_ID}`;
const files = ["article", "themes", "annotations"] as const;

type ContentModel = typeof ContentModelModule;

/**
 * Validates and anchors src/content/*.json when the app is built (and on every dev reload), and hands the app
 * the result as JSON: the browser never loads zod or the anchoring code for the content, yet invalid content
 * still reaches the page as the precise list of errors that the error page shows.
 */
export function readerContent(): Plugin {
  let root = process.cwd();
  return {
    name: "annotated-reader:content",
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      if (id === CONTENT_MODULE_ID) return resolvedId;
      return id === PAGE_CONTENT_MODULE_ID ? resolvedPageId : null;
    },
    async load(id) {
      if (id !== resolvedId && id !== resolvedPageId) return null;
      const model = await contentModel(root);
      const compiled = await compileContent(
        root,
        (path) => {
          this.addWatchFile(path);
        },
        model,
      );
      if (!compiled.ok) {
        const list = compiled.errors.map((e) => `  ${model.formatContentError(e)}`).join("\n");
        this.warn(
          `the content files are invalid; the page will show this list instead of the article:\n${list}`,
        );
      }
      const shipped = id === resolvedPageId ? model.withoutPageTexts(compiled) : compiled;
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
 * Reads, validates and anchors the content files under `root` (READER_CONTENT_DIR swaps in others: the rendering
 * benchmark builds a 100× article so). `watch` is told each file read, for rebuilds; `model` spares loading
 * src/lib/content-model again when the caller has it.
 */
export async function compileContent(
  root: string,
  watch: (path: string) => void,
  model?: ContentModel,
): Promise<CompiledContent> {
  model ??= await contentModel(root);
  const read = files.map((name) => {
    const path = resolve(root, process.env.READER_CONTENT_DIR ?? "src/content", `${name}.json`);
    watch(path);
    const file = model.DEFAULT_FILE_NAMES[name];
    const text = readText(path);
    return typeof text === "string" ? model.parseContentFile({ name: file, text }) : unreadable(file, text);
  });
  const [article, themes, annotations] = read.map((r) => (r.ok ? r.value : undefined));
  const syntaxErrors = read.flatMap((r) => (r.ok ? [] : [r.error]));
  return syntaxErrors.length > 0
    ? { ok: false, errors: syntaxErrors }
    : model.compileContent(model.buildReaderModel(article, themes, annotations));
}

/** The file's text, or the error that stopped it being read (a missing file, say). */
function readText(path: string): string | Error {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

/** A content file that could not be read, as the error page lists it. */
function unreadable(file: string, error: Error): ParsedContentFile {
  const message = `cannot be read: ${error.message}`;
  return { ok: false, error: { file, annotationId: null, quoteId: null, path: "(root)", message } };
}
