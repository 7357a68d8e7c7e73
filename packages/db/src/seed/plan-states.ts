/**
 * The demo planner's first and last draws (plan.ts): which States have cycle-2 summaries and
 * needs, with how many needs and under which chapters; and the cycle-1 summaries and needs.
 */
import {
  CYCLE1_CATEGORY_IDS,
  REGIONAL_GROUP_IDS,
  STATES_PARTIES,
  type Cycle1CategoryId,
  type StateParty,
} from "@tahub/domain";
import { at } from "../util/at.js";
import { CYCLE1, CYCLE1_CATEGORIES, CYCLE2, CYCLE2_REGIONS } from "./figures.js";
import type { PlannedNeed, PlannedSummary, StatePlan } from "./plan-model.js";
import type { Rng } from "./prng.js";

/** Splits `total` into `k` parts of at least 1, proportional to random weights. */
function split(rng: Rng, total: number, k: number): number[] {
  if (k === 0) return [];
  const w = Array.from({ length: k }, () => 0.3 + rng.next() * 1.7);
  const sum = w.reduce((a, b) => a + b, 0);
  const raw = w.map((x) => ((total - k) * x) / sum);
  const parts = raw.map((x) => 1 + Math.floor(x));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) if (left-- > 0) parts[i] = at(parts, i) + 1;
  return parts;
}

/** Step 1: the cycle-2 summaries, the States with needs, their budgets and chapters. */
export function planStates(rng: Rng) {
  const summaries: PlannedSummary[] = [];
  const withNeeds: StatePlan[] = [];
  const groupNeeds = new Map<string, number>();
  for (const group of REGIONAL_GROUP_IDS) {
    const fig = CYCLE2_REGIONS[group];
    const pool = rng.shuffle(STATES_PARTIES.filter((s) => s.group === group));
    const chosen = pool.slice(0, fig.summaries);
    const late = chosen.slice(0, fig.late.summaries);
    const early = chosen.slice(fig.late.summaries);
    for (const s of late) summaries.push({ state: s.iso3, group, late: true });
    for (const s of early) summaries.push({ state: s.iso3, group, late: false });
    const parts: [StateParty[], boolean, number, number][] = [
      [late, true, fig.late.statesWithNeeds, fig.late.needs],
      [early, false, fig.statesWithNeeds - fig.late.statesWithNeeds, fig.needs - fig.late.needs],
    ];
    for (const [from, isLate, k, needs] of parts) {
      const budgets = split(rng, needs, k);
      from.slice(0, k).forEach((s, i) =>
        withNeeds.push({
          iso3: s.iso3,
          group,
          late: isLate,
          chapters: new Set(),
          budget: at(budgets, i),
          used: 0,
        }),
      );
      groupNeeds.set(`${group}:${isLate ? "late" : "early"}`, needs);
    }
  }
  // Chapters: 47 States under II and 49 under V, so 42 under both, 5 only II, 7 only V.
  // States with small budgets are the likelier single-chapter ones.
  const both = CYCLE2.chapterII.states + CYCLE2.chapterV.states - CYCLE2.statesWithNeeds;
  const onlyII = CYCLE2.chapterII.states - both;
  const onlyV = CYCLE2.statesWithNeeds - CYCLE2.chapterII.states;
  rng
    .sampleWeighted(withNeeds, withNeeds.length, (s) => 1 / s.budget)
    .forEach((s, i) => {
      if (i < onlyII) s.chapters.add("II");
      else if (i < onlyII + onlyV) s.chapters.add("V");
      else {
        s.chapters.add("II");
        s.chapters.add("V");
      }
    });
  return { summaries, withNeeds, groupNeeds };
}

/** The cycle-1 summaries and needs (figure I and the cycle-1 categories). */
export function planCycle1(rng: Rng, cycle2States: string[]) {
  // 175 summaries including every cycle-2 State (a second review follows a first), 120 with needs.
  const others = rng.shuffle(
    STATES_PARTIES.map((s) => s.iso3).filter((s) => !cycle2States.includes(s)),
  );
  const summaries = [...cycle2States, ...others].slice(0, CYCLE1.statesWithSummaries);
  const withNeeds = rng.sample(summaries, CYCLE1.statesWithNeeds);
  const w = new Map(withNeeds.map((s) => [s, 0.3 + rng.next() * 2]));
  const cats = rng.shuffle(
    CYCLE1_CATEGORY_IDS.flatMap((c) => new Array<Cycle1CategoryId>(CYCLE1_CATEGORIES[c]).fill(c)),
  );
  const chapters = rng.shuffle([
    ...new Array<"III">(CYCLE1.byChapter.III).fill("III"),
    ...new Array<"IV">(CYCLE1.byChapter.IV).fill("IV"),
  ]);
  const stateOf: string[] = [...withNeeds]; // one each first
  const total = w.size > 0 ? [...w.values()].reduce((a, b) => a + b, 0) : 1;
  while (stateOf.length < CYCLE1.needs) {
    let r = rng.next() * total;
    for (const [s, ws] of w) {
      r -= ws;
      if (r < 0) {
        stateOf.push(s);
        break;
      }
    }
    if (r >= 0) stateOf.push(at(withNeeds, withNeeds.length - 1));
  }
  const needs: PlannedNeed[] = stateOf.map((state, i) => {
    const chapter = at(chapters, i);
    const article = chapter === "III" ? rng.int(15, 42) : rng.int(43, 50);
    return {
      state,
      cycle: 1,
      chapter,
      articles: [article],
      key: String(article),
      category: null,
      cycle1Category: at(cats, i),
    };
  });
  return { summaries, needs };
}
