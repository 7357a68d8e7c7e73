/**
 * Two servers started together on one fresh PostgreSQL database (issue 12: one of them exited
 * with a deadlock in 5 of 5 tries, in classifyPending's batched UPDATE). Both must start, and
 * every need be classified exactly once. Needs the server of TAHUB_TEST_PG_URL; skipped, with
 * the reason in its name, when it is not set.
 */
import { spawn } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createDb, Prisma } from "@tahub/db";
import { describe, expect, it } from "vitest";

const serverUrl = process.env.TAHUB_TEST_PG_URL?.trim() || undefined;
const APP_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const REPO = resolve(APP_DIR, "../..");
const url = (path: string) => JSON.stringify(pathToFileURL(resolve(REPO, path)).href);

/**
 * One server process doing what `tahub serve --demo` does before it listens (seed, then
 * classify pending needs), then stopping; prints how many needs it classified. Separate
 * processes, as in the report: in one process the JavaScript work of two start-ups serialises
 * and hides the race.
 */
const CHILD = `
const { startServer } = await import(${url("apps/server/src/start.ts")});
const { classifyPending } = await import(${url("packages/api/src/index.ts")});
const { seedDemo } = await import(${url("packages/db/src/index.ts")});
let classified = 0;
const s = await startServer({
  env: { DATABASE_URL: process.env.CHILD_DATABASE_URL, PORT: 0, HOST: "127.0.0.1",
         PORTAL_DIR: "/nonexistent", LOG_LEVEL: "error" },
  async prepare(db, services) {
    await seedDemo(db.prisma);
    classified = (await classifyPending(db.prisma, services)).classified;
  },
});
await s.stop("test");
console.log("RESULT " + JSON.stringify({ classified }));
process.exit(0);
`;

function startProcess(url: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((ok) => {
    // From the repository root, like `pnpm tahub serve` (the root's TypeScript settings).
    const child = spawn(
      resolve(APP_DIR, "node_modules/.bin/tsx"),
      ["--input-type=module", "--eval", CHILD],
      {
        cwd: REPO,
        env: {
          ...process.env,
          CHILD_DATABASE_URL: url,
          DOTENV_CONFIG_QUIET: "true",
          CHECKPOINT_DISABLE: "1",
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("close", (code) => ok({ code, out, err }));
  });
}

/** The PostgreSQL server's URL; the suite is skipped without one. */
function pgUrl(): string {
  if (!serverUrl) throw new Error("TAHUB_TEST_PG_URL is not set");
  return serverUrl;
}

/** The JSON a child printed after "RESULT ". */
function resultOf(out: string): { classified: number } {
  const line = /RESULT (.*)/.exec(out)?.[1];
  if (line === undefined) throw new Error(`the child printed no RESULT line: ${out}`);
  return JSON.parse(line) as { classified: number };
}

async function onServer(sql: string) {
  const admin = await createDb({ url: pgUrl() });
  try {
    await admin.prisma.$executeRawUnsafe(sql);
  } finally {
    await admin.close();
  }
}

describe.skipIf(!serverUrl)(
  serverUrl
    ? "start-up on PostgreSQL"
    : "start-up on PostgreSQL (skipped: TAHUB_TEST_PG_URL is not set)",
  () => {
    it("two servers started at once on a fresh database both start; every need is classified once", async () => {
      const database = `tahub_start_${Math.random().toString(36).slice(2, 10)}`;
      await onServer(`CREATE DATABASE "${database}"`);
      const u = new URL(pgUrl());
      u.pathname = `/${database}`;
      try {
        const runs = await Promise.all([startProcess(u.toString()), startProcess(u.toString())]);
        // Both started and stopped cleanly (before the fix one died with "deadlock detected").
        expect(runs.map((r) => (r.code === 0 ? "started" : `exit ${r.code}: ${r.err}`))).toEqual([
          "started",
          "started",
        ]);
        const classified = runs.map((r) => resultOf(r.out).classified);
        const check = await createDb({ url: u.toString() });
        try {
          const total = await check.prisma.need.count({ where: { cycle: 2 } });
          const left = await check.prisma.need.count({
            where: { cycle: 2, suggestion: { equals: Prisma.DbNull } },
          });
          expect(total).toBeGreaterThan(100);
          expect(left).toBe(0);
          // Once: the two processes together classified each need one time.
          expect(classified.reduce((a, b) => a + b, 0)).toBe(total);
        } finally {
          await check.close();
        }
      } finally {
        await onServer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      }
    }, 240_000);
  },
);
