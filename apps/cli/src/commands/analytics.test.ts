import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, loadReferenceData, migrate } from "@tahub/db";
import { runCli } from "../cli.js";
import type { Io } from "../lib/command.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false };
  return { io, out, err };
}

async function run(args: string[]) {
  const c = capture();
  const code = await runCli(args, c.io);
  return { code, out: c.out.join("\n"), err: c.err.join("\n") };
}

describe("tahub analytics: flags", () => {
  it("refuses a bad month, day, State, cycle or gender flag before opening a database", async () => {
    const r = await run([
      "analytics",
      "--period",
      "2023-13",
      "--state",
      "XXX",
      "--db",
      "/nonexistent/x",
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--period: a period is a month written yyyy-mm/);
    expect(r.err).toMatch(/--state: is not a State party/);
    expect((await run(["analytics", "--as-at", "2023-02-30"])).err).toMatch(
      /--as-at: must be a calendar day/,
    );
    expect((await run(["analytics", "--parties-as-at", "2021-9-30"])).err).toMatch(
      /--parties-as-at: must be a calendar day/,
    );
    expect((await run(["analytics", "--gender-responsive", "maybe"])).err).toMatch(/say yes or no/);
    expect((await run(["analytics", "--cycle", "3"])).code).toBe(2);
  });
});

describe("tahub analytics on the demo data", () => {
  let dir: string;
  const db = () => ["--db", join(dir, "db")];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "tahub-analytics-"));
    expect((await run(["seed", "--demo", ...db()])).code).toBe(0);
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps today's JSON shape and adds what was asked (as-at day, periods, filters)", async () => {
    const r = await run(["analytics", "--json", ...db()]);
    const a = JSON.parse(r.out);
    expect(a.cycle2.needs).toBe(527);
    expect(Object.keys(a.cycle2.byPeriod)).toEqual(["2021-09", "2023-09"]);
    expect(a.query).toEqual({
      asAt: null,
      partiesAsAt: null,
      periods: ["2021-09", "2023-09"],
      filters: {},
    });
    expect(a.cycle2.byCategoryAny["capacity-building"]).toBeGreaterThanOrEqual(259);
  });

  it("counts as at a day, for any periods, within filters", async () => {
    const asAt = JSON.parse(
      (
        await run([
          "analytics",
          "--json",
          "--as-at",
          "2021-09-30",
          "--period",
          "2020-09,2021-09",
          ...db(),
        ])
      ).out,
    );
    // Para 12: 527 - 70 = 457 needs as at September 2021.
    expect(asAt.cycle2.needs).toBe(457);
    // Figure III's first series counts the States parties as at September 2021.
    const chart = JSON.parse(
      (await run(["analytics", "--json", "--parties-as-at", "2021-09-30", ...db()])).out,
    );
    expect(chart.cycle2.byRegion["latin-american-caribbean"].states).toBe(29);
    expect(chart.cycle2.needs).toBe(527);
    expect(Object.keys(asAt.cycle2.byPeriod)).toEqual(["2020-09", "2021-09"]);
    const african = JSON.parse(
      (await run(["analytics", "--json", "--region", "african", "--cycle", "2", ...db()])).out,
    );
    // Para 14: the African group has 313 of the 527 needs.
    expect(african.cycle2.needs).toBe(313);
    expect(african.query.filters).toEqual({ regions: ["african"], cycle: 2 });
  });

  it("prints the cross-tabulations", async () => {
    const x = JSON.parse(
      (await run(["analytics", "--cross-tabs", "--json", "--article", "5", ...db()])).out,
    );
    const sum = (cells: { column: string; needs: number }[]) =>
      cells.filter((c) => c.column === "5").reduce((s, c) => s + c.needs, 0);
    // Figure V: 55 needs under article 5, split over regions and over primary groupings.
    expect(sum(x.tabs["region-article"])).toBe(55);
    expect(sum(x.tabs["grouping-article"])).toBe(55);
    const text = (await run(["analytics", "--cross-tabs", ...db()])).out;
    expect(text).toMatch(/region x grouping \(cycle 2, primary grouping\)/);
  });
});

// donors (issue 15, deliverable 5)
describe("tahub analytics --evaluations", () => {
  let dir: string;
  const db = () => ["--db", join(dir, "db")];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "tahub-evaluations-"));
    const d = await createDb({ url: join(dir, "db") });
    try {
      await migrate(d);
      await loadReferenceData(d.prisma);
      const p = await d.prisma.provider.create({ data: { name: "Rated Provider", kind: "ngo" } });
      for (const [state, mine, theirs] of [
        ["KEN", 4, 2],
        ["KEN", 2, 1],
        ["PER", 3, 3],
      ] as const) {
        const need = await d.prisma.need.create({
          data: { stateId: state, cycle: 2, text: "Evaluated need", category: "capacity-building" },
        });
        await d.prisma.engagement.create({
          data: {
            needId: need.id,
            providerId: p.id,
            status: "evaluated",
            evaluation: { relevance: { score: mine }, impact: { score: mine } },
            stateEvaluation: { relevance: { score: theirs } },
          },
        });
      }
    } finally {
      await d.close();
    }
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the OECD-DAC means as the providers and as the States rated them, within filters", async () => {
    const ev = JSON.parse((await run(["analytics", "--evaluations", "--json", ...db()])).out);
    expect(ev.provider.overall).toMatchObject({ engagements: 3, mean: 3 });
    expect(ev.provider.overall.criteria.relevance).toEqual({ mean: 3, scores: 3 });
    expect(ev.state.overall.criteria.relevance).toEqual({ mean: 2, scores: 3 });
    expect(ev.provider.byProvider[0]).toMatchObject({ name: "Rated Provider", engagements: 3 });
    const african = JSON.parse(
      (await run(["analytics", "--evaluations", "--json", "--region", "african", ...db()])).out,
    );
    expect(african.state.byRegion.map((r: { key: string }) => r.key)).toEqual(["african"]);
    expect(african.state.overall.criteria.relevance).toEqual({ mean: 1.5, scores: 2 });
    const text = (await run(["analytics", "--evaluations", ...db()])).out;
    expect(text).toMatch(/Rated by the States:/);
    expect(text).toMatch(/Rated Provider/);
  });
});
