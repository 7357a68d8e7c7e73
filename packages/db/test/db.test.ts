import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analytics } from "../src/analytics.js";
import { exportLogical, importLogical } from "../src/backup.js";
import type { Db } from "../src/client.js";
import { DbError, mapDbErrors } from "../src/errors.js";
import { migrate } from "../src/migrate.js";
import { verifyPassword } from "../src/password.js";
import { DEMO_PASSWORD, seedDemo } from "../src/seed/index.js";
import { backends } from "./backends.js";

for (const backend of backends()) {
  describe(`${backend.name}: migrations, demo data and analytics`, () => {
    let db: Db;
    beforeAll(async () => {
      db = await backend.open();
      await migrate(db);
      await seedDemo(db.prisma);
    });
    afterAll(async () => {
      await db?.close();
      await backend.cleanup();
    });

    it("applies every migration once; a second run applies none", async () => {
      const again = await migrate(db);
      expect(again.applied).toEqual([]);
      expect(again.skipped.length).toBeGreaterThanOrEqual(2);
    });

    it("reproduces the published cycle-2 figures to the unit (CAC/COSP/2023 note on TA needs)", async () => {
      const a = await analytics(db.prisma);
      const c2 = a.cycle2;
      // para 12: 527 needs from 54 of 82 States
      expect([c2.needs, c2.statesWithNeeds, c2.statesWithSummaries]).toEqual([527, 54, 82]);
      // para 17 and 33: chapter II 337 needs by 47 States, chapter V 190 by 49
      expect(c2.byChapter).toEqual({
        II: { needs: 337, states: 47 },
        V: { needs: 190, states: 49 },
      });
      // figure IV, para 16
      expect(c2.byCategory).toEqual({
        "capacity-building": 259,
        "legislative-assistance": 87,
        "institution-building": 66,
        "research-data": 49,
        policymaking: 40,
        "international-cooperation": 26,
      });
      expect(c2.byCategoryStates["capacity-building"]).toBe(49);
      // figures V and VI (needs, States); 8, 14, 55, 58 and II-general are derived, see figures.ts
      const want: Record<string, [number, number]> = {
        "5": [55, 23],
        "6": [41, 31],
        "7": [38, 23],
        "8": [36, 20],
        "9": [35, 18],
        "10": [25, 14],
        "11": [23, 11],
        "12": [16, 10],
        "13": [31, 15],
        "14": [26, 14],
        "II-general": [17, 7],
        "51": [48, 28],
        "52": [24, 16],
        "53": [15, 13],
        "54": [36, 23],
        "55": [17, 10],
        "56": [12, 9],
        "57": [19, 15],
        "58": [13, 9],
        "59": [6, 4],
        // paras 18 (needs; the 30 States are impossible with 31 for article 6), 21, 28, 39, 44
        "5+6": [90, 31],
        "7+8": [74, 29],
        "10+13": [56, 22],
        "14+52+58": [63, 24],
        "54+55": [53, 24],
      };
      for (const [key, [needs, states]] of Object.entries(want))
        expect({ key, ...c2.byArticle[key] }).toEqual({ key, needs, states });
      // figure III, para 14
      expect(c2.byRegion).toEqual({
        african: { states: 53, statesWithSummaries: 23, statesWithNeeds: 21, needs: 311 },
        "asia-pacific": { states: 55, statesWithSummaries: 25, statesWithNeeds: 18, needs: 142 },
        "eastern-european": { states: 23, statesWithSummaries: 9, statesWithNeeds: 6, needs: 30 },
        "latin-american-caribbean": {
          states: 32,
          statesWithSummaries: 11,
          statesWithNeeds: 6,
          needs: 34,
        },
        "western-european-other": {
          states: 28,
          statesWithSummaries: 14,
          statesWithNeeds: 3,
          needs: 10,
        },
      });
      // figure II and para 12: 457 needs of 39 States by Sept 2021; +70 from 15 of the 25 later States
      const p21 = c2.byPeriod["2021-09"]!;
      const p23 = c2.byPeriod["2023-09"]!;
      expect([p21.needs, p21.states, p21.statesWithSummaries]).toEqual([457, 39, 57]);
      expect([p23.needs, p23.states, p23.statesWithSummaries]).toEqual([527, 54, 82]);
    });

    it("reproduces the published cycle-1 figures (figure I, para 8)", async () => {
      const c1 = (await analytics(db.prisma)).cycle1;
      expect([c1.needs, c1.states, c1.statesWithSummaries]).toEqual([3829, 120, 175]);
      expect(c1.byChapter).toEqual({ III: 2734, IV: 1095 });
      expect(c1.byCategory).toEqual({
        "good-practices": 830,
        "legislative-drafting": 730,
        "capacity-building-programmes": 700,
        "action-plan": 420,
        "on-site-expert": 400,
        "model-legislation": 308,
        "model-treaties": 147,
        "technological-assistance": 147,
        other: 147,
      });
    });

    it("changes nothing when the demo seed runs a second time", async () => {
      const before = await exportLogical(db);
      const again = await seedDemo(db.prisma);
      expect(again.changed).toBe(false);
      const after = await exportLogical(db);
      expect(after.tables).toEqual(before.tables);
    });

    it("signs the demo users in with the documented password", async () => {
      const u = await db.prisma.user.findUniqueOrThrow({ where: { email: "analyst@tahub.demo" } });
      expect(await verifyPassword(DEMO_PASSWORD, u.passwordHash)).toBe(true);
      expect(await verifyPassword("wrong", u.passwordHash)).toBe(false);
    });

    it("names the field of a unique-constraint violation", async () => {
      const err = await mapDbErrors(
        db.prisma.user.create({
          data: { email: "admin@tahub.demo", name: "x", passwordHash: "x" },
        }),
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DbError);
      expect(err).toMatchObject({ code: "unique", field: "email", model: "User" });
    });

    it("names the field of a foreign-key violation", async () => {
      const err = await mapDbErrors(
        db.prisma.need.create({
          data: { stateId: "XXX", cycle: 2, text: "Training on procurement" },
        }),
      ).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: "foreign-key", field: "stateId" });
    });

    it("reports a missing record as not-found", async () => {
      const err = await mapDbErrors(
        db.prisma.need.update({ where: { id: "no-such-need" }, data: { status: "met" } }),
      ).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: "not-found", model: "Need" });
    });

    it("rolls a failed multi-row write back completely", async () => {
      const before = await db.prisma.need.count();
      await expect(
        db.prisma.$transaction(async (tx) => {
          await tx.need.create({
            data: { id: "tx-1", stateId: "KEN", cycle: 2, text: "First of two" },
          });
          await tx.need.create({
            data: { id: "tx-2", stateId: "NOPE", cycle: 2, text: "Second fails" },
          });
        }),
      ).rejects.toThrow();
      expect(await db.prisma.need.count()).toBe(before);
      expect(await db.prisma.need.findUnique({ where: { id: "tx-1" } })).toBeNull();
    });

    it("finds need texts by trigram similarity", async () => {
      const rows = await db.prisma.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Need" WHERE text % 'training for procurement oficers' LIMIT 5`;
      expect(rows.length).toBeGreaterThan(0);
    });

    it("restores a logical backup exactly, in one transaction", async () => {
      const backup = await exportLogical(db);
      await db.prisma.need.deleteMany({ where: { cycle: 1 } });
      await db.prisma.user.create({ data: { email: "temp@x.org", name: "t", passwordHash: "x" } });
      await importLogical(db, backup);
      const after = await exportLogical(db);
      expect(after.tables).toEqual(backup.tables);
      expect((await analytics(db.prisma)).cycle1.needs).toBe(3829);
    });
  });
}
