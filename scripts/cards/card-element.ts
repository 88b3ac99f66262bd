// A card's layout as the element tree satori draws: plain objects shaped like React elements, so no JSX runtime.
import type { ReactElement } from "react";
import type { CardSpec } from "./card-spec";
import { SANS, SERIF } from "./fonts.ts";

/** The size of every card: what Open Graph and X's large summary card show best (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

type Style = Record<string, string | number>;
type Child = ReactElement | string | null;

function box(style: Style, ...children: Child[]): ReactElement {
  const kept = children.filter((child) => child !== null);
  return { type: "div", key: null, props: { style: { display: "flex", ...style }, children: kept } };
}

/**
 * The card for `spec` with its main text at `mainSize` px. The root is as tall as its content (at least the card's
 * height), so a layout taller or wider than the card shows that the text does not fit at that size.
 */
export function cardElement(spec: CardSpec, mainSize: number): ReactElement {
  const { colors } = spec;
  const quote = spec.mainStyle === "quote";
  const kicker = box(
    { alignItems: "center", gap: 14 },
    box({ width: 18, height: 18, borderRadius: 9, backgroundColor: colors.edge }),
    box(
      { fontFamily: SANS, fontWeight: 600, fontSize: 26, letterSpacing: 1.5, color: colors.edge },
      spec.kicker.toUpperCase(),
    ),
  );
  const main = box(
    {
      fontFamily: SERIF,
      fontSize: mainSize,
      lineHeight: 1.22,
      color: colors.ink,
      wordBreak: "break-word",
      ...(quote
        ? { backgroundColor: colors.soft, padding: "18px 26px", borderRadius: 8, marginLeft: -26 }
        : { letterSpacing: -0.5 }),
    },
    spec.main,
  );
  // Narration is the publisher's text: headed by whose report it is, set plainly, never in the quotation's box.
  const label =
    spec.label === null
      ? null
      : box(
          { fontFamily: SANS, fontWeight: 600, fontSize: 28, color: colors.muted, marginBottom: 16 },
          `${spec.label}:`,
        );
  const byline =
    spec.byline === null
      ? null
      : box(
          { fontFamily: SANS, fontWeight: 600, fontSize: 28, color: colors.muted, marginTop: 26 },
          spec.byline,
        );
  const footer = box(
    {
      borderTop: `2px solid ${colors.rule}`,
      paddingTop: 20,
      justifyContent: "space-between",
      alignItems: "flex-end",
      gap: 40,
    },
    spec.headline === null
      ? box({})
      : box(
          {
            fontFamily: SERIF,
            fontStyle: "italic",
            fontSize: 24,
            lineHeight: 1.3,
            color: colors.muted,
            flexShrink: 1,
          },
          spec.headline,
        ),
    box(
      { fontFamily: SANS, fontWeight: 600, fontSize: 24, color: colors.ink, flexShrink: 0 },
      `${spec.publisher} · annotated`,
    ),
  );
  return box(
    { width: CARD_WIDTH, minHeight: CARD_HEIGHT, backgroundColor: colors.paper },
    box({ width: 16, backgroundColor: colors.edge, flexShrink: 0 }),
    box(
      {
        flexDirection: "column",
        flexGrow: 1,
        padding: "52px 76px 46px 64px",
        justifyContent: "space-between",
      },
      kicker,
      box(
        { flexDirection: "column", flexGrow: 1, justifyContent: "center", padding: "26px 0 30px 0" },
        label,
        main,
        byline,
      ),
      footer,
    ),
  );
}
