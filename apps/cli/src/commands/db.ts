import { resolve } from "node:path";
import {
  createDb,
  dumpPGlite,
  importLogical,
  migrate,
  readLogicalBackup,
  redactUrl,
  restorePGlite,
  writeLogicalBackup,
} from "@tahub/db";
import { json, UsageError, type Command } from "../lib/command.js";

const USAGE = `tahub db <verb> [--db URL|DIR]
  migrate                          apply pending migrations
  backup --out FILE [--pglite]     logical JSON backup (gzip), or with --pglite the PGlite data folder tarball
  restore --from FILE              load a logical backup into the (migrated) database, replacing its content
  restore --from FILE --pglite --into DIR   create a new PGlite data folder from a tarball`;

export const dbCommand: Command = {
  name: "db",
  summary: "Database migrations, backup and restore (PGlite or PostgreSQL)",
  usage: USAGE,
  options: {
    db: { type: "string" },
    out: { type: "string" },
    from: { type: "string" },
    into: { type: "string" },
    pglite: { type: "boolean" },
    json: { type: "boolean" },
  },
  async run({ positionals, values, io }) {
    const verb = positionals[0];
    const from = values.from as string | undefined;
    if (verb === "restore" && values.pglite) {
      const into = values.into as string | undefined;
      if (!from || !into) throw new UsageError("restore --pglite needs --from FILE and --into DIR");
      const pg = await restorePGlite(resolve(from), resolve(into));
      await pg.close();
      io.out(`restored ${from} into ${into}`);
      return 0;
    }
    if (verb !== "migrate" && verb !== "backup" && verb !== "restore")
      throw new UsageError(`unknown verb\n${USAGE}`);
    const db = await createDb(values.db ? { url: values.db as string } : {});
    const where = db.target.url ? redactUrl(db.target.url) : db.target.dataDir;
    try {
      if (verb === "migrate") {
        const r = await migrate(db);
        io.out(
          values.json
            ? json(r)
            : `${where}: ${r.applied.length} applied, ${r.skipped.length} already applied`,
        );
        return 0;
      }
      if (verb === "backup") {
        if (!values.out) throw new UsageError("backup needs --out FILE");
        const file = resolve(values.out as string);
        if (values.pglite) {
          const bytes = await dumpPGlite(db, file);
          io.out(`${where}: data folder written to ${file} (${bytes} bytes)`);
        } else {
          const b = await writeLogicalBackup(db, file);
          const rows = Object.values(b.tables).reduce((s, t) => s + t.length, 0);
          io.out(
            `${where}: ${rows} rows of ${Object.keys(b.tables).length} tables written to ${file}`,
          );
        }
        return 0;
      }
      if (!from) throw new UsageError("restore needs --from FILE");
      await migrate(db);
      const counts = await importLogical(db, readLogicalBackup(resolve(from)));
      io.out(
        values.json
          ? json(counts)
          : `${where}: restored ${Object.values(counts).reduce((s, n) => s + n, 0)} rows from ${from}`,
      );
      return 0;
    } finally {
      await db.close();
    }
  },
};
