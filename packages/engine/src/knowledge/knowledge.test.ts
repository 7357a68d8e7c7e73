import { describe, expect, it } from "vitest";
import { analyse } from "../text/index.js";
import { findConcepts } from "./index.js";

const ids = (text: string) => findConcepts(analyse(text)).map((h) => h.concept.id);

describe("the concept lexicon", () => {
  it("finds whistle-blower protection whatever the word order or spelling", () => {
    for (const t of [
      "whistle-blower protection law",
      "protection of whistle-blowers",
      "whistleblower protection",
    ])
      expect(ids(t)).toContain("whistle-blower-protection");
  });

  it("does not join words far apart: 'legal advice ... reporting persons' is not 'legal persons'", () => {
    const found = ids("Legal advice on protection of reporting persons");
    expect(found).toContain("whistle-blower-protection");
    expect(found).not.toContain("legal-persons-liability");
  });

  it("still matches a two-word term with one word between ('asset and income declarations')", () => {
    expect(ids("asset and income declarations")).toContain("asset-declaration");
  });
});
