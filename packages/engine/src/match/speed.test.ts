import { describe, expect, it } from "vitest";
import { buildMatchIndex, dayNumber, type MatchIndex } from "./build.js";
import { admitter, reachOf } from "./filters.js";
import { candidateFilter, matchNeed, matchProvider } from "./match.js";
import { makeProbe, scoreSide, topK, type Probe, type ScoreOptions } from "./score.js";
import { syntheticCandidates, syntheticNeeds } from "./synthetic.js";
import { at } from "../util/at.js";

/*
 * Issue 13's speed-ups must not change a single ranking. Each one replaced a per-record step by
 * an equivalent cheaper one; the "before" steps are kept here as the reference, and top-10
 * results on a fixed synthetic set (realistic vocabulary, EN/FR/ES) must be identical:
 *  - hard filters: an admitter built per need (matchProvider) and a reach built per candidate
 *    (matchNeed) -> one test per group of records with the same filter input;
 *  - shared-term reasons: a scan of the whole vocabulary per result -> `Bm25Index.termOf`.
 */

const TODAY = "2026-06-01";
const needs = syntheticNeeds(1500, 11);
const candidates = syntheticCandidates(300, 12);
const index = buildMatchIndex({ needs, candidates });

function options(filter: (d: number) => boolean): ScoreOptions {
  return {
    weights: index.weights,
    preferSouthSouth: false,
    today: dayNumber(TODAY),
    includeClosed: false,
    filter,
  };
}

/** Top-10 of one side under the reference (per-record) filter, as the matcher ranked before. */
function referenceTop(
  p: Probe,
  side: MatchIndex["needs"] | MatchIndex["candidates"],
  needSide: boolean,
  filter: (d: number) => boolean,
): { id: string; score: number }[] {
  const n = side.bm25.size;
  const scores = new Float32Array(n);
  scoreSide(p, side, needSide, options(filter), scores);
  return topK(scores, n, 10)
    .filter((d) => at(scores, d) > 0)
    .map((d) => ({
      id: at<{ id: string }>(side.records, d).id,
      score: Math.round(at(scores, d) * 1000) / 1000,
    }));
}

/** The shared-terms lookup as it was: the term of an id found by scanning the vocabulary. */
function termByScan(ix: MatchIndex["needs"]["bm25"], id: number): string | undefined {
  for (const [term, t] of ix.vocabulary) if (t === id) return term;
  return undefined;
}

describe("speed-ups keep rankings (issue 13)", () => {
  it("provider -> needs: same top-10 ids and scores as with an admitter per need", () => {
    for (const offer of candidates.slice(0, 40)) {
      const side = index.needs;
      const reaches = [reachOf(offer)];
      const before = referenceTop(
        makeProbe(index, { ...offer, state: offer.providerState }),
        side,
        true,
        (d) => {
          const need = at(side.records, d);
          return reaches.some(admitter({ state: need.state, language: need.language }, TODAY));
        },
      );
      const after = matchProvider(index, offer, { limit: 10, statePool: 10, today: TODAY });
      expect(after.needs.map((r) => ({ id: r.id, score: r.score }))).toEqual(before);
    }
  });

  it("need -> candidates: same top-10 ids and scores as with a reach per candidate", () => {
    for (const need of needs.slice(0, 60)) {
      const side = index.candidates;
      const test = admitter(need, TODAY);
      const before = referenceTop(
        makeProbe(index, { ...need, languages: need.language ? [need.language] : undefined }),
        side,
        false,
        (d) => test(reachOf(at(side.records, d))),
      );
      const after = matchNeed(index, need, { limit: 10, today: TODAY });
      expect(after.all.map((r) => ({ id: r.id, score: r.score }))).toEqual(before);
    }
  });

  it("the grouped candidate filter admits exactly the records the per-record one does", () => {
    for (const asker of [
      ...needs.slice(0, 30),
      { state: undefined, language: undefined },
      { state: "KEN", language: "pt" },
    ]) {
      const grouped = candidateFilter(index, asker, TODAY);
      const test = admitter(asker, TODAY);
      for (let d = 0; d < candidates.length; d++)
        expect(grouped(d)).toBe(test(reachOf(at(index.candidates.records, d))));
    }
  });

  it("termOf returns what a vocabulary scan finds, for every term id", () => {
    for (const ix of [index.needs.bm25, index.candidates.bm25])
      for (let t = 0; t < ix.vocabulary.size; t += 7) expect(ix.termOf(t)).toBe(termByScan(ix, t));
  });
});
