import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";
import {
  buildReaderModel,
  compileContent,
  DEFAULT_FILE_NAMES,
  formatContentError,
  type CompiledContent,
  type ContentError,
} from "../src/lib/content-model";

/** The module the app imports its content from (typed in src/content/virtual-content.d.ts). */
export const CONTENT_MODULE_ID = "virtual:reader-content";
const resolvedId = `\0${CONTENT_MODULE_ID}`;
const files = ["article", "themes", "annotations"] as const;

/**
 * Validates and anchors src/content/*.json when the app is built (and on every dev reload), and hands the app
 * the result as JSON: the browser never loads zod or the anchoring code for the content, yet invalid content
 * still reaches the page as the precise list of errors that the error page shows.
 */
export function readerContent(): Plugin {
  let contentDir = resolve("src/content");
  return {
    name: "annotated-reader:content",
    configResolved(config) {
      contentDir = resolve(config.root, "src/content");
    },
    resolveId(id) {
      return id === CONTENT_MODULE_ID ? resolvedId : null;
    },
    load(id) {
      if (id !== resolvedId) return null;
      const read = files.map((name) => {
        const path = resolve(contentDir, `${name}.json`);
        this.addWatchFile(path);
        return readJson(path, DEFAULT_FILE_NAMES[name]);
      });
      const [article, themes, annotations] = read.map((r) => (r.ok ? r.value : undefined));
      const syntaxErrors = read.flatMap((r) => (r.ok ? [] : [r.error]));
      const compiled: CompiledContent =
        syntaxErrors.length > 0
          ? { ok: false, errors: syntaxErrors }
          : compileContent(buildReaderModel(article, themes, annotations));
      if (!compiled.ok) {
        const list = compiled.errors.map((e) => `  ${formatContentError(e)}`).join("\n");
        this.warn(`the content files are invalid; the page will show this list instead of the article:\n${list}`);
      }
      // A string parsed once is faster to load than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`;
    },
  };
}

/** A content file's JSON, or an error naming the file when it is missing or not JSON. */
function readJson(path: string, file: string): { ok: true; value: unknown } | { ok: false; error: ContentError } {
  try {
    return { ok: true, value: JSON.parse(readFileSync(path, "utf8")) };
  } catch (e) {
    const message = `cannot be read as JSON: ${e instanceof Error ? e.message : String(e)}`;
    return { ok: false, error: { file, annotationId: null, quoteId: null, path: "(root)", message } };
  }
}
