import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Plugin } from "vite";
import { injectApp, inlineScripts } from "./prerender.ts";

/** The server entry that renders the app (see its comment). */
const SERVER_ENTRY = "src/entry-server.tsx";

/**
 * Makes `vite build` (and so `npm run build`) prerender the page: it builds the browser app, then a server build
 * of src/entry-server.tsx, renders "/" with it and writes the HTML into the built index.html, which
 * src/main.tsx hydrates. The server build is a temporary file under node_modules/.cache, never deployed.
 */
export function prerender(): Plugin {
  let serverOutDir = "";
  return {
    name: "annotated-reader:prerender",
    apply: "build",
    config(config) {
      const root = resolve(config.root ?? ".");
      serverOutDir = resolve(root, "node_modules/.cache/annotated-reader-prerender");
      return {
        // An app build (client and server environments), as `vite build --app` would do.
        builder: {},
        environments: {
          ssr: {
            build: {
              outDir: serverOutDir,
              emptyOutDir: true,
              copyPublicDir: false,
              rollupOptions: { input: resolve(root, SERVER_ENTRY) },
            },
          },
        },
      };
    },
    buildApp: {
      order: "pre",
      async handler(builder) {
        const { client, ssr } = builder.environments;
        if (!client || !ssr) throw new Error("prerender needs the client and ssr build environments");
        await builder.build(client);
        await builder.build(ssr);
        const page = resolve(client.config.root, client.config.build.outDir, "index.html");
        try {
          const entry = resolve(serverOutDir, "entry-server.js");
          const server = (await import(pathToFileURL(entry).href)) as {
            render: (path: string) => Promise<string>;
          };
          const html = injectApp(readFileSync(page, "utf8"), await server.render("/"), "/");
          const inline = inlineScripts(html);
          if (inline.length > 0) {
            throw new Error(
              `the prerendered page has inline scripts, which the CSP blocks: ${inline.join(" ")}`,
            );
          }
          writeFileSync(page, html);
          builder.config.logger.info(`prerendered ${page}`);
        } finally {
          rmSync(serverOutDir, { recursive: true, force: true });
        }
      },
    },
  };
}
