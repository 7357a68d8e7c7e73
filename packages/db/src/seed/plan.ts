/**
 * Plans the demo needs so that counting them reproduces the published figures exactly.
 *
 * 1. States: 82 cycle-2 summaries per regional group, split before/after September 2021; which
 *    of them identified needs, how many needs each has (a budget; the group totals are the
 *    published ones) and which chapters it has needs under (47 II, 49 V, 54 in all).
 * 2. Supports, per period: for each article (or "II-general"), the States with a need naming
 *    it, of the published size (figures V, VI) and of the chosen size among later States,
 *    honouring the cluster unions (7+8 by 29 States, 14+52+58 by 24, ...) and covering every
 *    State of its chapter. States with budget left are likelier to be drawn.
 * 3. Joint needs: the needs naming two articles (JOINT_NEEDS), each in a State naming both.
 * 4. Volumes: one need per (article, State) of the support unless a joint need of the same
 *    chapter already names the article there, then the rest of each article's needs in each
 *    period (figure II) spread over regional groups by a max-flow, so every group total matches.
 * 5. Categories: quotas per category, the article-level shares of paras 43-45, and exactly 49
 *    States with a capacity-building need.
 * Each attempt is verified against every figure; an attempt that misses is redrawn from the
 * next seed, and the planner throws if none of the attempts succeeds.
 */
import { CATEGORY_IDS, CYCLE1_CATEGORY_IDS, REGIONAL_GROUP_IDS } from "@tahub/domain";
import {
  ARTICLE_CATEGORY_FIGURES,
  CAPACITY_BUILDING_STATES,
  CYCLE1,
  CYCLE1_CATEGORIES,
  CYCLE2,
  CYCLE2_AGGREGATES,
  CYCLE2_ARTICLES,
  CYCLE2_CATEGORIES,
  CYCLE2_REGIONS,
  JOINT_NEEDS,
} from "./figures.js";
import { assignCategories } from "./plan-categories.js";
import {
  keyArticle,
  keyChapter,
  periodOf,
  PERIODS,
  type Chapter,
  type DemoPlan,
  type PlannedNeed,
} from "./plan-model.js";
import { planCycle1, planStates } from "./plan-states.js";
import { planSupports } from "./plan-supports.js";
import { planVolumes } from "./plan-volumes.js";
import { Rng } from "./prng.js";

export type { DemoPlan, PlannedNeed } from "./plan-model.js";

/** The articles and chapter of a planned key ("5", "II-general", "5&6"). */
function keyShape(key: string): { articles: number[]; chapter: Chapter } {
  const joint = JOINT_NEEDS.find((j) => j.key === key);
  if (joint) return { articles: [...joint.articles], chapter: joint.chapter };
  const a = keyArticle(key);
  return { articles: a === null ? [] : [a], chapter: keyChapter(key) };
}

function attempt(seed: number): DemoPlan | undefined {
  const rng = new Rng(seed);
  const { summaries, withNeeds, groupNeeds } = planStates(rng);
  const needs: PlannedNeed[] = [];
  for (const p of PERIODS) {
    const pop = withNeeds.filter((s) => periodOf(s) === p);
    const S = planSupports(rng, p, pop);
    if (!S) return undefined;
    const placed = planVolumes(rng, p, S, groupNeeds);
    if (!placed) return undefined;
    for (const { state, key } of placed)
      needs.push({
        state: state.iso3,
        cycle: 2,
        ...keyShape(key),
        key,
        category: null,
        cycle1Category: null,
      });
  }
  if (!assignCategories(rng, needs)) return undefined;
  const cycle1 = planCycle1(
    rng,
    summaries.map((s) => s.state),
  );
  const plan: DemoPlan = {
    seed,
    cycle2Summaries: summaries,
    cycle1Summaries: cycle1.summaries,
    needs: [...rng.shuffle(needs), ...cycle1.needs],
  };
  return verifyPlan(plan).length === 0 ? plan : undefined;
}

type Eq = (what: string, got: number, want: number) => void;
const statesOf = (ns: PlannedNeed[]) => new Set(ns.map((n) => n.state)).size;

/** Every published figure the plan misses, as readable lines (empty when it reproduces all). */
export function verifyPlan(plan: DemoPlan): string[] {
  const errors: string[] = [];
  const eq: Eq = (what, got, want) => {
    if (got !== want) errors.push(`${what}: ${got}, published ${want}`);
  };
  const c2 = plan.needs.filter((n) => n.cycle === 2);
  const late = new Set(plan.cycle2Summaries.filter((s) => s.late).map((s) => s.state));
  const early = c2.filter((n) => !late.has(n.state));
  verifyTotals(plan, c2, eq);
  verifyArticles(c2, early, eq);
  verifyCategories(c2, eq);
  eq("needs by Sept 2021", early.length, CYCLE2.sept2021.needs);
  eq("States with needs by Sept 2021", statesOf(early), CYCLE2.sept2021.statesWithNeeds);
  eq("summaries by Sept 2021", plan.cycle2Summaries.length - late.size, CYCLE2.sept2021.summaries);
  verifyRegions(plan, c2, eq);
  verifyArticleCategories(c2, eq);
  verifyCycle1(plan, eq);
  return errors;
}

