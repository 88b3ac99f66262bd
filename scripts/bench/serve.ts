// `npx tsx scripts/bench/serve.ts <folder> [sha256-… …]`: `vite preview` of a folder on a free port, with this
// repository's config; prints the URL on its first line. Started by site.ts's `serve`.
import { preview, type Plugin } from "vite";
import { root } from "./site";

const [dir, ...styleHashes] = process.argv.slice(2);
if (!dir) throw new Error("usage: serve.ts <folder> [sha256-… …]");

// Runs after scripts/vite-plugin-csp.ts has set the headers, and adds the hashes to its style-src.
const allowStyles: Plugin = {
  name: "bench:allow-inline-styles",
  config: {
    order: "post",
    handler(config) {
      const headers = { ...config.preview?.headers };
      const csp = headers["Content-Security-Policy"];
      if (typeof csp !== "string") throw new Error("the preview server sends no Content-Security-Policy");
      const hashes = styleHashes.map((h) => ` '${h}'`).join("");
      headers["Content-Security-Policy"] = csp.replace(/style-src 'self'/, `style-src 'self'${hashes}`);
      return { preview: { headers } };
    },
  },
};

const server = await preview({
  root,
  logLevel: "warn",
  build: { outDir: dir },
  preview: { port: 0 },
  plugins: styleHashes.length > 0 ? [allowStyles] : [],
});
console.log(server.resolvedUrls?.local[0] ?? "");
