/**
 * `pnpm db:migrate | db:seed | db:reset` (root scripts run these with cwd packages/db; the
 * database is chosen by DATABASE_URL / TAHUB_DATA_DIR, default <repo>/.data/pglite).
 *   migrate  apply pending migrations
 *   seed     migrate, load reference data and the demo data set (idempotent)
 *   reset    drop everything, migrate, load reference data (no demo data)
 */
import { createDb, loadReferenceData, migrate, redactUrl, resetSchema } from "../src/index.js";

const verb = process.argv[2];
if (verb !== "migrate" && verb !== "seed" && verb !== "reset") {
  console.error("usage: tsx scripts/db.mts migrate|seed|reset");
  process.exit(2);
}
const db = await createDb();
const where = db.target.url ? redactUrl(db.target.url) : db.target.dataDir;
try {
  const started = Date.now();
  const result = verb === "reset" ? await resetSchema(db) : await migrate(db);
  console.log(
    `${where}: ${result.applied.length} migration(s) applied, ${result.skipped.length} already applied`,
  );
  if (verb === "seed" || verb === "reset") {
    const ref = await loadReferenceData(db.prisma);
    console.log(
      `reference data: ${ref.chapters} chapters, ${ref.articles} articles, ${ref.states} States`,
    );
  }
  if (verb === "seed") {
    const { seedDemo } = await import("../src/seed/index.js");
    const r = await seedDemo(db.prisma);
    console.log(`demo data: ${JSON.stringify(r.counts)}${r.changed ? "" : " (unchanged)"}`);
  }
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await db.close();
}
