/**
 * Reviewers' findings (issue 14, part 6): import (all or nothing, every bad row named with a
 * reason the portal translates), the form, and the comparison of needs with challenges per
 * article and per regional group. On PGlite, and on PostgreSQL with TAHUB_TEST_PG_URL.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "./backends.js";
import { createHarness, type Harness } from "./harness.js";
import { must } from "./must.js";

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");

async function xlsx(rows: (string | number)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Findings");
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
}

/** The tRPC error of a rejected call: its code and the row-level details. */
async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    const err = e as { code?: string; message: string; cause?: { details?: unknown } };
    return { code: err.code, message: err.message, details: err.cause?.details as never };
  }
  throw new Error("expected a refusal");
}

interface RowError {
  row: number;
  field: string;
  reason: string;
  message: string;
  firstRow?: number;
}

type Caller = Awaited<ReturnType<Harness["as"]>>;
type Comparison = Awaited<ReturnType<Caller["findings"]["compare"]>>;

/** Needs of Kenya, Peru and France, and findings of Kenya, Peru, France and Ghana (cycle 2). */
async function seedComparison(p: Harness["db"]["prisma"]) {
  await p.reviewFinding.deleteMany();
  await p.need.deleteMany();
  const need = (stateId: string, articles: number[], chapterId: string, cycle = 2) => ({
    stateId,
    cycle,
    articles,
    chapterId,
    text: `Need of ${stateId} under ${articles.join(", ") || "the chapter"}`,
  });
  await p.need.createMany({
    data: [
      need("KEN", [12], "II"),
      need("KEN", [12, 5], "II"), // counts under 12 and under 5, once for the region
      need("KEN", [], "II"), // chapter-general: no article, yet one of Kenya's needs
      need("PER", [12], "II"),
      need("PER", [52], "V"),
      need("FRA", [30], "III", 1), // cycle 1: never in a cycle-2 comparison
    ],
  });
  const f = (stateId: string, article: number, challenges: number, recommendations: number) => ({
    stateId,
    cycle: 2,
    article,
    challenges,
    recommendations,
  });
  await p.reviewFinding.createMany({
    data: [
      f("KEN", 12, 3, 4),
      f("PER", 12, 2, 2),
      f("FRA", 12, 1, 0),
      f("FRA", 52, 0, 2), // recommendations without a challenge: not a State "with challenges"
      f("GHA", 5, 4, 5),
    ],
  });
}

/** Every article of chapters II and V, each with its needs, challenges and recommendations. */
function expectByArticle(all: Comparison) {
  // Cycle 2 reviews chapters II and V: articles 5-14 and 51-59, every one listed.
  expect(all.byArticle.map((a) => a.article)).toEqual([
    5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 51, 52, 53, 54, 55, 56, 57, 58, 59,
  ]);
  const art = (n: number) => must(all.byArticle.find((a) => a.article === n));
  // Art. 12: 3 needs (KEN x2, PER) from 2 States; 3+2+1 = 6 challenges across 3 States;
  // 4+2+0 = 6 recommendations from 2 States (France's review made none).
  expect(art(12)).toEqual({
    article: 12,
    chapter: "II",
    needs: 3,
    needStates: 2,
    challenges: 6,
    challengeStates: 3,
    recommendations: 6,
    recommendationStates: 2,
  });
  // Art. 5: Kenya's joint need; Ghana's 4 challenges.
  expect(art(5)).toMatchObject({ needs: 1, needStates: 1, challenges: 4, challengeStates: 1 });
  expect(art(52)).toMatchObject({ needs: 1, challenges: 0, challengeStates: 0 });
  expect(art(52).recommendationStates).toBe(1);
  expect(art(6)).toMatchObject({ needs: 0, needStates: 0, challenges: 0 });
}

