import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dumpPGlite, restorePGlite } from "../src/backup.js";
import { createDb } from "../src/client.js";
import { migrate } from "../src/migrate.js";
import { loadReferenceData } from "../src/reference.js";

const dir = mkdtempSync(join(tmpdir(), "tahub-dump-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("PGlite data-folder backup", () => {
  it("dumps a data folder and restores it into a new one", async () => {
    const db = await createDb({ dataDir: join(dir, "a") });
    await migrate(db);
    await loadReferenceData(db.prisma);
    const file = join(dir, "a.tar.gz");
    expect(await dumpPGlite(db, file)).toBeGreaterThan(1000);
    await db.close();

    const restored = await restorePGlite(file, join(dir, "b"));
    await restored.close();
    const db2 = await createDb({ dataDir: join(dir, "b") });
    expect(await db2.prisma.state.count()).toBe(191);
    expect((await migrate(db2)).applied).toEqual([]);
    await db2.close();
  });

  it("refuses to restore over a folder that holds a database", async () => {
    await expect(restorePGlite(join(dir, "a.tar.gz"), join(dir, "b"))).rejects.toThrow(/not empty/);
  });
});
