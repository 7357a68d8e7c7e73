/**
 * Plans the demo needs so that counting them reproduces the published figures exactly.
 *
 * 1. States: 82 cycle-2 summaries per regional group, split before/after September 2021; which
 *    of them identified needs; which chapters each State has needs under (47 II, 49 V, 54 both).
 * 2. Supports: for each article (or chapter-general key), the set of States with needs under
 *    it, of the published size, honouring the cluster unions (7+8 by 29 States, ...) and
 *    covering every State of its chapter.
 * 3. Volumes: one need per (article, State) of the support, then the remaining needs of each
 *    article spread over region-and-period groups by a max-flow, so every group total matches.
 * 4. Categories: quotas per category, the article-level shares of paras 43-45, and exactly 49
 *    States with a capacity-building need.
 * Each attempt is verified against every figure; an attempt that misses is redrawn from the
 * next seed, and the planner throws if none of the attempts succeeds.
 */
import {
  CATEGORY_IDS,
  CYCLE1_CATEGORY_IDS,
  REGIONAL_GROUP_IDS,
  STATES_PARTIES,
  type CategoryId,
  type Cycle1CategoryId,
  type RegionalGroupId,
  type StateParty,
} from "@tahub/domain";
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
  JOINT_5_6,
} from "./figures.js";
import { Rng } from "./prng.js";

export interface PlannedSummary {
  state: string;
  group: RegionalGroupId;
  late: boolean;
}

export interface PlannedNeed {
  state: string;
  cycle: 1 | 2;
  chapter: "II" | "V" | "III" | "IV";
  /** Articles named; empty for a chapter-general need. */
  articles: number[];
  /** The figure key the need counts under ("5", "II-general", "5&6" for joint needs). */
  key: string;
  category: CategoryId | null;
  cycle1Category: Cycle1CategoryId | null;
}

export interface DemoPlan {
  seed: number;
  cycle2Summaries: PlannedSummary[];
  cycle1Summaries: string[];
  needs: PlannedNeed[];
}

