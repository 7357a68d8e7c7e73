import { describe, expect, it } from "vitest";
import { mergeDrafts, splitDraft, type Draft } from "./drafts";

const need = (key: number, text: string, articles: string, paragraph = "p1"): Draft => ({
  key,
  text,
  articles,
  paragraph,
  heading: null,
  category: null,
  abstain: false,
});

describe("editing the needs found in a summary", () => {
  it("merges a need with the next: texts joined, articles united, both paragraphs kept", () => {
    const merged = mergeDrafts(
      [need(1, "Vetting guidance;", "7, 8"), need(2, "A handbook", "8, 9", "p2")],
      0,
    );
    expect(merged).toEqual([
      { ...need(1, "Vetting guidance; A handbook", "7, 8, 9"), paragraph: "p1\np2" },
    ]);
  });

  it("leaves the list as it is when there is no next need", () => {
    const list = [need(1, "Only one", "5")];
    expect(mergeDrafts(list, 0)).toBe(list);
  });

  it("splits at the cursor, the second part under a new key", () => {
    expect(splitDraft([need(1, "Train auditors Train judges", "5")], 0, 14, 9)).toEqual([
      need(1, "Train auditors", "5"),
      need(9, "Train judges", "5"),
    ]);
  });

  it("splits at the space nearest the middle when the cursor is at either end", () => {
    expect(splitDraft([need(1, "aaaa bbbb", "")], 0, 0, 2).map((d) => d.text)).toEqual([
      "aaaa",
      "bbbb",
    ]);
  });
});
