// The content folder on disk, as the content model reads it: the shared themes file and one folder per article.
// Used by the build (vite-plugin-content.ts), `npm run check:content` and `npm run new-article`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { CollectionFiles, SourceFile } from "../src/lib/content-model/collection.ts";

/** The folder of article folders inside a content folder. */
export const ARTICLES = "articles";

/** A path as messages show it: relative to the working directory when inside it. */
export function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === "" || rel.startsWith("..") ? path : rel;
}

/** The file's text, or why it could not be read, under the name messages give it. */
export function readSource(path: string): SourceFile {
  try {
    return { name: shown(path), text: readFileSync(path, "utf8") };
  } catch (e) {
    return { name: shown(path), unreadable: e instanceof Error ? e.message : String(e) };
  }
}

/** The article folders' names, sorted; none when the folder is missing. */
export function articleSlugs(contentDir: string): string[] {
  const dir = join(contentDir, ARTICLES);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Every content file under `contentDir`; `watch` is told each path read (and the article folders), for rebuilds. */
export function readContentDir(
  contentDir: string,
  watch: (path: string) => void = () => {},
): CollectionFiles {
  const themes = join(contentDir, "themes.json");
  const articlesDir = join(contentDir, ARTICLES);
  watch(themes);
  watch(articlesDir);
  return {
    articlesDir: shown(articlesDir),
    themes: readSource(themes),
    articles: articleSlugs(contentDir).map((slug) => {
      const [article, annotations] = ["article.json", "annotations.json"].map((file) => {
        const path = join(articlesDir, slug, file);
        watch(path);
        return readSource(path);
      });
      if (!article || !annotations) throw new Error("two files per article");
      return { slug, article, annotations };
    }),
  };
}
