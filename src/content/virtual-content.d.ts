// Written by scripts/vite-plugin-content.ts at build time: the content files, validated and anchored.
declare module "virtual:reader-content" {
  /** The validated, anchored content, or every error found in the content files. */
  const compiled: import("../lib/content-model/assemble-model").CompiledContent;
  export default compiled;
}
