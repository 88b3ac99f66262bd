import { describe, expect, it } from "vitest";
import { parseHttpDate, retryAfterMs } from "./retry-after";

const NOW = Date.UTC(2030, 0, 15, 12);

describe("retryAfterMs", () => {
  it("reads delay-seconds", () => {
    expect(retryAfterMs("900", null, NOW)).toBe(900_000);
    expect(retryAfterMs(" 0 ", null, NOW)).toBe(0);
  });

  it("reads an HTTP-date against the server's own clock when it sent one, else against ours", () => {
    const at = "Tue, 15 Jan 2030 12:15:00 GMT";
    expect(retryAfterMs(at, null, NOW)).toBe(15 * 60_000);
    // The server's clock is two minutes behind ours: the wait it means is still 15 minutes.
    expect(retryAfterMs(at, "Tue, 15 Jan 2030 12:00:00 GMT", NOW + 2 * 60_000)).toBe(15 * 60_000);
    expect(retryAfterMs("Tue, 15 Jan 2030 11:00:00 GMT", null, NOW)).toBe(0);
  });

  it("gives no wait for what it cannot read", () => {
    expect(retryAfterMs(null, null, NOW)).toBeNull();
    expect(retryAfterMs("soon", null, NOW)).toBeNull();
    expect(retryAfterMs("-5", null, NOW)).toBeNull();
    expect(retryAfterMs("Tue, 32 Jan 2030 12:00:00 GMT", null, NOW)).toBeNull();
  });
});

describe("parseHttpDate", () => {
  it.each([
    ["Sun, 06 Nov 1994 08:49:37 GMT"],
    ["Sunday, 06-Nov-94 08:49:37 GMT"],
    ["Sun Nov  6 08:49:37 1994"],
  ])("reads %s, one of HTTP's three forms", (value) => {
    expect(parseHttpDate(value)).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
  });
});
