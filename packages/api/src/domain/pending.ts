import { Prisma } from "@tahub/db";
import type { DbClient } from "../db.js";
import type { Services } from "../services/index.js";

const BATCH = 500;

/**
 * Classifies every cycle-2 need that has no suggestion yet (imported or seeded records), storing
 * the suggestion and model version; low-confidence ones then wait in the review queue. One
 * UPDATE per batch: thousands of needs take seconds, not minutes, on embedded PGlite.
 */
export async function classifyPending(
  db: DbClient,
  services: Services,
): Promise<{ classified: number }> {
  let classified = 0;
  for (;;) {
    const batch = await db.need.findMany({
      where: { cycle: 2, suggestion: { equals: Prisma.DbNull } },
      select: { id: true, text: true },
      take: BATCH,
      orderBy: { id: "asc" },
    });
    if (!batch.length) break;
    const rows = batch.map((n) => ({ id: n.id, s: services.classifier.classify(n.text) }));
    await db.$executeRaw`
      UPDATE "Need" AS n SET suggestion = v.s, "modelVersion" = ${services.classifier.version()}
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS v(id text, s jsonb)
       WHERE n.id = v.id`;
    classified += batch.length;
    if (batch.length < BATCH) break;
  }
  return { classified };
}
