import type { DbClient } from "./db.js";
import type { SessionUser } from "./auth/user.js";

type Tx = Pick<DbClient, "auditLog">;

/** JSON for a snapshot: a BigInt column (an offer's budget) is written as a number. */
const snapshot = (v: unknown) =>
  JSON.parse(
    JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? Number(x) : x)),
  ) as object;

/** Records who did what to which record, with before/after snapshots; written in the caller's transaction. */
export async function audit(
  tx: Tx,
  user: SessionUser | null,
  entry: { action: string; entity: string; entityId: string; before?: unknown; after?: unknown },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: user?.id ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: entry.before === undefined ? undefined : snapshot(entry.before),
      after: entry.after === undefined ? undefined : snapshot(entry.after),
    },
  });
}
