/**
 * The URL resolved against `base` (when it is relative and a base is known) and normalised, when the result is
 * http(s) without credentials; `null` otherwise (`javascript:`, relative without a base, blank…).
 */
export function httpUrlOrNull(value: string | undefined, base?: string | null): string | null {
  if (value === undefined || value.trim() === "") return null;
  let url: URL;
  try {
    url = new URL(value.trim(), base ?? undefined);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  // `https://user:pass@host` is a classic way to disguise where a link goes.
  if (url.username !== "" || url.password !== "") return null;
  return url.href;
}
