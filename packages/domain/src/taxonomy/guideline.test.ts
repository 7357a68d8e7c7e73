import { describe, expect, it } from "vitest";
import {
  CATEGORY_IDS,
  GUIDELINE_RULES,
  MODALITY_CATEGORIES,
  NOTE_2023,
  guidelineRule,
} from "../index.js";

describe("the labelling guideline", () => {
  it("gives every grouping at least one rule and cites the 2023 note wherever it decides a convention", () => {
    for (const c of CATEGORY_IDS) expect(GUIDELINE_RULES.some((r) => r.category === c)).toBe(true);
    for (const r of GUIDELINE_RULES) {
      expect(r.sources.length).toBeGreaterThan(0);
      for (const s of r.sources) {
        expect(s.document).toBe(NOTE_2023);
        expect(s.paras.length).toBeGreaterThan(0);
      }
      expect(r.contestedWith).not.toContain(r.category);
      for (const lang of ["en", "fr", "es"] as const)
        expect(r.heads[lang].length).toBeGreaterThan(0);
    }
    expect(new Set(GUIDELINE_RULES.map((r) => r.id)).size).toBe(GUIDELINE_RULES.length);
  });

  it("puts exceptions before the rules they carve out of (the first matching rule wins)", () => {
    const rank = (id: string) => GUIDELINE_RULES.findIndex((r) => r.id === id);
    expect(rank("mla-requests-skill")).toBeLessThan(rank("cooperation-with-states"));
    expect(rank("data-and-tracking")).toBeLessThan(rank("technological-tools"));
    expect(rank("peer-learning")).toBeLessThan(rank("studies-and-assessments"));
    expect(guidelineRule("mla-requests-skill")?.category).toBe("capacity-building");
    expect(guidelineRule("data-and-tracking")?.category).toBe("research-data");
  });

  it("drives the matcher's modality map: technology and peer learning are capacity-building first", () => {
    expect(MODALITY_CATEGORIES.technology[0]).toBe("capacity-building");
    expect(MODALITY_CATEGORIES["peer-learning"][0]).toBe("capacity-building");
    expect(MODALITY_CATEGORIES.technology).not.toContain("institution-building");
  });
});
