// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CopyLinkButton } from "./CopyLinkButton";

const url = "https://reader.test/?theme=negotiations#negotiations-support-today";

/** Gives the test's navigator the APIs a browser may or may not have. */
function stubNavigator(apis: { clipboard?: unknown; share?: unknown }) {
  for (const [name, value] of Object.entries(apis)) {
    Object.defineProperty(navigator, name, { value, configurable: true });
  }
}

afterEach(() => {
  cleanup();
  for (const name of ["clipboard", "share"]) Reflect.deleteProperty(navigator, name);
  vi.useRealTimers();
});

function renderButton() {
  const getUrl = vi.fn(() => url);
  render(<CopyLinkButton getUrl={getUrl} subject="this claim" shareTitle="Headline" />);
  return getUrl;
}

async function click(name: RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
    await Promise.resolve();
  });
}

describe("CopyLinkButton", () => {
  it("copies the link, built only when asked, and confirms politely", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    stubNavigator({ clipboard: { writeText } });
    const getUrl = renderButton();
    expect(getUrl).not.toHaveBeenCalled();
    await click(/^Copy link to this claim$/);
    expect(writeText).toHaveBeenCalledWith(url);
    expect(screen.getByRole("status").textContent).toBe("Link copied");
  });

  it("clears the confirmation after a few seconds", async () => {
    vi.useFakeTimers();
    stubNavigator({ clipboard: { writeText: () => Promise.resolve() } });
    renderButton();
    await click(/Copy link/);
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(screen.getByRole("status").textContent).toBe("");
  });

  it("shows the link selected in a read-only field when the clipboard is refused", async () => {
    stubNavigator({
      clipboard: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) },
    });
    renderButton();
    await click(/Copy link/);
    const field = screen.getByRole<HTMLInputElement>("textbox", { name: "Link to this claim" });
    expect(field.value).toBe(url);
    expect(field.readOnly).toBe(true);
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, url.length]);
    expect(screen.getByRole("status").textContent).toMatch(/not allowed.*press Ctrl\+C/);
  });

  it("falls back to the field when there is no clipboard at all, and Done returns focus", async () => {
    renderButton();
    await click(/Copy link/);
    expect(screen.getByRole("textbox", { name: "Link to this claim" })).toBeTruthy();
    await click(/^Done$/);
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: /Copy link/ }));
  });

  it("offers Share only where the Web Share API exists", async () => {
    renderButton();
    expect(screen.queryByRole("button", { name: /Share/ })).toBeNull();
    cleanup();
    const share = vi.fn(() => Promise.resolve());
    stubNavigator({ share });
    renderButton();
    await click(/^Share this claim$/);
    expect(share).toHaveBeenCalledWith({ title: "Headline", url });
    expect(screen.getByRole("status").textContent).toBe("Link shared");
  });

  it("says nothing when the reader closes the share sheet", async () => {
    stubNavigator({ share: () => Promise.reject(new DOMException("cancelled", "AbortError")) });
    renderButton();
    await click(/Share/);
    expect(screen.getByRole("status").textContent).toBe("");
    expect(screen.queryByRole("textbox")).toBeNull();
  });
});