/** Each regional group's counts, and the totals. */
function expectByRegionAndTotal(all: Comparison) {
  const region = (r: string) => must(all.byRegion.find((x) => x.region === r));
  // African group: Kenya's 3 needs (the joint one once, the general one too); Kenya's and
  // Ghana's 3 + 4 challenges.
  expect(region("african")).toEqual({
    region: "african",
    needs: 3,
    needStates: 1,
    challenges: 7,
    challengeStates: 2,
    recommendations: 9,
    recommendationStates: 2,
  });
  expect(region("latin-american-caribbean")).toMatchObject({
    needs: 2,
    needStates: 1,
    challenges: 2,
  });
  expect(region("western-european-other")).toMatchObject({
    needs: 0,
    challenges: 1,
    challengeStates: 1,
    recommendations: 2,
  });
  expect(region("asia-pacific")).toMatchObject({ needs: 0, challenges: 0 });
  expect(all.demoFindings).toBe(0);
  // Totals: 5 cycle-2 needs from 2 States; 10 challenges across 4 States.
  expect(all.total).toEqual({
    needs: 5,
    needStates: 2,
    challenges: 10,
    challengeStates: 4,
    recommendations: 13,
    recommendationStates: 4,
  });
}

/** A chapter and a region filtered, and the first cycle. */
async function expectFiltered(admin: Caller) {
  const africanV = await admin.findings.compare({ cycle: 2, chapter: "V", region: "african" });
  expect(africanV.byArticle.map((a) => a.article)).toEqual([51, 52, 53, 54, 55, 56, 57, 58, 59]);
  expect(africanV.byRegion.map((r) => r.region)).toEqual(["african"]);
  // No African need or finding under chapter V.
  expect(africanV.total).toMatchObject({ needs: 0, challenges: 0 });
  const chapterII = await admin.findings.compare({ cycle: 2, chapter: "II" });
  // Chapter II needs: KEN's three and Peru's art. 12; Peru's chapter-V need is left out.
  expect(chapterII.total).toMatchObject({ needs: 4, needStates: 2, challenges: 10 });
  expect(chapterII.byRegion.find((r) => r.region === "latin-american-caribbean")).toMatchObject({
    needs: 1,
  });

  const cycle1 = await admin.findings.compare({ cycle: 1 });
  expect(cycle1.byArticle).toHaveLength(36);
  expect(cycle1.byArticle.find((a) => a.article === 30)).toMatchObject({ needs: 1 });
  expect(cycle1.total).toMatchObject({ needs: 1, challenges: 0 });
}

