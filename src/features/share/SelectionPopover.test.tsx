// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PassageSelector } from "../../lib/deep-link";
import { SelectionPopover } from "./SelectionPopover";

const text = "Alpha beta gamma.\n\nDelta epsilon zeta.";
let body: HTMLElement;

beforeEach(() => {
  vi.useFakeTimers();
  body = document.createElement("div");
  body.innerHTML = `<p data-start="0">Alpha <mark>beta</mark> gamma.</p><p data-start="19">Delta epsilon zeta.</p>`;
  document.body.append(body);
});
afterEach(() => {
  cleanup();
  body.remove();
  document.getSelection()?.removeAllRanges();
  Reflect.deleteProperty(navigator, "clipboard");
  vi.useRealTimers();
});

function renderPopover() {
  const urlFor = vi.fn((passage: PassageSelector) => `https://reader.test/#${passage.exact}`);
  render(<SelectionPopover container={body} text={text} urlFor={urlFor} shareTitle="Headline" />);
  return urlFor;
}

/** Selects `needle` in the body as a reader would, and lets the selection settle. */
function select(needle: string) {
  const node = Array.from(body.querySelectorAll("p"))
    .flatMap((p) => Array.from(p.childNodes))
    .find((n) => (n.textContent ?? "").includes(needle));
  const textNode = node?.nodeType === Node.TEXT_NODE ? node : node?.firstChild;
  if (!textNode?.textContent) throw new Error(`fixture lacks ${needle}`);
  const at = textNode.textContent.indexOf(needle);
  const range = document.createRange();
  range.setStart(textNode, at);
  range.setEnd(textNode, at + needle.length);
  act(() => {
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    document.dispatchEvent(new Event("selectionchange"));
    vi.advanceTimersByTime(200);
  });
}

const popover = () => screen.queryByRole("group", { name: "Link to the selected passage" });

describe("SelectionPopover", () => {
  it("stays hidden until the reader selects article text", () => {
    renderPopover();
    expect(popover()).toBeNull();
  });

  it("offers a link to the selected passage and copies it", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const urlFor = renderPopover();
    select("epsilon");
    expect(popover()).not.toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Copy link to the selected passage" }));
      await Promise.resolve();
    });
    expect(urlFor).toHaveBeenCalledWith({
      start: 25,
      end: 32,
      prefix: "Alpha beta gamma.\n\nDelta ",
      exact: "epsilon",
      exactEnd: null,
      suffix: " zeta.",
    });
    expect(writeText).toHaveBeenCalledWith("https://reader.test/#epsilon");
    expect(screen.getByRole("status").textContent).toBe("Link copied");
  });

  it("closes on Escape and when the reader starts a new selection elsewhere", () => {
    renderPopover();
    select("beta");
    act(() => {
      document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    });
    expect(popover()).toBeNull();
    select("gamma");
    expect(popover()).not.toBeNull();
    act(() => {
      document.body.dispatchEvent(new Event("pointerdown", { bubbles: true }));
    });
    expect(popover()).toBeNull();
  });

  it("ignores selections outside the article body", () => {
    const outside = document.createElement("p");
    outside.textContent = "Sidebar text";
    document.body.append(outside);
    renderPopover();
    const range = document.createRange();
    range.selectNodeContents(outside);
    act(() => {
      document.getSelection()?.addRange(range);
      document.dispatchEvent(new Event("selectionchange"));
      vi.advanceTimersByTime(200);
    });
    expect(popover()).toBeNull();
    outside.remove();
  });
});
