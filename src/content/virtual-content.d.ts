// Written by scripts/vite-plugin-content.ts at build time: the content files, validated and anchored.
declare module "virtual:reader-content" {
  /** The validated, anchored content, or every error found in the content files. */
  // An ambient module cannot `import type` by relative path; `import()` is the way to name the type here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const compiled: import("../lib/content-model/assemble-model").CompiledContent;
  export default compiled;
}
