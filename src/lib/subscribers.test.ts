import { describe, expect, it, vi } from "vitest";
import { createSubscribers } from "./subscribers";

describe("createSubscribers", () => {
  it("calls every listener on emit until it unsubscribes", () => {
    const subscribers = createSubscribers();
    const a = vi.fn();
    const b = vi.fn();
    const stopA = subscribers.subscribe(a);
    subscribers.subscribe(b);
    subscribers.emit();
    stopA();
    subscribers.emit();
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(2);
  });

  it("starts listening with the first subscriber and stops with the last, once each", () => {
    const onFirst = vi.fn();
    const onLast = vi.fn();
    const subscribers = createSubscribers({ onFirst, onLast });
    const stop1 = subscribers.subscribe(() => undefined);
    const stop2 = subscribers.subscribe(() => undefined);
    stop1();
    stop1();
    expect(onLast).not.toHaveBeenCalled();
    stop2();
    expect(onFirst).toHaveBeenCalledTimes(1);
    expect(onLast).toHaveBeenCalledTimes(1);
  });
});