/** Cycle 2: summaries, needs and States, in all and per chapter. */
function verifyTotals(plan: DemoPlan, c2: PlannedNeed[], eq: Eq): void {
  eq("cycle 2 summaries", plan.cycle2Summaries.length, CYCLE2.statesWithSummaries);
  eq("cycle 2 needs", c2.length, CYCLE2.needs);
  eq("cycle 2 States with needs", statesOf(c2), CYCLE2.statesWithNeeds);
  for (const ch of ["II", "V"] as const) {
    const ns = c2.filter((n) => n.chapter === ch);
    const fig = ch === "II" ? CYCLE2.chapterII : CYCLE2.chapterV;
    eq(`chapter ${ch} needs`, ns.length, fig.needs);
    eq(`chapter ${ch} States`, statesOf(ns), fig.states);
  }
}

/** Figures II, V and VI: needs and States per article and per aggregate of articles. */
function verifyArticles(c2: PlannedNeed[], early: PlannedNeed[], eq: Eq): void {
  const naming = (ns: PlannedNeed[], key: string) =>
    key.endsWith("-general")
      ? ns.filter((n) => n.articles.length === 0 && `${n.chapter}-general` === key)
      : ns.filter((n) => n.articles.includes(Number(key)));
  for (const [key, fig] of Object.entries(CYCLE2_ARTICLES)) {
    eq(`article ${key} needs`, naming(c2, key).length, fig.needs);
    eq(`article ${key} States`, statesOf(naming(c2, key)), fig.states);
    eq(`article ${key} needs by Sept 2021`, naming(early, key).length, fig.sept2021);
  }
  for (const [key, fig] of Object.entries(CYCLE2_AGGREGATES)) {
    const arts = key.split("+").map(Number);
    const ns = c2.filter((n) => n.articles.some((a) => arts.includes(a)));
    eq(`articles ${key} needs`, ns.length, fig.needs);
    eq(`articles ${key} States`, statesOf(ns), fig.states);
  }
}

/** Figure IV and para 16: needs per category, States with a capacity-building need. */
function verifyCategories(c2: PlannedNeed[], eq: Eq): void {
  for (const c of CATEGORY_IDS)
    eq(`category ${c}`, c2.filter((n) => n.category === c).length, CYCLE2_CATEGORIES[c]);
  eq(
    "capacity-building States",
    statesOf(c2.filter((n) => n.category === "capacity-building")),
    CAPACITY_BUILDING_STATES,
  );
}

/** Figure III: summaries, needs and States with needs per regional group. */
function verifyRegions(plan: DemoPlan, c2: PlannedNeed[], eq: Eq): void {
  const groupOf = new Map(plan.cycle2Summaries.map((s) => [s.state, s.group]));
  for (const g of REGIONAL_GROUP_IDS) {
    const ns = c2.filter((n) => groupOf.get(n.state) === g);
    eq(
      `${g} summaries`,
      plan.cycle2Summaries.filter((s) => s.group === g).length,
      CYCLE2_REGIONS[g].summaries,
    );
    eq(`${g} needs`, ns.length, CYCLE2_REGIONS[g].needs);
    eq(`${g} States with needs`, statesOf(ns), CYCLE2_REGIONS[g].statesWithNeeds);
  }
}

/** Paras 43-45: the categories of the needs naming article 53, and articles 54 and 55. */
function verifyArticleCategories(c2: PlannedNeed[], eq: Eq): void {
  const p53 = c2.filter((n) => n.articles.includes(53));
  eq(
    "article 53 legislative",
    p53.filter((n) => n.category === "legislative-assistance").length,
    ARTICLE_CATEGORY_FIGURES["53"]["legislative-assistance"],
  );
  const p5455 = c2.filter((n) => n.articles.includes(54) || n.articles.includes(55));
  const f5455 = ARTICLE_CATEGORY_FIGURES["54+55"];
  eq(
    "54+55 capacity-building",
    p5455.filter((n) => n.category === "capacity-building").length,
    f5455["capacity-building"],
  );
  eq(
    "54+55 legislative",
    p5455.filter((n) => n.category === "legislative-assistance").length,
    f5455["legislative-assistance"],
  );
}

/** Figure I and the cycle-1 categories. */
function verifyCycle1(plan: DemoPlan, eq: Eq): void {
  const c1 = plan.needs.filter((n) => n.cycle === 1);
  eq("cycle 1 needs", c1.length, CYCLE1.needs);
  eq("cycle 1 States", statesOf(c1), CYCLE1.statesWithNeeds);
  eq("cycle 1 summaries", plan.cycle1Summaries.length, CYCLE1.statesWithSummaries);
  eq("cycle 1 chapter III", c1.filter((n) => n.chapter === "III").length, CYCLE1.byChapter.III);
  for (const c of CYCLE1_CATEGORY_IDS)
    eq(`cycle 1 ${c}`, c1.filter((n) => n.cycle1Category === c).length, CYCLE1_CATEGORIES[c]);
}

const DEMO_SEED = 20230915;

/** The demo plan: the first seed from DEMO_SEED whose draw meets every figure. */
export function planDemo(seed = DEMO_SEED, attempts = 200): DemoPlan {
  for (let i = 0; i < attempts; i++) {
    const plan = attempt(seed + i);
    if (plan) return plan;
  }
  throw new Error(
    `no demo plan met every published figure in ${attempts} attempts from seed ${seed}`,
  );
}
