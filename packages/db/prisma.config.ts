/**
 * Prisma CLI configuration: the same adapter factory as the application (src/adapter.ts), so
 * `prisma migrate dev` and `prisma studio` reach the same PGlite folder or server.
 * The CLI never disposes the adapter (TOOLCHAIN defect 5): PGlite is closed on `beforeExit`,
 * otherwise the CLI hangs after its work and the folder may not open again.
 * `pnpm db:migrate` does not go through the Prisma CLI: see src/migrate.ts.
 */
import { defineConfig } from "prisma/config";
import { createAdapter } from "./src/adapter.js";
import { readEnv } from "./src/env.js";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const env = readEnv();
    const adapter = await createAdapter({ url: env.databaseUrl, dataDir: env.dataDir });
    const pglite = adapter.pglite;
    if (pglite) {
      process.once("beforeExit", () => {
        if (!pglite.closed) void pglite.close();
      });
    }
    return adapter.factory;
  },
});
