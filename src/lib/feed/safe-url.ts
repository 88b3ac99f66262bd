/** The URL normalised when it is absolute http(s) without credentials; `null` otherwise (`javascript:`, relative…). */
export function httpUrlOrNull(value: string | undefined): string | null {
  if (value === undefined) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  // `https://user:pass@host` is a classic way to disguise where a link goes.
  if (url.username !== "" || url.password !== "") return null;
  return url.href;
}
