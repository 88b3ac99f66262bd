import { describe, expect, it } from "vitest";
import { judgeCorpus, judgeDateCases, type Field, type Judged } from "./fixtures/feedparser-corpus";
import { parseFeedDate } from "./rfc822";

const share = (judged: readonly Judged[]) => judged.filter((j) => j.outcome === "met").length / judged.length;
const percent = (value: number) => `${(100 * value).toFixed(1)} %`;

describe("feedparser's corpus of well-formed feeds, on the fields the panel shows", () => {
  const { judged, setAside } = judgeCorpus();
  const fields: Field[] = ["title", "link", "id", "date", "content"];

  it("meets at least 95 % of its expectations, at least 90 % of those on dates, and shows no date wrong", () => {
    const lines = fields.map((field) => {
      const of = judged.filter((j) => j.field === field);
      const count = (outcome: string) => of.filter((j) => j.outcome === outcome).length;
      const standIns = of.filter((j) => j.standIn);
      return `${field}: ${count("met")}/${of.length} met, ${count("missing")} missing, ${count("different")} different (${standIns.filter((j) => j.outcome === "met").length}/${standIns.length} on items read with a stand-in title)`;
    });
    const misses = judged
      .filter((j) => j.outcome !== "met")
      .map(
        (j) =>
          `  ${j.file} ${j.field} ${j.outcome}: expected ${JSON.stringify(j.expected)}, shown ${JSON.stringify(j.shown)}`,
      );
    console.log(
      [
        `feedparser corpus: ${judged.length} expectations in ${new Set(judged.map((j) => j.file)).size} files, ${percent(share(judged))} met`,
        ...lines,
        `set aside: ${setAside.length} files (${[...new Set(setAside.map((s) => s.why))].join("; ")})`,
        "not met:",
        ...misses,
      ].join("\n"),
    );
    const cases = judgeDateCases((value) => parseFeedDate(value)?.ms ?? null);
    const dated = cases.filter((j) => j.expected !== "no date");
    console.log(
      `feedparser date cases: ${dated.filter((j) => j.outcome === "met").length}/${dated.length} read, ` +
        `${cases.length - dated.length - cases.filter((j) => j.expected === "no date" && j.outcome !== "met").length}/${cases.length - dated.length} invalid ones refused\n` +
        cases
          .filter((j) => j.outcome !== "met")
          .map((j) => `  ${j.file}: expected ${j.expected}, read ${JSON.stringify(j.shown)}`)
          .join("\n"),
    );
    const dates = [...judged.filter((j) => j.field === "date"), ...dated];
    expect(judged.length).toBeGreaterThan(150);
    expect(share(judged)).toBeGreaterThanOrEqual(0.95);
    expect(share(dates)).toBeGreaterThanOrEqual(0.9);
    expect([...dates, ...cases].filter((j) => j.outcome === "different")).toEqual([]);
  });
});
