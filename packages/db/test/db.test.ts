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
  // Listed even when skipped (no server for the PostgreSQL backend).
  describe.skipIf(!backend.available)(
    `${backend.name}: migrations, demo data and analytics`,
    () => {
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

      // The published figures I-VI are pinned one test per figure in figures.test.ts.

      it("changes nothing when the demo seed runs a second time", async () => {
        const before = await exportLogical(db);
        const again = await seedDemo(db.prisma);
        expect(again.changed).toBe(false);
        const after = await exportLogical(db);
        expect(after.tables).toEqual(before.tables);
      });

      it("signs the demo users in with the documented password", async () => {
        const u = await db.prisma.user.findUniqueOrThrow({
          where: { email: "analyst@tahub.demo" },
        });
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
        await db.prisma.user.create({
          data: { email: "temp@x.org", name: "t", passwordHash: "x" },
        });
        await importLogical(db, backup);
        const after = await exportLogical(db);
        expect(after.tables).toEqual(backup.tables);
        expect((await analytics(db.prisma)).cycle1.needs).toBe(3829);
      });
    },
  );
}
