import type { PrismaClient } from "./generated/prisma/client.js";

/**
 * The current data version (see the `DataVersion` model): equal values mean no record that
 * read models depend on changed in between, in any process sharing the database.
 */
export async function dataVersion(prisma: PrismaClient): Promise<string> {
  const rows = await prisma.$queryRaw<
    { version: bigint }[]
  >`SELECT "version" FROM "DataVersion" WHERE "id" = 1`;
  return String(rows[0]?.version ?? 0);
}
