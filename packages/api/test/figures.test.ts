/**
 * Figures outside the secretariat (issue 12): counted from the records the caller may read, so
 * a restricted record never moves a public number, and small counts are withheld.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disclose, withhold } from "../src/lib/disclosure.js";
import { createHarness, type Harness } from "./harness.js";

let h: Harness;

beforeAll(async () => {
  h = await createHarness();
  const kenya = await h.as("state");
  // Five public needs of Kenya on article 33: above the suppression threshold.
  for (let i = 0; i < 5; i++)
    await kenya.needs.create({
      state: "KEN",
      text: `Whistle-blower protection guidance number ${i} (art. 33)`,
      articles: [33],
    });
}, 300_000);

afterAll(() => h?.close());

/**
 * A question naming filters that Kenya's and Peru's needs on article 33 pass (the harness has no
 * finalised summaries, so no as-at day: it would count nothing).
 */
const FILTERED = {
  periods: ["2020-01", "2099-12"],
  filters: {
    regions: ["african", "latin-american-caribbean"],
    states: ["KEN", "PER"],
    chapters: ["III"],
    articles: [33],
    cycle: 2,
    genderResponsive: false,
  },
} as const satisfies Parameters<Awaited<ReturnType<Harness["as"]>>["analytics"]["figures"]>[0];

/** Everything a public or provider caller can count. */
async function countable(role: "public" | "provider") {
  const c = await h.as(role);
  return JSON.stringify([
    await c.analytics.figures(),
    // The same question with an as-at date, periods and every filter: still public records only.
    await c.analytics.figures(FILTERED),
    await c.analytics.crossTabs(),
    await c.analytics.crossTabs({ grouping: "any", filters: FILTERED.filters }),
    await c.analytics.supplyMatrix({}),
    await c.analytics.csv({ figure: "V" }),
    await c.analytics.csv({ figure: "region-article", query: FILTERED }),
    (await c.providers.list({})).map((p) => [p.id, p.offers]),
    (await c.needs.list({})).total,
    (await c.offers.list({})).total,
  ]);
}

describe("public figures", () => {
  it("do not move when restricted records are added; the secretariat's do", async () => {
    const before = { public: await countable("public"), provider: await countable("provider") };
    const analyst = await h.as("analyst");
    const secBefore = (await analyst.analytics.figures()).cycle2.byArticle["33"]?.needs;
    const secFiltered = (await analyst.analytics.figures(FILTERED)).cycle2.needs;

    await (
      await h.as("otherState")
    ).needs.create({
      state: "PER",
      text: "A restricted need on whistle-blower protection (art. 33)",
      articles: [33],
      confidentiality: "secretariat-only",
    });
    await (
      await h.as("otherProvider")
    ).offers.create({
      providerId: h.ids.otherProvider,
      title: "Restricted whistle-blower programme",
      description: "Mentoring for whistle-blower protection agencies",
      modalities: ["training"],
      articles: [33],
      regions: ["latin-american-caribbean"],
      confidentiality: "secretariat-only",
    });

    expect(await countable("public")).toBe(before.public);
    expect(await countable("provider")).toBe(before.provider);
    expect((await analyst.analytics.figures()).cycle2.byArticle["33"]?.needs).toBe(
      (secBefore ?? 0) + 1,
    );
    // The filters let the restricted need through: only the tiers keep it from the public.
    expect((await analyst.analytics.figures(FILTERED)).cycle2.needs).toBe((secFiltered ?? 0) + 1);
  });

  it("agree with the lists: the public's count of cycle-2 needs is the needs list's total", async () => {
    const pub = await h.as("public");
    expect((await pub.analytics.figures()).cycle2.needs).toBe(
      (await pub.needs.list({ cycle: 2 })).total,
    );
  });

  it("withhold counts under 3 from everyone but the secretariat", async () => {
    const pub = await (await h.as("public")).analytics.figures();
    const sec = await (await h.as("analyst")).analytics.figures();
    // Kenya's five needs are the African group's only ones: shown; one State with needs: withheld.
    expect(pub.cycle2.byRegion.african?.needs).toBe(5);
    expect(pub.cycle2.byRegion.african?.statesWithNeeds).toBeNull();
    expect(sec.cycle2.byRegion.african?.statesWithNeeds).toBe(1);
    expect(pub.disclosure).toEqual({ basis: "readable-records", suppressedBelow: 3 });
    expect(sec.disclosure).toEqual({ basis: "all-records", suppressedBelow: null });
    const csv = (await (await h.as("public")).analytics.csv({ figure: "III" })).csv;
    expect(csv).toContain("<3");
  });
});

