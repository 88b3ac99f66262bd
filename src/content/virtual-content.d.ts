// Written by scripts/vite-plugin-content.ts at build time: the article the reader shows, validated and anchored.
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

// Every article and the theme vocabulary, validated and anchored: for the build's page list and cards.
declare module "virtual:reader-content/collection" {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const collection: import("../lib/content-model/compiled-collection").CompiledCollection;
  export default collection;
}
