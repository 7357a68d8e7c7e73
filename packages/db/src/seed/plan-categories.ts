/**
 * Step 5 of the demo planner (plan.ts): a category for every cycle-2 need, meeting the quotas
 * of figure IV, the article-level shares of paras 43-45 and exactly 49 States with a
 * capacity-building need.
 */
import { CATEGORY_IDS, type CategoryId } from "@tahub/domain";
import { at, must } from "../util/at.js";
import {
  ARTICLE_CATEGORY_FIGURES,
  CAPACITY_BUILDING_STATES,
  CYCLE2_CATEGORIES,
} from "./figures.js";
import type { PlannedNeed } from "./plan-model.js";
import type { Rng } from "./prng.js";

/** How strongly an article's needs lean to each category (illustrative, from paras 19-47). */
const LEAN: Partial<Record<number, Partial<Record<CategoryId, number>>>> = {
  5: { policymaking: 3, "research-data": 1.5 },
  6: { "institution-building": 3 },
  7: { "legislative-assistance": 1.5, "institution-building": 1.5 },
  8: { "institution-building": 2 },
  9: { "legislative-assistance": 2 },
  10: { "legislative-assistance": 2.5 },
  12: { "legislative-assistance": 2, policymaking: 1.5 },
  14: { "research-data": 1.5 },
  51: { "institution-building": 1.5, "legislative-assistance": 1.5 },
  56: { "international-cooperation": 3, policymaking: 2 },
  57: { "international-cooperation": 4 },
  58: { "institution-building": 2, "research-data": 2 },
  59: { "international-cooperation": 6 },
};

function affinity(key: string, c: CategoryId): number {
  const a = key.endsWith("-general") ? 0 : Number(key.split("&")[0]);
  return LEAN[a]?.[c] ?? 1;
}

/** What the steps share: the quotas left, and which needs may be capacity-building. */
interface Assigner {
  take: (n: PlannedNeed, c: CategoryId) => void;
  quotaOf: (c: CategoryId) => number;
  isCb: (n: PlannedNeed) => boolean;
  noCb: Set<string>;
  states: string[];
}

export function assignCategories(rng: Rng, needs: PlannedNeed[]): boolean {
  const quota = new Map<CategoryId, number>(
    Object.entries(CYCLE2_CATEGORIES) as [CategoryId, number][],
  );
  const quotaOf = (c: CategoryId) => must(quota.get(c), `a quota for ${c}`);
  const states = [...new Set(needs.map((n) => n.state))];
  // Five States without a capacity-building need: the ones with the fewest needs.
  const count = (s: string) => needs.filter((n) => n.state === s).length;
  const noCb = new Set(
    rng
      .shuffle(states)
      .sort((a, b) => count(a) - count(b))
      .slice(0, states.length - CAPACITY_BUILDING_STATES),
  );
  const a: Assigner = {
    take: (n, c) => {
      n.category = c;
      quota.set(c, quotaOf(c) - 1);
    },
    quotaOf,
    isCb: (n) => !noCb.has(n.state),
    noCb,
    states,
  };
  if (!assign54and55(rng, needs, a)) return false;
  assign53(rng, needs, a);
  if (!oneCapacityBuildingEach(rng, needs, a) || !assignRest(rng, needs, a)) return false;
  return [...quota.values()].every((q) => q === 0);
}

/** Paras 44-45: 54+55 -> 32 capacity-building, 11 legislative, the rest research or institutions. */
function assign54and55(rng: Rng, needs: PlannedNeed[], { take, isCb }: Assigner): boolean {
  const in5455 = (n: PlannedNeed) => n.articles.includes(54) || n.articles.includes(55);
  const fig5455 = ARTICLE_CATEGORY_FIGURES["54+55"];
  const p5455 = rng.shuffle(needs.filter(in5455));
  const cb5455 = p5455.filter(isCb).slice(0, fig5455["capacity-building"]);
  if (cb5455.length < fig5455["capacity-building"]) return false;
  for (const n of cb5455) take(n, "capacity-building");
  const left5455 = p5455.filter((n) => !n.category);
  left5455
    .slice(0, fig5455["legislative-assistance"])
    .forEach((n) => take(n, "legislative-assistance"));
  left5455
    .slice(fig5455["legislative-assistance"])
    .forEach((n, i) => take(n, i % 2 === 0 ? "research-data" : "institution-building"));
  return true;
}

/** Para 43: a third of article 53's needs legislative, the rest good practices (peer learning). */
function assign53(rng: Rng, needs: PlannedNeed[], { take, isCb }: Assigner): void {
  const p53 = rng.shuffle(needs.filter((n) => n.key === "53"));
  p53
    .slice(0, ARTICLE_CATEGORY_FIGURES["53"]["legislative-assistance"])
    .forEach((n) => take(n, "legislative-assistance"));
  p53
    .slice(ARTICLE_CATEGORY_FIGURES["53"]["legislative-assistance"])
    .forEach((n) => take(n, isCb(n) ? "capacity-building" : "international-cooperation"));
}

/** One capacity-building need in every other State. */
function oneCapacityBuildingEach(
  rng: Rng,
  needs: PlannedNeed[],
  { take, noCb, states }: Assigner,
): boolean {
  for (const s of states) {
    if (noCb.has(s) || needs.some((n) => n.state === s && n.category === "capacity-building"))
      continue;
    const free = needs.filter((n) => n.state === s && !n.category);
    if (free.length === 0) return false;
    take(rng.pick(free), "capacity-building");
  }
  return true;
}

/** The rest by remaining quota x affinity; the no-capacity-building States first. */
function assignRest(rng: Rng, needs: PlannedNeed[], { take, quotaOf, isCb }: Assigner): boolean {
  const rest = rng
    .shuffle(needs.filter((n) => !n.category))
    .sort((a, b) => Number(isCb(a)) - Number(isCb(b)));
  for (const n of rest) {
    const options = CATEGORY_IDS.filter(
      (c) => quotaOf(c) > 0 && (c !== "capacity-building" || isCb(n)),
    );
    if (options.length === 0) return false;
    const drawn = rng.sampleWeighted(options, 1, (c) => quotaOf(c) * affinity(n.key, c));
    take(n, at(drawn, 0));
  }
  return true;
}
