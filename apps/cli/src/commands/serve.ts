import { classifyPending, indexPending, retrain } from "@tahub/api";
import { seedDemo } from "@tahub/db";
import { startServer } from "@tahub/server";
import { UsageError, type Command } from "../lib/command.js";

export const serveCommand: Command = {
  name: "serve",
  summary:
    "Serve the API and the portal (embedded PGlite by default, PostgreSQL with DATABASE_URL)",
  usage: "tahub serve [--port 3000] [--host 127.0.0.1] [--demo]",
  options: { port: { type: "string" }, host: { type: "string" }, demo: { type: "boolean" } },
  async run({ values, io }) {
    const port = values.port === undefined ? undefined : Number(values.port);
    if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536))
      throw new UsageError(`--port must be 0-65535, not ${String(values.port)}`);
    const { stop } = await startServer({
      env: {
        ...(port !== undefined ? { PORT: port } : {}),
        ...(values.host ? { HOST: values.host as string } : {}),
      },
      async prepare(db, services) {
        if (values.demo) {
          const t = Date.now();
          const r = await seedDemo(db.prisma);
          const added = Object.entries(r.counts).filter(([, n]) => n > 0);
          io.err(
            `demo data: ${r.changed ? added.map(([k, n]) => `${n} ${k}`).join(", ") : "already present"} (${Date.now() - t} ms)`,
          );
        }
        // Corrections stored by the secretariat teach this process's model, then new records get suggestions.
        const { corrections } = await retrain(db.prisma, services);
        const { classified } = await classifyPending(db.prisma, services);
        if (corrections || classified)
          io.err(`classifier: ${corrections} corrections replayed, ${classified} needs classified`);
        // Search documents of records written outside the API (the demo data, older rows after
        // the migration that added them, a changed lexicon): built now rather than on the first search.
        const t = Date.now();
        const { indexed } = await indexPending(db.prisma);
        if (indexed) io.err(`search: ${indexed} records indexed (${Date.now() - t} ms)`);
      },
    });
    await new Promise<void>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    await stop("signal");
    return 0;
  },
};
