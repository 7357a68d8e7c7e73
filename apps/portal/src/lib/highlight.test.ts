import { describe, expect, it } from "vitest";
import { parseArticles } from "./articles";
import { csvCell, toCsv } from "./download";
import { evidenceWords, highlightSegments } from "./highlight";

describe("highlightSegments", () => {
  it("marks a stemmed evidence term through the end of the word", () => {
    const segs = highlightSegments("Training of financial investigators", ["train", "investig"]);
    expect(segs.filter((s) => s.term).map((s) => s.text)).toEqual(["Training", "investigators"]);
    expect(segs.map((s) => s.text).join("")).toBe("Training of financial investigators");
  });

  it("does not mark a term inside another word", () => {
    const segs = highlightSegments("Restraining orders", ["train"]);
    expect(segs.every((s) => s.term === null)).toBe(true);
  });

  it("returns the text unchanged when there is no evidence (empty text, no terms)", () => {
    expect(highlightSegments("", ["x"])).toEqual([{ text: "", term: null }]);
    expect(highlightSegments("Asset declarations", [])).toEqual([
      { text: "Asset declarations", term: null },
    ]);
  });

  it("escapes terms that look like regular expressions", () => {
    expect(() => highlightSegments("a (b) c", ["(b"])).not.toThrow();
  });
});

describe("parseArticles", () => {
  it("reads numbers in any common separator and drops repeats", () => {
    expect(parseArticles("5, 6; art. 52 and 6")).toEqual({ articles: [5, 6, 52], invalid: [] });
  });

  it("reports what is not an article of the Convention (unknown article 72)", () => {
    expect(parseArticles("5, 72, x").invalid).toEqual(["72", "x"]);
  });
});

describe("CSV", () => {
  it("quotes cells holding commas, quotes or newlines (RFC 4180)", () => {
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(toCsv(["a", "b"], [[1, null]])).toBe("a,b\r\n1,\r\n");
  });
});

describe("evidenceWords", () => {
  it("gives the words of the text the stems matched, once each, instead of the stems", () => {
    expect(
      evidenceWords(
        "Support in establishing a dedicated unit for public officials who witness corruption; the unit",
        ["establish", "dedic", "unit", "public offici", "wit", "zzz"],
      ),
    ).toEqual(["establishing", "dedicated", "unit", "public officials", "witness"]);
  });
});