for (const backend of backends()) {
  describe.skipIf(!backend.open)(`reviewers' findings on ${backend.name}`, () => {
    let h: Harness;

    beforeAll(async () => {
      h = await createHarness(must(backend.open));
      // Generous: under a full parallel `pnpm check` on two shared cores, PGlite's start-up and
      // migrations once took longer than two minutes.
    }, 300_000);
    afterAll(async () => {
      await h?.close();
      await backend.cleanup();
    });

    it("imports a good CSV, and a later file replaces the numbers of the same State, cycle and article", async () => {
      const admin = await h.as("admin");
      const csv = [
        "State,Cycle,Article,Challenges,Recommendations,Source",
        "KEN,2,12,3,4,CAC/COSP/IRG/II/1/1/Add.1",
        "ken,2,art. 52,1,1,",
        "PER,2,9,2,3,",
      ].join("\n");
      expect(await admin.findings.import({ filename: "f.csv", contentBase64: b64(csv) })).toEqual({
        imported: 3,
      });
      const list = await admin.findings.list({ state: "KEN" });
      expect(list.items.map((f) => [f.state, f.article, f.challenges, f.recommendations])).toEqual([
        ["KEN", 12, 3, 4],
        ["KEN", 52, 1, 1],
      ]);
      expect(must(list.items[0]).source).toBe("CAC/COSP/IRG/II/1/1/Add.1");
      // An empty source says which file the numbers came from.
      expect(must(list.items[1]).source).toBe("import:f.csv");
      const again = "state,article,challenges,recommendations\nKEN,12,5,6\n";
      await admin.findings.import({ filename: "again.csv", contentBase64: b64(again) });
      const ken12 = (await admin.findings.list({ state: "KEN", article: 12 })).items;
      expect(ken12.map((f) => [f.challenges, f.recommendations])).toEqual([[5, 6]]);
      expect(await h.db.prisma.reviewFinding.count()).toBe(3);
    });

    it("imports an XLSX with number cells", async () => {
      const admin = await h.as("admin");
      const file = await xlsx([
        ["state", "cycle", "article", "challenges", "recommendations"],
        ["GHA", 2, 7, 2, 2],
        ["GHA", 1, 30, 1, 0],
      ]);
      expect(await admin.findings.import({ filename: "f.xlsx", contentBase64: file })).toEqual({
        imported: 2,
      });
      const gha = (await admin.findings.list({ state: "GHA" })).items;
      expect(gha.map((f) => [f.cycle, f.article, f.challenges])).toEqual([
        [1, 30, 1],
        [2, 7, 2],
      ]);
    });

    it("refuses a file with any bad row, naming each row, field and reason, and stores nothing", async () => {
      const admin = await h.as("admin");
      const before = await h.db.prisma.reviewFinding.findMany({ orderBy: { id: "asc" } });
      const csv = [
        "state,cycle,article,challenges,recommendations",
        "FRA,2,5,1,1", // row 2: good, yet not stored
        "XYZ,2,5,1,1", // row 3: not a State party
        "FRA,2,33,1,1", // row 4: article 33 is reviewed in cycle 1
        "FRA,2,6,-1,1", // row 5: negative
        "FRA,2,7,two,1", // row 6: not a number
        "FRA,2,5,4,4", // row 7: same as row 2
        "KEN,2,12,0,", // row 8: recommendations empty
        "FRA,3,5,1,1", // row 9: no cycle 3
        "FRA,2,72,1,1", // row 10: beyond the Convention
      ].join("\n");
      const err = await refusal(
        admin.findings.import({ filename: "bad.csv", contentBase64: b64(csv) }),
      );
      expect(err.code).toBe("BAD_REQUEST");
      expect(err.message).toMatch(/nothing was imported/);
      const rows = (err.details as { rows: RowError[] }).rows;
      expect(rows.map((r) => [r.row, r.field, r.reason])).toEqual([
        [3, "state", "state"],
        [4, "article", "not-reviewed"],
        [5, "challenges", "count"],
        [6, "challenges", "count"],
        [7, "article", "duplicate"],
        [8, "recommendations", "count"],
        [9, "cycle", "cycle"],
        [10, "article", "article"],
      ]);
      expect(rows.find((r) => r.reason === "duplicate")?.firstRow).toBe(2);
      expect(must(rows[1]).message).toMatch(/article 33 is not reviewed in cycle 2/);
      // Nothing stored: not the good row, and KEN art. 12 keeps its numbers.
      expect(await h.db.prisma.reviewFinding.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    });

    it("refuses a sheet without a needed column, an empty file and an unsupported type", async () => {
      const admin = await h.as("admin");
      const noCounts = await refusal(
        admin.findings.import({
          filename: "f.csv",
          contentBase64: b64("state,article,challenges\nKEN,5,1\n"),
        }),
      );
      expect(noCounts.code).toBe("BAD_REQUEST");
      expect(noCounts.details).toEqual({ missingColumns: ["recommendations"] });
      const header = await refusal(
        admin.findings.import({
          filename: "f.csv",
          contentBase64: b64("state,article,challenges,recommendations\n"),
        }),
      );
      expect(header.message).toMatch(/no data rows/);
      const pdf = await refusal(
        admin.findings.import({ filename: "f.pdf", contentBase64: b64("%PDF-1.4") }),
      );
      expect(pdf.message).toMatch(/\.csv or \.xlsx/);
    });

    it("records one finding through the form, replacing earlier numbers, and refuses an article the cycle does not review", async () => {
      const admin = await h.as("analyst");
      const saved = await admin.findings.record({
        state: "bra",
        cycle: 2,
        article: 10,
        challenges: 2,
        recommendations: 1,
      });
      expect(saved).toMatchObject({ state: "BRA", article: 10, challenges: 2, demo: false });
      const again = await admin.findings.record({
        state: "BRA",
        cycle: 2,
        article: 10,
        challenges: 3,
        recommendations: 3,
        source: "country report",
      });
      expect(again.id).toBe(saved.id);
      expect(again).toMatchObject({ challenges: 3, recommendations: 3, source: "country report" });
      const bad = await refusal(
        admin.findings.record({
          state: "BRA",
          cycle: 2,
          article: 44,
          challenges: 1,
          recommendations: 1,
        }),
      );
      expect(bad.code).toBe("BAD_REQUEST");
      expect(await admin.findings.remove({ id: saved.id })).toEqual({ id: saved.id });
      expect(await h.db.prisma.reviewFinding.count({ where: { stateId: "BRA" } })).toBe(0);
    });

    it("sets needs against challenges per article and per regional group, with filters", async () => {
      await seedComparison(h.db.prisma);
      const admin = await h.as("admin");
      const all = await admin.findings.compare({ cycle: 2 });
      expectByArticle(all);
      expectByRegionAndTotal(all);
      await expectFiltered(admin);
    });

    it("compares as at a day: finalised reviews only, withdrawn needs before their withdrawal, and as CSV", async () => {
      const p = h.db.prisma;
      await p.reviewFinding.deleteMany();
      await p.need.deleteMany();
      await p.stateSummary.deleteMany({ where: { stateId: { in: ["KEN", "PER"] }, cycle: 2 } });
      await p.stateSummary.createMany({
        data: [
          { stateId: "KEN", cycle: 2, finalisedOn: new Date("2021-06-30") },
          { stateId: "PER", cycle: 2, finalisedOn: new Date("2023-03-31") },
        ],
      });
      const need = (stateId: string, article: number, withdrawnOn?: string) => ({
        stateId,
        cycle: 2,
        articles: [article],
        chapterId: "II",
        text: `Need of ${stateId} under ${article}`,
        ...(withdrawnOn ? { status: "withdrawn", withdrawnOn: new Date(withdrawnOn) } : {}),
      });
      await p.need.createMany({
        data: [need("KEN", 12), need("KEN", 12, "2022-05-01"), need("PER", 12)],
      });
      await p.reviewFinding.createMany({
        data: [
          { stateId: "KEN", cycle: 2, article: 12, challenges: 3, recommendations: 2 },
          { stateId: "PER", cycle: 2, article: 12, challenges: 5, recommendations: 1 },
        ],
      });
      const admin = await h.as("admin");
      const art12 = async (asAt?: string) =>
        (await admin.findings.compare({ cycle: 2, ...(asAt ? { asAt } : {}) })).byArticle.find(
          (a) => a.article === 12,
        );
      // Before Kenya's review was finalised: nothing to compare yet.
      expect(await art12("2021-01-01")).toMatchObject({ needs: 0, challenges: 0 });
      // Kenya finalised, its withdrawn need not yet withdrawn; Peru not yet finalised.
      expect(await art12("2021-12-31")).toMatchObject({
        needs: 2,
        needStates: 1,
        challenges: 3,
        challengeStates: 1,
      });
      // Both finalised; Kenya's need withdrawn in May 2022 no longer counts.
      expect(await art12("2023-09-15")).toMatchObject({
        needs: 2,
        needStates: 2,
        challenges: 8,
        challengeStates: 2,
      });
      // Today: the withdrawn need does not count either.
      expect(await art12()).toMatchObject({ needs: 2, challenges: 8 });

      const file = await admin.findings.compareCsv({ cycle: 2, chapter: "II", asAt: "2021-12-31" });
      expect(file.filename).toBe("tahub-needs-vs-findings-cycle2-chapter-II-as-at-2021-12-31.csv");
      const lines = file.body.trim().split("\r\n");
      expect(lines[0]).toBe(
        "by,key,chapter,needs,needStates,challenges,challengeStates,recommendations,recommendationStates",
      );
      expect(lines).toContain("article,12,II,2,1,3,1,2,1");
      expect(lines).toContain("region,african,II,2,1,3,1,2,1");
      expect(lines.at(-1)).toBe("total,,II,2,1,3,1,2,1");
      // Ten chapter-II articles, five regional groups and the total.
      expect(lines).toHaveLength(1 + 10 + 5 + 1);
    });

    it("refuses a chapter the cycle does not review", async () => {
      const err = await refusal(
        (await h.as("admin")).findings.compare({ cycle: 2, chapter: "III" }),
      );
      expect(err.code).toBe("BAD_REQUEST");
      expect(err.message).toMatch(/chapter III is not reviewed in cycle 2/);
    });
  });
}