const II_KEYS = ["5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "II-general"];
const V_KEYS = ["51", "52", "53", "54", "55", "56", "57", "58", "59"];

function keyArticles(key: string): number[] {
  if (key === "5&6") return [5, 6];
  if (key.endsWith("-general")) return [];
  return [Number(key)];
}

/** Needs per planning column: article 5 and 6 columns exclude the joint needs. */
function columnNeeds(key: string): number {
  const n = CYCLE2_ARTICLES[key]?.needs ?? 0;
  if (key === "5" || key === "6") return n - JOINT_5_6.needs;
  if (key === "5&6") return JOINT_5_6.needs;
  return n;
}

type GroupKey = string; // `${group}:${late ? "late" : "early"}`

interface StatePlan {
  iso3: string;
  group: RegionalGroupId;
  late: boolean;
  chapters: Set<"II" | "V">;
}

function groupKey(s: { group: RegionalGroupId; late: boolean }): GroupKey {
  return `${s.group}:${s.late ? "late" : "early"}`;
}

function planStates(rng: Rng) {
  const summaries: PlannedSummary[] = [];
  const withNeeds: StatePlan[] = [];
  const groupNeeds = new Map<GroupKey, number>();
  for (const group of REGIONAL_GROUP_IDS) {
    const fig = CYCLE2_REGIONS[group];
    const pool = rng.shuffle(STATES_PARTIES.filter((s) => s.group === group));
    const chosen = pool.slice(0, fig.summaries);
    const late = chosen.slice(0, fig.late.summaries);
    const early = chosen.slice(fig.late.summaries);
    const earlyWithNeeds = fig.statesWithNeeds - fig.late.statesWithNeeds;
    for (const s of late) summaries.push({ state: s.iso3, group, late: true });
    for (const s of early) summaries.push({ state: s.iso3, group, late: false });
    for (const s of late.slice(0, fig.late.statesWithNeeds))
      withNeeds.push({ iso3: s.iso3, group, late: true, chapters: new Set() });
    for (const s of early.slice(0, earlyWithNeeds))
      withNeeds.push({ iso3: s.iso3, group, late: false, chapters: new Set() });
    groupNeeds.set(`${group}:late`, fig.late.needs);
    groupNeeds.set(`${group}:early`, fig.needs - fig.late.needs);
  }
  // Chapters: 47 States under II and 49 under V, so 42 under both, 5 only II, 7 only V.
  const both = CYCLE2.chapterII.states + CYCLE2.chapterV.states - CYCLE2.statesWithNeeds;
  const onlyII = CYCLE2.chapterII.states - both;
  // Small groups (few needs per State) are the likelier single-chapter ones.
  const order = rng.sampleWeighted(
    withNeeds,
    withNeeds.length,
    (s) => 1 / perStateNeeds(s, groupNeeds, withNeeds),
  );
  order.forEach((s, i) => {
    if (i < onlyII) s.chapters.add("II");
    else if (i < onlyII + (CYCLE2.statesWithNeeds - CYCLE2.chapterII.states)) s.chapters.add("V");
    else {
      s.chapters.add("II");
      s.chapters.add("V");
    }
  });
  return { summaries, withNeeds, groupNeeds };
}

function perStateNeeds(s: StatePlan, groupNeeds: Map<GroupKey, number>, all: StatePlan[]): number {
  const k = groupKey(s);
  const members = all.filter((x) => groupKey(x) === k).length;
  return (groupNeeds.get(k) ?? 0) / Math.max(1, members);
}

/** Supports per column key, honouring the published unions. */
function planSupports(rng: Rng, states: StatePlan[], groupNeeds: Map<GroupKey, number>) {
  const weight = (s: StatePlan) => perStateNeeds(s, groupNeeds, states) + 1;
  const inII = states.filter((s) => s.chapters.has("II"));
  const inV = states.filter((s) => s.chapters.has("V"));
  const inBoth = states.filter((s) => s.chapters.size === 2);
  const n = (k: string) => CYCLE2_ARTICLES[k]!.states;
  const S = new Map<string, StatePlan[]>();
  const pick = (from: StatePlan[], k: number) => rng.sampleWeighted(from, k, weight);
  const minus = (a: StatePlan[], b: StatePlan[]) => a.filter((x) => !b.includes(x));

  // 5 within 6 (union 31, see JOINT_5_6); joint needs in States having both.
  S.set("6", pick(inII, n("6")));
  S.set("5", pick(S.get("6")!, n("5")));
  S.set("5&6", pick(S.get("5")!, JOINT_5_6.states));
  // 7 + 8 by 29 States.
  const u78 = pick(inII, CYCLE2_AGGREGATES["7+8"]!.states);
  S.set("7", pick(u78, n("7")));
  S.set("8", [...minus(u78, S.get("7")!), ...pick(S.get("7")!, n("8") - (u78.length - n("7")))]);
  // 10 + 13 by 22 States.
  const u1013 = pick(inII, CYCLE2_AGGREGATES["10+13"]!.states);
  S.set("13", pick(u1013, n("13")));
  S.set("10", [
    ...minus(u1013, S.get("13")!),
    ...pick(S.get("13")!, n("10") - (u1013.length - n("13"))),
  ]);
  // 14 + 52 + 58 by 24 States (all with needs under both chapters).
  const uML = pick(inBoth, CYCLE2_AGGREGATES["14+52+58"]!.states);
  S.set("52", pick(uML, n("52")));
  const rest = minus(uML, S.get("52")!);
  S.set("14", [...rest, ...pick(S.get("52")!, n("14") - rest.length)]);
  S.set("58", pick(uML, n("58")));
  // 54 + 55 by 24 States.
  const u5455 = pick(inV, CYCLE2_AGGREGATES["54+55"]!.states);
  S.set("54", pick(u5455, n("54")));
  S.set("55", [
    ...minus(u5455, S.get("54")!),
    ...pick(S.get("54")!, n("55") - (u5455.length - n("54"))),
  ]);
  // Free articles.
  for (const k of ["9", "11", "12", "II-general"]) S.set(k, pick(inII, n(k)));
  for (const k of ["51", "53", "56", "57", "59"]) S.set(k, pick(inV, n(k)));

  // Cover every State of each chapter by swapping it into a free article for a State that is
  // covered twice; free articles have no union to keep.
  const repair = (chapterStates: StatePlan[], keys: string[], free: string[]) => {
    const cover = (s: StatePlan) => keys.filter((k) => S.get(k)!.includes(s)).length;
    for (const u of chapterStates) {
      if (cover(u) > 0) continue;
      let done = false;
      for (const k of rng.shuffle(free)) {
        const sup = S.get(k)!;
        const v = sup.find((x) => cover(x) >= 2);
        if (v) {
          sup[sup.indexOf(v)] = u;
          done = true;
          break;
        }
      }
      if (!done) return false;
    }
    return true;
  };
  const okII = repair(inII, [...II_KEYS, "5&6"], ["9", "11", "12", "II-general"]);
  const okV = repair(inV, V_KEYS, ["51", "53", "56", "57", "59"]);
  return okII && okV ? S : undefined;
}

/** Max-flow (Edmonds-Karp) on a small dense graph; returns the flow matrix. */
function maxFlow(
  cap: number[][],
  source: number,
  sink: number,
): { value: number; flow: number[][] } {
  const n = cap.length;
  const flow = cap.map((row) => row.map(() => 0));
  let value = 0;
  for (;;) {
    const prev = new Array<number>(n).fill(-1);
    prev[source] = source;
    const queue = [source];
    while (queue.length && prev[sink] === -1) {
      const u = queue.shift()!;
      for (let v = 0; v < n; v++) {
        if (prev[v] === -1 && cap[u]![v]! - flow[u]![v]! > 0) {
          prev[v] = u;
          queue.push(v);
        }
      }
    }
    if (prev[sink] === -1) return { value, flow };
    let push = Infinity;
    for (let v = sink; v !== source; v = prev[v]!)
      push = Math.min(push, cap[prev[v]!]![v]! - flow[prev[v]!]![v]!);
    for (let v = sink; v !== source; v = prev[v]!) {
      flow[prev[v]!]![v]! += push;
      flow[v]![prev[v]!]! -= push;
    }
    value += push;
  }
}

/** Needs per (column, State), or undefined if the group totals cannot be met. */
function planVolumes(rng: Rng, S: Map<string, StatePlan[]>, groupNeeds: Map<GroupKey, number>) {
  const cols = [...S.keys()];
  const groups = [...groupNeeds.keys()].filter((g) => groupNeeds.get(g)! > 0);
  const x = new Map<string, Map<string, number>>(); // col -> state -> n
  const base = new Map<GroupKey, number>();
  for (const c of cols) {
    const m = new Map<string, number>();
    for (const s of S.get(c)!) {
      m.set(s.iso3, 1);
      base.set(groupKey(s), (base.get(groupKey(s)) ?? 0) + 1);
    }
    x.set(c, m);
  }
  // Nodes: source, columns, groups, sink.
  const N = 2 + cols.length + groups.length;
  const src = 0;
  const sink = N - 1;
  const cap = Array.from({ length: N }, () => new Array<number>(N).fill(0));
  let need = 0;
  cols.forEach((c, i) => {
    const r = columnNeeds(c) - S.get(c)!.length;
    if (r < 0) throw new Error(`column ${c}: fewer needs than States`);
    cap[src]![1 + i] = r;
    need += r;
    groups.forEach((g, j) => {
      if (S.get(c)!.some((s) => groupKey(s) === g)) cap[1 + i]![1 + cols.length + j] = 10_000;
    });
  });
  for (const [j, g] of groups.entries()) {
    const r = groupNeeds.get(g)! - (base.get(g) ?? 0);
    if (r < 0) return undefined;
    cap[1 + cols.length + j]![sink] = r;
  }
  const { value, flow } = maxFlow(cap, src, sink);
  if (value !== need) return undefined;
  cols.forEach((c, i) => {
    groups.forEach((g, j) => {
      let amount = flow[1 + i]![1 + cols.length + j]!;
      const members = S.get(c)!.filter((s) => groupKey(s) === g);
      const w = new Map(members.map((s) => [s.iso3, 0.5 + rng.next() * 2]));
      while (amount-- > 0) {
        const [s] = rng.sampleWeighted(members, 1, (m) => w.get(m.iso3)!);
        x.get(c)!.set(s!.iso3, x.get(c)!.get(s!.iso3)! + 1);
      }
    });
  });
  return x;
}

/** How strongly an article's needs lean to each category (illustrative, from paras 19-47). */
function affinity(key: string, c: CategoryId): number {
  const a = key.endsWith("-general") ? 0 : Number(key.split("&")[0]);
  const lean: Partial<Record<number, Partial<Record<CategoryId, number>>>> = {
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
  return lean[a]?.[c] ?? 1;
}

function assignCategories(rng: Rng, needs: PlannedNeed[]): boolean {
  const quota = new Map<CategoryId, number>(
    Object.entries(CYCLE2_CATEGORIES) as [CategoryId, number][],
  );
  const take = (n: PlannedNeed, c: CategoryId) => {
    n.category = c;
    quota.set(c, quota.get(c)! - 1);
  };
  const states = [...new Set(needs.map((n) => n.state))];
  // Five States without a capacity-building need: the ones with the fewest needs.
  const count = (s: string) => needs.filter((n) => n.state === s).length;
  const noCb = new Set(
    rng
      .shuffle(states)
      .sort((a, b) => count(a) - count(b))
      .slice(0, states.length - CAPACITY_BUILDING_STATES),
  );
  const isCb = (n: PlannedNeed) => !noCb.has(n.state);
  const in5455 = (n: PlannedNeed) => n.key === "54" || n.key === "55";
  // Paras 44-45: 54+55 -> 32 capacity-building, 11 legislative, the rest research or institutions.
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
  // Para 43: a third of article 53's needs legislative, the rest good practices (peer learning).
  const p53 = rng.shuffle(needs.filter((n) => n.key === "53"));
  p53
    .slice(0, ARTICLE_CATEGORY_FIGURES["53"]["legislative-assistance"])
    .forEach((n) => take(n, "legislative-assistance"));
  p53
    .slice(ARTICLE_CATEGORY_FIGURES["53"]["legislative-assistance"])
    .forEach((n) => take(n, isCb(n) ? "capacity-building" : "international-cooperation"));
  // One capacity-building need in every other State.
  for (const s of states) {
    if (noCb.has(s) || needs.some((n) => n.state === s && n.category === "capacity-building"))
      continue;
    const free = needs.filter((n) => n.state === s && !n.category);
    if (free.length === 0) return false;
    take(rng.pick(free), "capacity-building");
  }
  // The rest by remaining quota x affinity; the no-capacity-building States first.
  const rest = rng
    .shuffle(needs.filter((n) => !n.category))
    .sort((a, b) => Number(isCb(a)) - Number(isCb(b)));
  for (const n of rest) {
    const options = CATEGORY_IDS.filter(
      (c) => quota.get(c)! > 0 && (c !== "capacity-building" || isCb(n)),
    );
    if (options.length === 0) return false;
    const [c] = rng.sampleWeighted(options, 1, (c) => quota.get(c)! * affinity(n.key, c));
    take(n, c!);
  }
  return [...quota.values()].every((q) => q === 0);
}

function planCycle1(rng: Rng, cycle2States: string[]) {
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
    if (r >= 0) stateOf.push(withNeeds[withNeeds.length - 1]!);
  }
  const needs: PlannedNeed[] = stateOf.map((state, i) => {
    const chapter = chapters[i]!;
    const article = chapter === "III" ? rng.int(15, 42) : rng.int(43, 50);
    return {
      state,
      cycle: 1,
      chapter,
      articles: [article],
      key: String(article),
      category: null,
      cycle1Category: cats[i]!,
    };
  });
  return { summaries, needs };
}

function attempt(seed: number): DemoPlan | undefined {
  const rng = new Rng(seed);
  const { summaries, withNeeds, groupNeeds } = planStates(rng);
  const S = planSupports(rng, withNeeds, groupNeeds);
  if (!S) return undefined;
  const x = planVolumes(rng, S, groupNeeds);
  if (!x) return undefined;
  const needs: PlannedNeed[] = [];
  for (const [key, byState] of x) {
    for (const [state, n] of byState) {
      for (let i = 0; i < n; i++) {
        const chapter = key === "II-general" || II_KEYS.includes(key) || key === "5&6" ? "II" : "V";
        needs.push({
          state,
          cycle: 2,
          chapter,
          articles: keyArticles(key),
          key,
          category: null,
          cycle1Category: null,
        });
      }
    }
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

/** Every published figure the plan misses, as readable lines (empty when it reproduces all). */
export function verifyPlan(plan: DemoPlan): string[] {
  const errors: string[] = [];
  const eq = (what: string, got: number, want: number) => {
    if (got !== want) errors.push(`${what}: ${got}, published ${want}`);
  };
  const c2 = plan.needs.filter((n) => n.cycle === 2);
  const states = (ns: PlannedNeed[]) => new Set(ns.map((n) => n.state)).size;
  eq("cycle 2 summaries", plan.cycle2Summaries.length, CYCLE2.statesWithSummaries);
  eq("cycle 2 needs", c2.length, CYCLE2.needs);
  eq("cycle 2 States with needs", states(c2), CYCLE2.statesWithNeeds);
  for (const ch of ["II", "V"] as const) {
    const ns = c2.filter((n) => n.chapter === ch);
    const fig = ch === "II" ? CYCLE2.chapterII : CYCLE2.chapterV;
    eq(`chapter ${ch} needs`, ns.length, fig.needs);
    eq(`chapter ${ch} States`, states(ns), fig.states);
  }
  const naming = (key: string) =>
    key.endsWith("-general")
      ? c2.filter((n) => n.articles.length === 0 && `${n.chapter}-general` === key)
      : c2.filter((n) => n.articles.includes(Number(key)));
  for (const [key, fig] of Object.entries(CYCLE2_ARTICLES)) {
    eq(`article ${key} needs`, naming(key).length, fig.needs);
    eq(`article ${key} States`, states(naming(key)), fig.states);
  }
  for (const [key, fig] of Object.entries(CYCLE2_AGGREGATES)) {
    const arts = key.split("+").map(Number);
    const ns = c2.filter((n) => n.articles.some((a) => arts.includes(a)));
    eq(`articles ${key} needs`, ns.length, fig.needs);
    eq(`articles ${key} States`, states(ns), fig.states);
  }
  for (const c of CATEGORY_IDS)
    eq(`category ${c}`, c2.filter((n) => n.category === c).length, CYCLE2_CATEGORIES[c]);
  eq(
    "capacity-building States",
    states(c2.filter((n) => n.category === "capacity-building")),
    CAPACITY_BUILDING_STATES,
  );
  const late = new Set(plan.cycle2Summaries.filter((s) => s.late).map((s) => s.state));
  const early = c2.filter((n) => !late.has(n.state));
  eq("needs by Sept 2021", early.length, CYCLE2.sept2021.needs);
  eq("States with needs by Sept 2021", states(early), CYCLE2.sept2021.statesWithNeeds);
  eq("summaries by Sept 2021", plan.cycle2Summaries.length - late.size, CYCLE2.sept2021.summaries);
  const groupOf = new Map(plan.cycle2Summaries.map((s) => [s.state, s.group]));
  for (const g of REGIONAL_GROUP_IDS) {
    const ns = c2.filter((n) => groupOf.get(n.state) === g);
    eq(
      `${g} summaries`,
      plan.cycle2Summaries.filter((s) => s.group === g).length,
      CYCLE2_REGIONS[g].summaries,
    );
    eq(`${g} needs`, ns.length, CYCLE2_REGIONS[g].needs);
    eq(`${g} States with needs`, states(ns), CYCLE2_REGIONS[g].statesWithNeeds);
  }
  const p53 = c2.filter((n) => n.key === "53");
  eq(
    "article 53 legislative",
    p53.filter((n) => n.category === "legislative-assistance").length,
    5,
  );
  const p5455 = c2.filter((n) => n.key === "54" || n.key === "55");
  eq("54+55 capacity-building", p5455.filter((n) => n.category === "capacity-building").length, 32);
  eq("54+55 legislative", p5455.filter((n) => n.category === "legislative-assistance").length, 11);
  const c1 = plan.needs.filter((n) => n.cycle === 1);
  eq("cycle 1 needs", c1.length, CYCLE1.needs);
  eq("cycle 1 States", states(c1), CYCLE1.statesWithNeeds);
  eq("cycle 1 summaries", plan.cycle1Summaries.length, CYCLE1.statesWithSummaries);
  eq("cycle 1 chapter III", c1.filter((n) => n.chapter === "III").length, CYCLE1.byChapter.III);
  for (const c of CYCLE1_CATEGORY_IDS)
    eq(`cycle 1 ${c}`, c1.filter((n) => n.cycle1Category === c).length, CYCLE1_CATEGORIES[c]);
  return errors;
}

export const DEMO_SEED = 20230915;

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

export type { StateParty };
