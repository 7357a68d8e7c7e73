/**
 * Rebuilding the match index after a write (the API rebuilds on every data version): analyses
 * of unchanged records are reused, so only changed or new texts are analysed again, and the
 * index built with reuse answers exactly as one built from scratch.
 */
import { describe, expect, it } from "vitest";
import {
  AnalysisCache,
  buildMatchIndex,
  matchNeed,
  type MatchCandidate,
  type MatchNeed,
} from "./index.js";
import { at } from "../util/at.js";

const TODAY = "2026-01-15";

const offers: MatchCandidate[] = [
  {
    id: "o1",
    kind: "offer",
    provider: "A",
    text: "Training on the verification of asset declarations",
  },
  {
    id: "o2",
    kind: "offer",
    provider: "B",
    text: "Mentoring for financial intelligence units on money laundering",
  },
  {
    id: "o3",
    kind: "offer",
    provider: "C",
    text: "Drafting whistle-blower protection legislation",
  },
];
const needs: MatchNeed[] = [
  { id: "n1", state: "KEN", text: "Capacity to verify asset declarations of public officials" },
  { id: "n2", state: "PER", text: "Legal advice on protecting reporting persons" },
];

const ranking = (index: ReturnType<typeof buildMatchIndex>, need: MatchNeed) =>
  matchNeed(index, need, { today: TODAY }).all.map((r) => [r.id, r.score]);

describe("buildMatchIndex with a reuse cache", () => {
  it("answers exactly as a build from scratch, first and after a change", () => {
    const cache = new AnalysisCache();
    const first = buildMatchIndex({ candidates: offers, needs }, { reuse: cache });
    const scratch = buildMatchIndex({ candidates: offers, needs });
    for (const n of needs) expect(ranking(first, n)).toEqual(ranking(scratch, n));
    expect(cache.analysedLastBuild).toBe(5);

    // One offer reworded, one need added, one offer gone.
    const changed: MatchCandidate[] = [
      { ...at(offers, 0), text: "Peer learning on whistle-blower and reporting person protection" },
      at(offers, 1),
    ];
    const more = [...needs, { id: "n3", state: "GHA", text: "Suspicious transaction reporting" }];
    const again = buildMatchIndex({ candidates: changed, needs: more }, { reuse: cache });
    const fresh = buildMatchIndex({ candidates: changed, needs: more });
    for (const n of more) expect(ranking(again, n)).toEqual(ranking(fresh, n));
    // Only the reworded offer and the new need were analysed; the removed offer is dropped.
    expect(cache.analysedLastBuild).toBe(2);
    expect([...cache.candidates.keys()].sort()).toEqual(["o1", "o2"]);
    expect(cache.needs.size).toBe(3);
  });

  it("analyses everything again when the build-time weights change", () => {
    const cache = new AnalysisCache();
    buildMatchIndex({ candidates: offers, needs }, { reuse: cache });
    buildMatchIndex({ candidates: offers, needs }, { reuse: cache });
    expect(cache.analysedLastBuild).toBe(0);
    const heavier = buildMatchIndex(
      { candidates: offers, needs },
      { reuse: cache, weights: { bigram: 0.9 } },
    );
    expect(cache.analysedLastBuild).toBe(5);
    const scratch = buildMatchIndex({ candidates: offers, needs }, { weights: { bigram: 0.9 } });
    expect(ranking(heavier, at(needs, 0))).toEqual(ranking(scratch, at(needs, 0)));
  });
});
