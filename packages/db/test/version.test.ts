import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createDb,
  dataVersion,
  loadReferenceData,
  migrate,
  versionReader,
  type Db,
} from "../src/index.js";

let db: Db;
beforeAll(async () => {
  db = await createDb({ url: "memory://" });
  await migrate(db);
  await loadReferenceData(db.prisma);
}, 120_000);
afterAll(() => db?.close());

describe("the data version", () => {
  it("moves on every write to the records, and only then", async () => {
    const before = await dataVersion(db.prisma);
    expect(await dataVersion(db.prisma)).toBe(before);
    await db.prisma.need.create({
      data: { stateId: "KEN", cycle: 2, text: "A need", articles: [] },
    });
    const after = await dataVersion(db.prisma);
    expect(after).not.toBe(before);
    await db.prisma.provider.create({ data: { name: "A provider", kind: "ngo" } });
    expect(await dataVersion(db.prisma)).not.toBe(after);
  });

  it("reads the same value through PGlite directly as through Prisma", async () => {
    const fast = versionReader(db);
    expect(await fast(db.prisma)).toBe(await dataVersion(db.prisma));
  });
});
