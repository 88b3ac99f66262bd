import type { Plugin } from "vite";
import { BOOT_SCRIPT_TAG, bootScript } from "./inline-boot.ts";

/**
 * Inlines src/boot.ts, minified, where index.html names it (the CSP allows it by hash: vite-plugin-csp.ts), and
 * drops index.html's comments, which are for its readers, not for every page view. The dev server serves the
 * file itself. Runs before Vite reads the page, which would otherwise warn that a classic script cannot be bundled.
 */
export function inlineBoot(): Plugin {
  let root = process.cwd();
  return {
    name: "annotated-reader:inline-boot",
    apply: "build",
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: "pre",
      async handler(html) {
        if (!html.includes(BOOT_SCRIPT_TAG)) throw new Error(`index.html must contain ${BOOT_SCRIPT_TAG}`);
        const code = await bootScript(root);
        return html
          .replace(/\s*<!--[^]*?-->/g, "")
          .replace(BOOT_SCRIPT_TAG, () => `<script>${code}</script>`);
      },
    },
  };
}
