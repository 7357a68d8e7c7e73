import { createDb, migrate, redactUrl, seedDemo, seedScale } from "@tahub/db";
import { json, UsageError, type Command } from "../lib/command.js";

export const seedCommand: Command = {
  name: "seed",
  summary: "Migrate and load the demo data set (--demo) or N times its needs (--scale N)",
  usage:
    "tahub seed --demo | --scale N [--db URL|DIR] [--json]   (default DATABASE_URL, else TAHUB_DATA_DIR, else .data/pglite)",
  options: {
    demo: { type: "boolean" },
    scale: { type: "string" },
    db: { type: "string" },
    json: { type: "boolean" },
  },
  async run({ values, io }) {
    const scale = values.scale === undefined ? undefined : Number(values.scale);
    if (!values.demo && scale === undefined) throw new UsageError("say --demo or --scale N");
    if (scale !== undefined && (!Number.isInteger(scale) || scale < 1 || scale > 10_000))
      throw new UsageError("--scale takes a whole number from 1 to 10000");
    const db = await createDb(values.db ? { url: values.db as string } : {});
    try {
      const where = db.target.url ? redactUrl(db.target.url) : db.target.dataDir;
      const started = Date.now();
      const m = await migrate(db);
      if (scale !== undefined) {
        const r = await seedScale(db.prisma, scale);
        if (values.json) io.out(json({ database: where, scale, ...r }));
        else
          io.out(
            `${where}: ${r.needs} cycle-2 needs (${r.inserted} inserted) in ${r.seconds.toFixed(1)} s; database size ${(r.bytes / 1024 / 1024).toFixed(1)} MiB`,
          );
        return 0;
      }
      const r = await seedDemo(db.prisma);
      const seconds = (Date.now() - started) / 1000;
      if (values.json)
        io.out(
          json({
            database: where,
            migrationsApplied: m.applied,
            inserted: r.counts,
            changed: r.changed,
            seconds,
          }),
        );
      else {
        io.out(`${where}: ${m.applied.length} migration(s) applied`);
        io.out(
          r.changed
            ? `demo data inserted: ${Object.entries(r.counts)
                .map(([k, v]) => `${k} ${v}`)
                .join(", ")}`
            : "demo data already present: nothing changed",
        );
        io.out(`done in ${seconds.toFixed(1)} s`);
      }
      return 0;
    } finally {
      await db.close();
    }
  },
};
