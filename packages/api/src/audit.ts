import type { DbClient } from "./db.js";
import type { SessionUser } from "./context.js";

type Tx = Pick<DbClient, "auditLog">;

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
      before:
        entry.before === undefined
          ? undefined
          : (JSON.parse(JSON.stringify(entry.before)) as object),
      after:
        entry.after === undefined ? undefined : (JSON.parse(JSON.stringify(entry.after)) as object),
    },
  });
}
