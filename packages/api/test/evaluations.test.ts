/**
 * analytics.evaluations (issue 15, deliverable 5): the OECD-DAC scores of engagements, mean and
 * count per criterion, overall and by provider, region and grouping, separately as the providers
 * and as the States rated them; SQL over the records the caller may read, small counts withheld
 * for everyone but the secretariat.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "./harness.js";
import { must } from "./must.js";

let h: Harness;

/** A delivered engagement of `providerId` on a fresh need of `state`, evaluated by both sides. */
async function evaluated(
  state: "KEN" | "PER",
  providerId: string,
  byProvider: number,
  byState: number,
  confidentiality = "public",
) {
  const need = await h.db.prisma.need.create({
    data: {
      stateId: state,
      cycle: 2,
      text: "Evaluated support for the anti-corruption body",
      articles: [6],
      category: "capacity-building",
      categories: ["capacity-building"],
      confidentiality,
    },
  });
  let e = await h.db.prisma.engagement.create({
    data: { needId: need.id, providerId, status: "delivered" },
  });
  // A provider cannot read a secretariat-only need: the secretariat evaluates for it.
  const provider = await h.as(
    confidentiality !== "public"
      ? "admin"
      : providerId === h.ids.provider
        ? "provider"
        : "otherProvider",
  );
  const focal = await h.as(state === "KEN" ? "state" : "otherState");
  const p = await provider.engagements.evaluate({
    id: e.id,
    version: e.version,
    evaluation: { relevance: { score: byProvider }, impact: { score: byProvider } },
  });
  e = { ...e, version: p.version };
  await focal.engagements.evaluate({
    id: e.id,
    version: e.version,
    evaluation: { relevance: { score: byState } },
  });
  return e.id;
}

beforeAll(async () => {
  h = await createHarness();
  // The provider rates 4, 2, 3 on Kenyan needs; Kenya rates 2, 2, 2. The other provider: one
  // Peruvian need (4 / 1).
  await evaluated("KEN", h.ids.provider, 4, 2);
  await evaluated("KEN", h.ids.provider, 2, 2);
  await evaluated("KEN", h.ids.provider, 3, 2);
  await evaluated("PER", h.ids.otherProvider, 4, 1);
}, 300_000);
afterAll(() => h?.close());

describe("analytics.evaluations", () => {
  it("gives the secretariat every mean and count, by rater, provider, region and grouping", async () => {
    const a = await (await h.as("analyst")).analytics.evaluations();
    expect(a.disclosure.basis).toBe("all-records");
    expect(a.provider.overall.engagements).toBe(4);
    expect(a.provider.overall.criteria.relevance).toEqual({ mean: 3.25, scores: 4 });
    expect(a.provider.overall.criteria.coherence).toEqual({ mean: null, scores: 0 });
    // Two criteria each: (4+4+2+2+3+3+4+4)/8.
    expect(a.provider.overall.mean).toBe(3.25);
    expect(a.state.overall.criteria.relevance).toEqual({ mean: 1.75, scores: 4 });
    const mine = must(a.provider.byProvider.find((r) => r.key === h.ids.provider));
    expect(mine).toMatchObject({ name: "Integrity Commission of Ghana", engagements: 3 });
    expect(must(mine.criteria.relevance).mean).toBe(3);
    expect(must(a.state.byRegion.find((r) => r.key === "african")).criteria.relevance).toEqual({
      mean: 2,
      scores: 3,
    });
    expect(
      must(a.state.byRegion.find((r) => r.key === "latin-american-caribbean")).engagements,
    ).toBe(1);
    expect(a.provider.byGrouping.map((r) => r.key)).toEqual(["capacity-building"]);
  });

  it("filters by region, State, provider and as-at day", async () => {
    const analyst = await h.as("analyst");
    const peru = await analyst.analytics.evaluations({
      filters: { regions: ["latin-american-caribbean"] },
    });
    expect(peru.state.overall.criteria.relevance).toEqual({ mean: 1, scores: 1 });
    const ken = await analyst.analytics.evaluations({ filters: { states: ["KEN"] } });
    expect(ken.provider.overall.engagements).toBe(3);
    const other = await analyst.analytics.evaluations({ providers: [h.ids.otherProvider] });
    expect(other.provider.byProvider.map((r) => r.key)).toEqual([h.ids.otherProvider]);
    const before = await analyst.analytics.evaluations({ asAt: "2020-01-01" });
    expect(before.provider.overall.engagements).toBe(0);
    expect(before.state.byRegion).toEqual([]);
  });

  it("shows the public only aggregates over public needs, withholding counts of 1 or 2", async () => {
    // A restricted need's evaluation must not move any public number.
    await evaluated("KEN", h.ids.provider, 1, 1, "secretariat-only");
    const pub = await (await h.as("public")).analytics.evaluations();
    expect(pub.disclosure).toEqual({ basis: "readable-records", suppressedBelow: 3 });
    expect(pub.provider.overall.engagements).toBe(4);
    expect(pub.provider.overall.criteria.relevance).toEqual({ mean: 3.25, scores: 4 });
    // Peru's single evaluation: withheld, mean and all.
    const lac = must(pub.state.byRegion.find((r) => r.key === "latin-american-caribbean"));
    expect(lac).toMatchObject({ engagements: null, mean: null });
    expect(lac.criteria.relevance).toEqual({ mean: null, scores: null });
    const all = await (await h.as("admin")).analytics.evaluations();
    expect(all.provider.overall.engagements).toBe(5);
  });
});
