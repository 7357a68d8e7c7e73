import { Prisma } from "@tahub/db";
import type { DbClient } from "../db.js";
import type { Services } from "../runtime.js";
import { must } from "../lib/must.js";

/**
 * Needs per UPDATE. Small, so each statement holds few row locks for a short time; a batch of
 * 100 still classifies thousands of needs in seconds on embedded PGlite.
 */
const PENDING_BATCH = 100;

/**
 * Classifies every cycle-2 need that has no suggestion yet (imported or seeded records), storing
 * the suggestion and model version; low-confidence ones then wait in the review queue.
 *
 * Safe when two processes run it at once on one database (issue 12: two servers started
 * together deadlocked here, each holding rows of one batch the other wanted, locked in hash-join
 * order). Now each batch locks its rows in id order (`ORDER BY id FOR UPDATE`), so two
 * processes queue instead of deadlocking, and updates only rows still unclassified, so a need
 * the other process classified meanwhile is left alone (each need is classified once, and
 * `classified` counts only this call's work). The start-up path also runs it under the
 * database's start-up lock (Db.withStartupLock).
 */
export async function classifyPending(
  db: DbClient,
  services: Services,
): Promise<{ classified: number }> {
  let classified = 0;
  let after = "";
  for (;;) {
    const batch = await db.need.findMany({
      where: { cycle: 2, suggestion: { equals: Prisma.DbNull }, id: { gt: after } },
      select: { id: true, text: true },
      take: PENDING_BATCH,
      orderBy: { id: "asc" },
    });
    if (!batch.length) break;
    // Moving past the batch by id ends the loop even if a row could not be updated.
    after = must(batch[batch.length - 1]).id;
    const rows = batch.map((n) => ({ id: n.id, s: services.classifier.classify(n.text) }));
    classified += await db.$executeRaw`
      UPDATE "Need" AS n SET suggestion = v.s, "modelVersion" = ${services.classifier.version()}
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS v(id text, s jsonb),
             (SELECT id FROM "Need"
               WHERE id IN (SELECT x.id FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(id text))
                 AND suggestion IS NULL
               ORDER BY id
                 FOR UPDATE) AS locked
       WHERE n.id = v.id AND n.id = locked.id AND n.suggestion IS NULL`;
    if (batch.length < PENDING_BATCH) break;
  }
  return { classified };
}
