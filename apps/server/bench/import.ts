/**
 * Import benchmark (issue 12): imports a CSV of N needs (dev-set texts, 6 States) through the
 * API on an in-memory PGlite database, while a reader queries the database every 5 ms and a
 * 10 ms timer watches the event loop. Prints JSON: total time, the event loop's longest stall,
 * the reader's longest wait, and the rows that arrived (all or nothing).
 *
 *   pnpm --filter @tahub/server bench:import -- --rows 10000
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { createCaller, createRequestContext, createServices } from "@tahub/api";
import { createDb, hashPassword, loadReferenceData, migrate } from "@tahub/db";
import { devTexts } from "./inputs.js";

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: { rows: { type: "string", default: "10000" } },
});
const rows = Number(values.rows);
const repo = resolve(import.meta.dirname, "../../..");

const db = await createDb({ url: "memory://" });
await migrate(db);
await loadReferenceData(db.prisma);
const services = createServices();
const password = "bench-import-password";
await db.prisma.user.create({
  data: {
    email: "bench@tahub.test",
    name: "bench",
    passwordHash: await hashPassword(password),
    memberships: { create: { role: "admin" } },
  },
});
let token: string | null = null;
await createCaller(
  await createRequestContext({
    db: db.prisma,
    services,
    ip: "127.0.0.1",
    sessionToken: null,
    onLogin: (t: string) => (token = t),
  }),
).auth.login({ email: "bench@tahub.test", password });
const admin = createCaller(
  await createRequestContext({ db: db.prisma, services, ip: "127.0.0.1", sessionToken: token }),
);

const texts = devTexts(repo);
const states = ["KEN", "PER", "FRA", "IND", "BRA", "NGA"];
const csv =
  "state,text\n" +
  Array.from(
    { length: rows },
    (_, i) =>
      `${states[i % states.length]},"${(texts[i % texts.length] ?? "").replace(/"/g, '""')} (${i})"`,
  ).join("\n") +
  "\n";

let maxStall = 0;
let last = performance.now();
const timer = setInterval(() => {
  const now = performance.now();
  maxStall = Math.max(maxStall, now - last);
  last = now;
}, 10);
let worstRead = 0;
let done = false;
const reader = (async () => {
  while (!done) {
    const t = performance.now();
    await db.prisma.need.count();
    worstRead = Math.max(worstRead, performance.now() - t);
    await new Promise((r) => setTimeout(r, 5));
  }
})();

const started = performance.now();
last = started;
const result = await admin.import.needs({
  filename: "bench.csv",
  contentBase64: Buffer.from(csv).toString("base64"),
});
const totalMs = performance.now() - started;
done = true;
await reader;
clearInterval(timer);
console.log(
  JSON.stringify(
    {
      rows,
      imported: result.imported,
      totalMs: Math.round(totalMs),
      longestEventLoopStallMs: Math.round(maxStall),
      longestConcurrentReadMs: Math.round(worstRead),
      needsAfter: await db.prisma.need.count(),
      stagedLeft: await db.prisma.needImportStage.count(),
    },
    null,
    2,
  ),
);
await db.close();
