import { describe, expect, it } from "vitest";
import { analyse } from "../text/index.js";
import { noConcepts } from "./concepts.js";
import { compileGlossary, pivotTerms } from "./glossary.js";
import { buildMatchIndex, rankCandidates, type MatchCandidate } from "./index.js";

const TSV = [
  "return\trestitution|retour\trestitución|devolución",
  "bribe\tpot-de-vin|pots-de-vin\tsoborno|cohecho",
  "review\texamen\trevisión|examen",
  "examination\texamen\texamen",
].join("\n");

const terms = (text: string) =>
  pivotTerms(analyse(text), compileGlossary(TSV)).map((t) => `${t.term}@${t.weight}`);

describe("glossary pivots (word-level translation through English)", () => {
  it("maps a French or Spanish word to the English stem it translates, and an English word to itself", () => {
    expect(terms("la restitución de los activos")).toEqual(["p:return@1"]);
    expect(terms("la restitution des biens")).toEqual(["p:return@1"]);
    expect(terms("the return of assets")).toEqual(["p:return@1"]);
  });

  it("finds a French hyphenated compound on its stem pair", () => {
    expect(terms("les pots-de-vin versés")).toEqual(["p:bribe@1"]);
  });

  it("spreads one unit of weight over the equivalents of an ambiguous word", () => {
    expect(terms("un examen de la loi")).toEqual(["p:review@0.5", "p:examin@0.5"]);
  });

  it("gives nothing for a word the glossary does not know", () => {
    expect(terms("la gobernanza de los municipios")).toEqual([]);
  });
});

describe("cross-language matching through the glossary", () => {
  // Neither cognate keys nor concepts join these texts: "restitución"/"return",
  // "fondos"/"funds", "sustraídos"/"stolen" share no spelling, and concepts are off.
  const candidates: MatchCandidate[] = [
    { id: "return", kind: "offer", text: "Negotiating the return of stolen funds" },
    { id: "other", kind: "offer", text: "Training on the audit of municipal budgets" },
  ];
  const spanish = {
    id: "n",
    text: "Negociar la restitución de los fondos sustraídos",
    state: "PER",
  };

  it("ranks the English offer a Spanish need asks for first", () => {
    const index = buildMatchIndex({ candidates }, { concepts: noConcepts });
    const [best] = rankCandidates(index, spanish, 2, { today: "2026-01-15" });
    expect(best?.id).toBe("return");
    expect(best?.score).toBeGreaterThan(0);
  });

  it("relies on the pivots for it: without them the Spanish need meets the offer on 'negociar' alone", () => {
    const withPivots = buildMatchIndex({ candidates }, { concepts: noConcepts });
    const without = buildMatchIndex(
      { candidates },
      { concepts: noConcepts, weights: { pivot: 0 } },
    );
    const score = (i: typeof withPivots) =>
      rankCandidates(i, spanish, 2, { today: "2026-01-15" }).find((r) => r.id === "return")!.score;
    expect(score(withPivots)).toBeGreaterThan(score(without));
  });
});