describe("figures for any note", () => {
  it("withhold small cross-tabulation cells from the public, not from the secretariat", async () => {
    const pub = await (await h.as("public")).analytics.crossTabs();
    const sec = await (await h.as("analyst")).analytics.crossTabs();
    const kenya33 = (x: typeof pub) =>
      x.tabs["region-article"].find((c) => c.row === "african" && c.column === "33");
    // Kenya's five public needs: five needs from one State, the State count withheld.
    expect(kenya33(pub)).toEqual({ row: "african", column: "33", needs: 5, states: null });
    expect(kenya33(sec)?.states).toBe(1);
    expect(pub.disclosure.suppressedBelow).toBe(3);
  });

  it("count by every grouping a need spans as well as by its primary grouping", async () => {
    const sec = await (await h.as("analyst")).analytics.figures();
    for (const [id, n] of Object.entries(sec.cycle2.byCategory))
      expect(sec.cycle2.byCategoryAny[id]).toBeGreaterThanOrEqual(n ?? 0);
  });

  it("count each group's States parties as at the day asked, for the public too", async () => {
    const pub = await (await h.as("public")).analytics.figures({ partiesAsAt: "2021-09-30" });
    expect(pub.query.partiesAsAt).toBe("2021-09-30");
    // Figure III of the CAC/COSP/2023 note: 29 Latin American and Caribbean States parties then.
    expect(pub.cycle2.byRegion["latin-american-caribbean"]?.states).toBe(29);
  });

  it("refuse a malformed question with the field and the reason", async () => {
    const pub = await h.as("public");
    await expect(pub.analytics.figures({ partiesAsAt: "30/09/2021" })).rejects.toThrow(
      /yyyy-mm-dd/,
    );
    await expect(pub.analytics.figures({ periods: ["2023-13"] })).rejects.toThrow(/yyyy-mm/);
    await expect(pub.analytics.figures({ asAt: "2023-02-30" })).rejects.toThrow(/yyyy-mm-dd/);
    await expect(pub.analytics.figures({ filters: { states: ["XXX"] } })).rejects.toThrow(
      /not a State party/,
    );
    await expect(
      pub.analytics.figures({ filters: { region: ["african"] } } as never),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("withholding small counts", () => {
  it("withholds 1 and 2, keeps 0 and 3 and more", () => {
    expect([0, 1, 2, 3, 40].map((n) => withhold(n, 3))).toEqual([0, null, null, 3, 40]);
  });

  it("keeps reference facts (States parties, finalised summaries) and withholds record counts", () => {
    const a = {
      query: { asAt: null, partiesAsAt: null, periods: [], filters: {} },
      cycle2: {
        needs: 2,
        statesWithSummaries: 1,
        statesWithNeeds: 1,
        byChapter: { II: { needs: 2, states: 1 } },
        byCategory: { "capacity-building": 2 },
        byCategoryStates: { "capacity-building": 1 },
        byCategoryAny: { "capacity-building": 2 },
        byCategoryAnyStates: { "capacity-building": 1 },
        byArticle: { "33": { needs: 2, states: 1 } },
        byRegion: { african: { states: 54, statesWithSummaries: 1, statesWithNeeds: 1, needs: 2 } },
        byPeriod: {},
      },
      cycle1: { needs: 0, states: 0, statesWithSummaries: 2, byCategory: {}, byChapter: {} },
    };
    const d = disclose(a, 3);
    expect(d.cycle2.needs).toBeNull();
    expect(d.cycle2.statesWithSummaries).toBe(1);
    expect(d.cycle2.byRegion.african).toEqual({
      states: 54,
      statesWithSummaries: 1,
      statesWithNeeds: null,
      needs: null,
    });
    expect(d.cycle1.needs).toBe(0);
    expect(disclose(a, null).cycle2.byArticle["33"]).toEqual({ needs: 2, states: 1 });
  });
});
