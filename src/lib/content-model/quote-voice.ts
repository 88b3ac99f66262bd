// How a quote is presented wherever it leaves the article (titles, link previews, cards, structured data): the
// speaker's own words in quotation marks and signed with his name; the reporter's narration as the publisher's
// report, with only the speaker's words inside it quoted. Decided by `voiceSegments` from the article's marks.
import { voiceOf, voiceSegments, type QuoteVoice, type VoiceSegment } from "./speech.ts";
import type { ReaderModel } from "./types";

/** A quote as it is presented: whose words it is, its runs, and its text ready to show. */
export type PresentedQuote = {
  voice: QuoteVoice;
  segments: VoiceSegment[];
  /**
   * Speech: the speaker's words, without quotation marks (the caller puts them in its own). Narration: the report
   * as the article words it, the speaker's words inside it in “ ”. Whitespace (a paragraph break) becomes a space.
   */
  text: string;
};

/** Text in typographic quotation marks: “…”. */
export function quoted(text: string): string {
  return `“${text}”`;
}

/** The quote `quoteId` as presented, or null when the model has no such quote. */
export function presentQuote(model: ReaderModel, quoteId: string): PresentedQuote | null {
  const quote = model.quoteById.get(quoteId);
  if (!quote) return null;
  const segments = voiceSegments(model.text, quote);
  const voice = voiceOf(segments);
  const joined = segments.map((s) =>
    voice === "narration" && s.kind === "speech" ? quoted(s.text) : s.text,
  );
  return { voice, segments, text: joined.join("").replace(/\s+/g, " ").trim() };
}

/** "Jens Stoltenberg, NATO Secretary-General", or null when the content names no speaker. */
export function speakerLine(model: ReaderModel): string | null {
  const { speaker } = model.article;
  return speaker ? `${speaker.name}, ${speaker.role}` : null;
}

/** What narration is headed with: "RFE/RL reports". */
export function reportLabel(model: ReaderModel): string {
  return `${model.article.publisher} reports`;
}

/** Under a report that quotes the speaker: "Quoting Jens Stoltenberg, NATO Secretary-General"; else null. */
export function quotingLine(model: ReaderModel, presented: PresentedQuote): string | null {
  const speaker = speakerLine(model);
  const quotes = presented.segments.some((s) => s.kind === "speech" && /[\p{L}\p{N}]/u.test(s.text));
  return speaker !== null && presented.voice === "narration" && quotes ? `Quoting ${speaker}` : null;
}

/** `text` as a sentence: as it is if it ends one (inside a closing mark or not), else marked as cut off with "…". */
export function asSentence(text: string): string {
  return /[.!?…]["”’]?$/.test(text) ? text : `${text}…`;
}
