/**
 * The API rebuilds the match index in time slices (`buildMatchIndexInSlices`) so that a server
 * keeps answering while a large index builds. Slicing may change when the work runs, never
 * what it builds.
 */
import { describe, expect, it } from "vitest";
import { buildMatchIndex, buildMatchIndexInSlices, type MatchIndex } from "./build.js";
import { matchNeed } from "./match.js";
import { syntheticCandidates, syntheticNeeds } from "./synthetic.js";
import { at } from "../util/at.js";

const TODAY = "2026-06-01";
// More records than one step of the build (256 records, 1,024 BM25 documents), so the sliced
// build pauses inside every loop it has.
const needs = syntheticNeeds(5000, 21);
const candidates = syntheticCandidates(400, 22);

const top = (index: MatchIndex, i: number) =>
  matchNeed(index, at(needs, i), { today: TODAY, limit: 10 }).all.map((r) => [r.id, r.score]);

describe("buildMatchIndexInSlices", () => {
  it("builds the same index as buildMatchIndex", async () => {
    const whole = buildMatchIndex({ needs, candidates });
    const sliced = await buildMatchIndexInSlices({ needs, candidates }, { sliceMs: 0 });
    expect(sliced.needs.bm25.bytes).toBe(whole.needs.bm25.bytes);
    expect(sliced.needs.art).toEqual(whole.needs.art);
    expect(sliced.candidates.cognates.bytes).toBe(whole.candidates.cognates.bytes);
    for (const i of [0, 999, 1024, 4097, 4999]) expect(top(sliced, i)).toEqual(top(whole, i));
  });

  it("gives the event loop back while it builds", async () => {
    const ticks: number[] = [];
    const timer = setInterval(() => ticks.push(Date.now()), 0);
    try {
      await buildMatchIndexInSlices({ needs, candidates }, { sliceMs: 1 });
    } finally {
      clearInterval(timer);
    }
    // Straight through, a timer could not fire until the build returned.
    expect(ticks.length).toBeGreaterThan(3);
  });
});
