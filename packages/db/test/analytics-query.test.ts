/**
 * Analytics for any note (issue 14, part 2): an as-at date, any periods, filters and
 * cross-tabulations, counted from the roll-up "NeedTally" that triggers keep current on write.
 * The demo's published numbers (figures.test.ts) are the reference: every filtered or re-dated
 * count below is checked against a count the note gives or against a plain count of "Need".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analytics, type Analytics } from "../src/analytics.js";
import type { Db } from "../src/client.js";
import { crossTabs } from "../src/crosstabs.js";
import { migrate } from "../src/migrate.js";
import { seedDemo } from "../src/seed/index.js";
import { must } from "../src/util/at.js";
import { backends } from "./backends.js";

const DIMS = `"cycle", "stateId", coalesce("chapterId", '-') AS ch, "articles"::text AS a, coalesce("category", '-') AS cat, "categories"::text AS cats, coalesce("cycle1Category", '-') AS c1, "genderResponsive" AS g, "confidentiality" AS conf, "status"`;

for (const backend of backends()) {
  // Listed even when skipped (no server for the PostgreSQL backend).
  describe.skipIf(!backend.available)(`${backend.name}: analytics for any note`, () => {
    let db: Db;
    let all: Analytics;
    beforeAll(async () => {
      db = await backend.open();
      await migrate(db);
      await seedDemo(db.prisma);
      all = await analytics(db.prisma);
    }, 300_000);
    afterAll(async () => {
      await db?.close();
      await backend.cleanup();
    });

    /** Rows where the roll-up and a plain GROUP BY over "Need" disagree. */
    async function tallyDrift(): Promise<number> {
      const [r] = await db.prisma.$queryRawUnsafe<{ c: bigint }[]>(
        `WITH a AS (SELECT ${DIMS}, count(*)::int AS c FROM "Need" GROUP BY 1,2,3,4,5,6,7,8,9,10),
              b AS (SELECT ${DIMS}, sum(needs)::int AS c FROM "NeedTally" GROUP BY 1,2,3,4,5,6,7,8,9,10)
         SELECT count(*) AS c FROM a FULL JOIN b USING ("cycle", "stateId", ch, a, cat, cats, c1, g, conf, "status")
          WHERE a.c IS DISTINCT FROM b.c`,
      );
      return Number(r?.c);
    }

    it("the roll-up equals a plain count of the needs after inserts, updates and deletes", async () => {
      expect(await tallyDrift()).toBe(0);
      await db.prisma.need.updateMany({
        where: { cycle: 2, category: "policymaking" },
        data: { category: "research-data" },
      });
      await db.prisma.need.updateMany({ where: { cycle: 2, stateId: "KEN" }, data: { text: "x" } });
      const gone = await db.prisma.need.findMany({
        where: { cycle: 1 },
        take: 40,
        select: { id: true },
      });
      await db.prisma.need.deleteMany({ where: { id: { in: gone.map((g) => g.id) } } });
      expect(await tallyDrift()).toBe(0);
      const after = await analytics(db.prisma);
      // 49 policymaking needs (figure IV) moved to research-data (40): 89, none left.
      expect(after.cycle2.byCategory["research-data"]).toBe(89);
      expect(after.cycle2.byCategory.policymaking).toBeUndefined();
      expect(after.cycle1.needs).toBe(3829 - 40);
      // Put the demo back for the other tests (seedDemo restores what it owns).
      await db.prisma.$executeRawUnsafe(`DELETE FROM "Need" WHERE demo`);
      await seedDemo(db.prisma);
      expect(await tallyDrift()).toBe(0);
      expect(await analytics(db.prisma)).toEqual(all);
    }, 120_000);

    it("defaults to the latest summary's month and two years before: the note's 2021-09 and 2023-09", () => {
      expect(all.query).toEqual({
        asAt: null,
        partiesAsAt: null,
        periods: ["2021-09", "2023-09"],
        filters: {},
      });
    });

    it("counts as at a day like the period ending then (no code change for another note)", async () => {
      const sept2021 = await analytics(db.prisma, { asAt: "2021-09-30" });
      const p = must(all.cycle2.byPeriod["2021-09"], "the September 2021 figures");
      // Figure II's first series sums to 462 article labels: 457 needs (para 12) ...
      expect([sept2021.cycle2.needs, p.needs]).toEqual([457, 457]);
      expect(sept2021.cycle2.byArticle).toEqual(p.byArticle);
      expect(sept2021.cycle2.statesWithSummaries).toBe(57);
      // ... and its default periods are 2019-09 and 2021-09, the latter never after the as-at day.
      expect(sept2021.query.periods).toEqual(["2019-09", "2021-09"]);
      expect(sept2021.cycle2.byPeriod["2021-09"]?.needs).toBe(457);
      const mid = await analytics(db.prisma, { asAt: "2021-09-15", periods: ["2023-09"] });
      expect(mid.cycle2.byPeriod["2023-09"]?.needs).toBe(mid.cycle2.needs);
    });

    it("counts each group's States parties as at the parties' day, else the as-at day, else all", async () => {
      const lac = (x: Analytics) => x.cycle2.byRegion["latin-american-caribbean"]?.states;
      // The reference list as it stands: 32 (Barbados is a signatory only).
      expect([lac(all), all.cycle2.byRegion["western-european-other"]?.states]).toEqual([32, 27]);
      // As at the note's day: not yet Saint Kitts and Nevis (2024).
      const note = await analytics(db.prisma, { asAt: "2023-09-15" });
      expect([lac(note), note.query.partiesAsAt]).toEqual([31, "2023-09-15"]);
      // The parties' day on its own: the needs stay as at the note's day.
      const chart = await analytics(db.prisma, { asAt: "2023-09-15", partiesAsAt: "2021-09-30" });
      expect([lac(chart), chart.query.partiesAsAt]).toEqual([29, "2021-09-30"]);
      expect(chart.cycle2.byRegion.african?.needs).toBe(note.cycle2.byRegion.african?.needs);
    });

    it("counts a State's needs from the day its summary is finalised, that day included", async () => {
      const [last] = await db.prisma.$queryRawUnsafe<{ day: string; state: string; c: bigint }[]>(
        `SELECT s."finalisedOn"::text AS day, s."stateId" AS state,
                (SELECT count(*) FROM "Need" n WHERE n."stateId" = s."stateId" AND n.cycle = 2) AS c
           FROM "StateSummary" s
          WHERE s.cycle = 2 AND EXISTS (SELECT 1 FROM "Need" n WHERE n."stateId" = s."stateId" AND n.cycle = 2)
          ORDER BY s."finalisedOn" DESC LIMIT 1`,
      );
      const { day, c } = must(last, "a State with a summary and needs");
      const before = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000)
        .toISOString()
        .slice(0, 10);
      const on = await analytics(db.prisma, { asAt: day });
      const eve = await analytics(db.prisma, { asAt: before });
      expect(Number(c)).toBeGreaterThan(0);
      expect(on.cycle2.needs).toBe(527);
      expect(on.cycle2.needs - eve.cycle2.needs).toBe(Number(c));
      expect(on.cycle2.statesWithSummaries - eve.cycle2.statesWithSummaries).toBe(1);
    });

    it("takes any periods: a period before every summary counts nothing, one after counts all", async () => {
      const a = await analytics(db.prisma, { periods: ["2016-01", "2025-09", "2022-06"] });
      expect(Object.keys(a.cycle2.byPeriod)).toEqual(["2016-01", "2022-06", "2025-09"]);
      expect(a.cycle2.byPeriod["2016-01"]?.needs).toBe(0);
      expect(a.cycle2.byPeriod["2025-09"]?.needs).toBe(527);
      const between = a.cycle2.byPeriod["2022-06"]?.needs;
      expect(between).toBeGreaterThanOrEqual(457);
      expect(between).toBeLessThanOrEqual(527);
    });

    it("filters by region: the African group's 313 needs (para 14), Western European none", async () => {
      const af = await analytics(db.prisma, { filters: { regions: ["african"] } });
      expect(af.cycle2.needs).toBe(313);
      expect(Object.keys(af.cycle2.byRegion)).toEqual(["african"]);
      const weog = await analytics(db.prisma, { filters: { regions: ["western-european-other"] } });
      expect(weog.cycle2.needs).toBe(0);
    });

    it("filters by article, chapter, State, grouping, cycle and gender flag", async () => {
      // Figure V: art. 5, 55 needs from 23 States; the needs naming 5 also count under 6 (6 of them).
      const art5 = await analytics(db.prisma, { filters: { articles: [5] } });
      expect([art5.cycle2.needs, art5.cycle2.statesWithNeeds]).toEqual([55, 23]);
      expect(art5.cycle2.byArticle["6"]?.needs).toBe(6);
      const chV = await analytics(db.prisma, { filters: { chapters: ["V"], cycle: 2 } });
      expect(chV.cycle2.needs).toBe(all.cycle2.byChapter.V?.needs);
      expect(chV.cycle1.needs).toBe(0);
      const ken = await analytics(db.prisma, { filters: { states: ["KEN"] } });
      const [kenNeeds] = await db.prisma.$queryRawUnsafe<{ c: bigint }[]>(
        `SELECT count(*) AS c FROM "Need" WHERE "stateId" = 'KEN' AND cycle = 2`,
      );
      expect(ken.cycle2.needs).toBe(Number(kenNeeds?.c));
      // Figure IV: 259 capacity-building needs by their primary grouping; by any grouping, more.
      const cb = await analytics(db.prisma, { filters: { groupings: ["capacity-building"] } });
      expect(cb.cycle2.needs).toBe(all.cycle2.byCategoryAny["capacity-building"]);
      expect(cb.cycle2.byCategory["capacity-building"]).toBe(259);
      const [g] = await db.prisma.$queryRawUnsafe<{ yes: bigint; no: bigint }[]>(
        `SELECT count(*) FILTER (WHERE "genderResponsive") AS yes, count(*) FILTER (WHERE NOT "genderResponsive") AS no FROM "Need" WHERE cycle = 2`,
      );
      const yes = await analytics(db.prisma, { filters: { genderResponsive: true } });
      const no = await analytics(db.prisma, { filters: { genderResponsive: false } });
      expect([yes.cycle2.needs, no.cycle2.needs]).toEqual([Number(g?.yes), Number(g?.no)]);
    });

    it("counts a need under its primary grouping once, and under every grouping it spans", async () => {
      const primary = Object.values(all.cycle2.byCategory).reduce((s, v) => s + v, 0);
      const any = Object.values(all.cycle2.byCategoryAny).reduce((s, v) => s + v, 0);
      const [r] = await db.prisma.$queryRawUnsafe<{ spans: bigint }[]>(
        `SELECT sum(cardinality(categories)) AS spans FROM "Need" WHERE cycle = 2`,
      );
      expect(primary).toBe(527);
      expect(any).toBe(Number(r?.spans));
      expect(any).toBeGreaterThan(primary);
    });

    it("cross-tabulates grouping x article, region x article and region x grouping", async () => {
      const x = await crossTabs(db.prisma);
      const sum = (cells: { needs: number }[]) => cells.reduce((s, c) => s + c.needs, 0);
      // Each article's needs split over the regions and, by primary grouping, over the groupings.
      for (const article of ["5", "14", "52", "II-general"]) {
        const want = all.cycle2.byArticle[article]?.needs;
        expect(sum(x.tabs["region-article"].filter((c) => c.column === article))).toBe(want);
        expect(sum(x.tabs["grouping-article"].filter((c) => c.column === article))).toBe(want);
      }
      // Region x grouping (primary) sums to figure IV per grouping and to para 14 per region.
      expect(
        sum(x.tabs["region-grouping"].filter((c) => c.column === "legislative-assistance")),
      ).toBe(87);
      expect(sum(x.tabs["region-grouping"].filter((c) => c.row === "asia-pacific"))).toBe(142);
      const any = await crossTabs(db.prisma, { grouping: "any" });
      expect(sum(any.tabs["region-grouping"])).toBe(
        Object.values(all.cycle2.byCategoryAny).reduce((s, v) => s + v, 0),
      );
      const filtered = await crossTabs(db.prisma, { filters: { regions: ["asia-pacific"] } });
      expect(new Set(filtered.tabs["region-article"].map((c) => c.row))).toEqual(
        new Set(["asia-pacific"]),
      );
    });

    it("counts only the given tiers", async () => {
      const pub = await analytics(db.prisma, { tiers: ["public"] });
      const [r] = await db.prisma.$queryRawUnsafe<{ c: bigint }[]>(
        `SELECT count(*) AS c FROM "Need" WHERE cycle = 2 AND confidentiality = 'public'`,
      );
      expect(pub.cycle2.needs).toBe(Number(r?.c));
      const none = await crossTabs(db.prisma, { tiers: [] });
      expect(none.tabs["region-article"]).toEqual([]);
    });
  });
}
