/** Saves `content` as a file named `name` through the browser's download. */
export function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  // The download has its own reference to the blob once started.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1_000);
}
