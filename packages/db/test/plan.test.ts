import { getState } from "@tahub/domain";
import { describe, expect, it } from "vitest";
import { SEPT_2021 } from "../src/seed/figures.js";
import { buildDemo } from "../src/seed/index.js";
import { planDemo, verifyPlan, type DemoPlan, type PlannedNeed } from "../src/seed/plan.js";
import { must } from "../src/util/at.js";

/**
 * The demo's records read back as a plan: what `buildDemo` will insert, not what it was asked
 * to build. `planDemo` only returns a plan `verifyPlan` accepts, so checking its plan proves
 * nothing; checking the built records catches a builder that drops, moves or relabels a need.
 */
function planOfRecords(d: ReturnType<typeof buildDemo>): DemoPlan {
  const day = (x: Date | string) => new Date(x).toISOString().slice(0, 10);
  const needs: PlannedNeed[] = d.needs.map((n) => ({
    state: n.stateId,
    cycle: n.cycle as 1 | 2,
    chapter: n.chapterId as PlannedNeed["chapter"],
    articles: [...((n.articles as number[] | undefined) ?? [])],
    key: "",
    category: (n.category ?? null) as PlannedNeed["category"],
    cycle1Category: (n.cycle1Category ?? null) as PlannedNeed["cycle1Category"],
  }));
  return {
    seed: 0,
    cycle2Summaries: d.summaries
      .filter((s) => s.cycle === 2)
      .map((s) => ({
        state: s.stateId,
        group: must(getState(s.stateId), `State ${s.stateId}`).group,
        late: day(s.finalisedOn) > SEPT_2021,
      })),
    cycle1Summaries: d.summaries.filter((s) => s.cycle === 1).map((s) => s.stateId),
    needs,
  };
}

const copy = (p: DemoPlan): DemoPlan => structuredClone(p);

describe("the demo plan", () => {
  it("builds records that meet every published figure of the CAC/COSP/2023 note on TA needs", () => {
    expect(verifyPlan(planOfRecords(buildDemo()))).toEqual([]);
  });

  it("names each published figure a plan misses (the check planDemo relies on can fail)", () => {
    const plan = planDemo();
    const c2 = (p: DemoPlan) => p.needs.filter((n) => n.cycle === 2);

    const fewer = copy(plan);
    fewer.needs.splice(fewer.needs.indexOf(must(c2(fewer)[0], "a cycle-2 need")), 1);
    expect(verifyPlan(fewer)).toContainEqual(expect.stringMatching(/^cycle 2 needs: /));

    const relabelled = copy(plan);
    const need = must(
      c2(relabelled).find((n) => n.category === "capacity-building"),
      "a capacity-building need",
    );
    need.category = "legislative-assistance";
    expect(verifyPlan(relabelled)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^category capacity-building: /),
        expect.stringMatching(/^category legislative-assistance: /),
      ]),
    );

    const moved = copy(plan);
    const on5 = must(
      c2(moved).find((n) => n.articles.length === 1 && n.articles[0] === 5),
      "a need naming article 5 alone",
    );
    on5.articles = [6];
    expect(verifyPlan(moved)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^article 5 needs: /),
        expect.stringMatching(/^article 6 needs: /),
      ]),
    );

    const later = copy(plan);
    must(
      later.cycle2Summaries.find((s) => !s.late),
      "an early summary",
    ).late = true;
    expect(verifyPlan(later)).toContainEqual(expect.stringMatching(/^summaries by Sept 2021: /));

    const cycle1 = copy(plan);
    cycle1.cycle1Summaries.pop();
    expect(verifyPlan(cycle1)).toContainEqual(expect.stringMatching(/^cycle 1 summaries: /));
  });

  it("refuses to return a plan when no seed meets the figures", () => {
    expect(() => planDemo(undefined, 0)).toThrow(/no demo plan met every published figure/);
  });

  it("is the same on every run (seeded generator)", () => {
    const a = buildDemo();
    const b = buildDemo();
    expect(a.needs).toStrictEqual(b.needs);
    expect(a.offers).toStrictEqual(b.offers);
    expect(a.summaries).toStrictEqual(b.summaries);
  });

  it("has the supply-side volumes the issue asks for", () => {
    const d = buildDemo();
    expect(d.offers.length).toBeGreaterThanOrEqual(60);
    expect(d.expertise.length).toBeGreaterThanOrEqual(40);
    expect(d.experts.length).toBeGreaterThanOrEqual(100);
    expect(d.needs.every((n) => n.demo)).toBe(true);
  });

  it("gives needs statuses beyond identified, restricted tiers and gender-responsive flags", () => {
    const c2 = buildDemo().needs.filter((n) => n.cycle === 2);
    expect(new Set(c2.map((n) => n.status)).size).toBeGreaterThanOrEqual(4);
    expect(c2.some((n) => n.confidentiality === "secretariat-only")).toBe(true);
    expect(c2.some((n) => n.genderResponsive)).toBe(true);
  });
});
