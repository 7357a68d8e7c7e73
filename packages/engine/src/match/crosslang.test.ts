import { describe, expect, it } from "vitest";
import { noConcepts } from "./concepts.js";
import { buildMatchIndex, rankCandidates, type MatchCandidate } from "./index.js";
import { must } from "../util/at.js";

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
      must(
        rankCandidates(i, spanish, 2, { today: "2026-01-15" }).find((r) => r.id === "return"),
        "the offer 'return' among the candidates",
      ).score;
    expect(score(withPivots)).toBeGreaterThan(score(without));
  });
});
