// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { createRef } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TextRange } from "../../lib/text-range";
import { SelectionPopover } from "./SelectionPopover";

let body: HTMLDivElement;

beforeEach(() => {
  vi.useFakeTimers();
  body = document.createElement("div");
  body.innerHTML = `<p data-start="0">Alpha <mark data-label="Theme quote">beta</mark> gamma.</p><p data-start="19">Delta epsilon zeta.</p>`;
  document.body.append(body);
});
afterEach(() => {
  cleanup();
  body.remove();
  document.getSelection()?.removeAllRanges();
  vi.useRealTimers();
});

function renderPopover() {
  const ref = createRef<HTMLDivElement>();
  (ref as { current: HTMLDivElement }).current = body;
  const seen: TextRange[] = [];
  const tools = {
    label: "Selected passage",
    render: (range: TextRange) => {
      seen.push(range);
      return <button type="button">Act on {`${range.start}-${range.end}`}</button>;
    },
  };
  render(<SelectionPopover body={ref} tools={tools} />);
  return seen;
}

/**
 * Lets the selection settle: the watching code loads with the first selection (use-text-selection.ts), then the
 * popover waits for the selection to stop changing.
 */
async function settle() {
  await act(async () => {
    await vi.dynamicImportSettled();
  });
  act(() => {
    vi.advanceTimersByTime(200);
  });
}

/** Selects `needle` in the body as a reader would, and lets the selection settle. */
async function select(needle: string) {
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
  });
  await settle();
}

const popover = () => screen.queryByRole("group", { name: "Selected passage" });

describe("SelectionPopover", () => {
  it("stays hidden until the reader selects article text", () => {
    renderPopover();
    expect(popover()).toBeNull();
  });

  it("offers the page's tools for the selection, in article text offsets", async () => {
    renderPopover();
    await select("epsilon");
    expect(popover()).not.toBeNull();
    expect(screen.getByRole("button", { name: "Act on 25-32" })).toBeDefined();
  });

  it("closes on Escape and when the reader starts a new selection elsewhere", async () => {
    renderPopover();
    await select("beta");
    act(() => {
      document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    });
    expect(popover()).toBeNull();
    await select("gamma");
    expect(popover()).not.toBeNull();
    act(() => {
      document.body.dispatchEvent(new Event("pointerdown", { bubbles: true }));
    });
    expect(popover()).toBeNull();
  });

  it("ignores selections outside the article body", async () => {
    const outside = document.createElement("p");
    outside.textContent = "Sidebar text";
    document.body.append(outside);
    renderPopover();
    const range = document.createRange();
    range.selectNodeContents(outside);
    act(() => {
      document.getSelection()?.addRange(range);
      document.dispatchEvent(new Event("selectionchange"));
    });
    await settle();
    expect(popover()).toBeNull();
    outside.remove();
  });
});
