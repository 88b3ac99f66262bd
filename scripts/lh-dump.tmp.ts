import lighthouse from "lighthouse";
import { writeFileSync } from "node:fs";
const [url, port, out] = process.argv.slice(2);
const r = await lighthouse(url, { port: Number(port), output: "json", logLevel: "error", onlyCategories: ["performance"] });
writeFileSync(out!, JSON.stringify(r!.lhr));
