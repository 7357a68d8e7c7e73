import { GUIDELINE_RULES } from "@tahub/domain";
import { describe, expect, it } from "vitest";
import { analyse } from "../text/index.js";
import { findCategoryCues, findChapterCues, findConcepts, findKnowledge } from "./index.js";

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

describe("the one-pass knowledge look-up", () => {
  it("finds concepts, cues (with their stem position) and chapter cues in text order", () => {
    const k = findKnowledge(
      analyse("Training of prosecutors on asset declarations and beneficial ownership (art. 52)"),
    );
    expect(k.concepts.map((h) => h.concept.id)).toEqual(
      expect.arrayContaining(["asset-declaration", "beneficial-ownership"]),
    );
    expect(k.cues[0]).toMatchObject({ category: "capacity-building", position: 0 });
    expect(k.chapterCues).toEqual([]);
    const general = findKnowledge(analyse("General technical assistance needs under chapter V"));
    expect(general.chapterCues.map((h) => h.chapter)).toEqual(["V"]);
    expect(findKnowledge(analyse(""))).toEqual({
      concepts: [],
      cues: [],
      rules: [],
      chapterCues: [],
    });
  });

  it("gives each finder its part of the one look-up", () => {
    const a = analyse("Assistance législative pour la protection des lanceurs d'alerte");
    const k = findKnowledge(a);
    expect(k.concepts.length).toBeGreaterThan(0);
    expect(findConcepts(a)).toEqual(k.concepts);
    expect(findCategoryCues(a)).toEqual(k.cues);
    expect(findChapterCues(a)).toEqual(k.chapterCues);
  });
});

describe("the cues of the forms of assistance", () => {
  it("do not read 'internal' as 'international' (Porter stems both to 'intern')", () => {
    const cues = (t: string) => findCategoryCues(analyse(t)).map((h) => h.category);
    expect(cues("Internal auditors in line ministries")).not.toContain("international-cooperation");
    expect(cues("International cooperation in confiscation")).toContain(
      "international-cooperation",
    );
  });

  it("file technological tools and study visits under capacity-building, as the secretariat does", () => {
    const cues = (t: string) => findCategoryCues(analyse(t)).map((h) => h.category);
    expect(cues("an e-procurement platform")).toContain("capacity-building");
    expect(cues("a case management system")).toContain("capacity-building");
    expect(cues("study visits")).toContain("capacity-building");
    expect(cues("vehicles and office equipment")).toContain("institution-building");
  });
});

describe("the labelling guideline outranks the cue lexicon", () => {
  const cuesOf = (t: string, language?: "en" | "fr" | "es") =>
    findCategoryCues(analyse(t, language ? { language } : {}));

  it("reads every head phrase of every rule, alone, as its rule's grouping and nothing else at the head", () => {
    for (const rule of GUIDELINE_RULES)
      for (const language of ["en", "fr", "es"] as const)
        for (const phrase of rule.heads[language]) {
          const atHead = cuesOf(phrase, language)
            .filter((h) => h.position === 0)
            .map((h) => h.category);
          expect({ rule: rule.id, phrase, atHead: [...new Set(atHead)] }).toEqual({
            rule: rule.id,
            phrase,
            atHead: [rule.category],
          });
        }
  });

  it("files the drafting of documents that are not laws as the guideline does", () => {
    const first = (t: string) => cuesOf(t)[0]?.category;
    expect(first("the drafting of mutual legal assistance requests")).toBe("capacity-building");
    expect(first("the drafting of a code of conduct for judges")).toBe("policymaking");
    expect(first("the drafting of a law on asset declarations")).toBe("legislative-assistance");
  });

  it("lets an earlier rule of the decision list win over a later one inside its phrase", () => {
    const cats = cuesOf("study visits to the asset recovery office of a neighbouring country").map(
      (h) => h.category,
    );
    expect(cats).toContain("capacity-building");
    expect(cats).not.toContain("research-data");
  });
});
