/**
 * One process per embedded database folder (issue 12: a CLI command run while `tahub serve`
 * served opened the same PGlite folder and gave inconsistent totals). Whoever opens a folder
 * holds `<dir>/tahub.lock`; a second opener is refused with a sentence naming the holder.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, LOCK_FILE } from "../src/client.js";

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "tahub-lock-"));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("the embedded database folder's lock", () => {
  it("refuses a second opener with the holder's pid, and opens again after close", async () => {
    const dir = tempDir();
    const first = await createDb({ dataDir: dir });
    try {
      expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8"))).toMatchObject({
        pid: process.pid,
      });
      await expect(createDb({ dataDir: dir })).rejects.toThrow(
        `The embedded database in ${dir} is in use by process ${process.pid} (tahub serve?). Stop it, or point DATABASE_URL at a PostgreSQL server.`,
      );
    } finally {
      await first.close();
    }
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const again = await createDb({ dataDir: dir });
    await again.close();
  }, 60_000);

  it("takes over a lock left by a process that is gone", async () => {
    const dir = tempDir();
    // A process that has exited: its pid is free (until reused, which a fresh pid is not).
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
    const pid = Number(gone.stdout.toString());
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid, startedAt: "2026-01-01T00:00:00Z", host: "x", token: "old" }),
    );
    const db = await createDb({ dataDir: dir });
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")).pid).toBe(process.pid);
    await db.close();
  }, 60_000);

  it("is not taken for an in-memory database", async () => {
    const a = await createDb({ url: "memory://" });
    const b = await createDb({ url: "memory://" });
    await Promise.all([a.close(), b.close()]);
  }, 60_000);
});
