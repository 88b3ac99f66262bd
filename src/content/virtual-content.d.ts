// Written by scripts/vite-plugin-content.ts at build time: the content files, validated and anchored.
declare module "virtual:reader-content" {
  /** The validated, anchored content, or every error found in the content files. */
  // An ambient module cannot `import type` by relative path; `import()` is the way to name the type here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const compiled: import("../lib/content-model/assemble-model").CompiledContent;
  export default compiled;
}

// The same, without the texts a prerendered page shows: the hydrating script reads those back from the page.
declare module "virtual:reader-content/page" {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const shipped: import("../lib/content-model/page-texts").PageContent;
  export default shipped;
}
