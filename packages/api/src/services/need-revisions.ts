/**
 * A need's revisions (issue 15, States; docs/states.md): every edit, withdrawal and accepted
 * correction keeps who, when and each changed field before and after. The history is the
 * State's and the secretariat's: an earlier wording may have been restricted or corrected for a
 * reason, so other readers see the need as it is now.
 */
import { canWithdraw, type NeedStatus } from "@tahub/domain";
import type { Prisma } from "@tahub/db";
import { assertCanEditNeed, visibleNeeds } from "../access.js";
import { audit } from "../audit.js";
import type { SessionUser } from "../auth/user.js";
import type { DbClient } from "../db.js";
import { AppError, notFound, staleVersion } from "../errors.js";
import { toDay } from "../lib/dates.js";

type Tx = Prisma.TransactionClient;

export const REVISION_KINDS = ["edit", "withdraw", "correction"] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

/** The fields a revision compares: what a State or the secretariat may change on a need. */
export const REVISED_FIELDS = [
  "text",
  "articles",
  "chapterId",
  "confidentiality",
  "genderResponsive",
  "sourceRef",
  "status",
  "category",
  "categories",
  "reviewAction",
] as const;
type RevisedField = (typeof REVISED_FIELDS)[number];

type Snapshot = { [K in RevisedField]?: unknown } & { id: string; version: number };

/** Each field whose value differs between `before` and `after`, with both values. */
function changedFields(
  before: Snapshot,
  after: Snapshot,
): Partial<Record<RevisedField, { before: unknown; after: unknown }>> {
  const changes: Partial<Record<RevisedField, { before: unknown; after: unknown }>> = {};
  for (const f of REVISED_FIELDS) {
    const b = before[f] ?? null;
    const a = after[f] ?? null;
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[f] = { before: b, after: a };
  }
  return changes;
}

/** Writes the revision `before` -> `after` in the caller's transaction (nothing when nothing changed). */
export async function recordRevision(
  tx: Tx,
  user: SessionUser,
  kind: RevisionKind,
  before: Snapshot,
  after: Snapshot,
  reason?: string | null,
): Promise<void> {
  const changes = changedFields(before, after);
  if (!Object.keys(changes).length && !reason) return;
  await tx.needRevision.create({
    data: {
      needId: after.id,
      kind,
      version: after.version,
      changes: JSON.parse(JSON.stringify(changes)) as Prisma.InputJsonValue,
      reason: reason ?? null,
      byUserId: user.id,
    },
  });
}

export interface TRevision {
  kind: RevisionKind;
  version: number;
  at: string;
  by: string | null;
  reason: string | null;
  changes: { field: RevisedField; before: unknown; after: unknown }[];
}

/**
 * The revisions of a need, oldest first: its State's focal points and the secretariat only
 * (anyone else: NOT_FOUND, as for a need they may not read).
 */
export async function needHistory(
  db: DbClient,
  user: SessionUser,
  id: string,
): Promise<{ withdrawnOn: string | null; revisions: TRevision[] }> {
  const need = await db.need.findFirst({
    where: { AND: [{ id }, visibleNeeds(user)] },
    select: {
      stateId: true,
      withdrawnOn: true,
      revisions: {
        orderBy: [{ at: "asc" }, { version: "asc" }],
        select: {
          kind: true,
          version: true,
          at: true,
          reason: true,
          changes: true,
          by: { select: { name: true } },
        },
      },
    },
  });
  if (!need || !mayEdit(user, need.stateId)) throw notFound("Need", id);
  return {
    withdrawnOn: toDay(need.withdrawnOn),
    revisions: need.revisions.map((r) => ({
      kind: r.kind as RevisionKind,
      version: r.version,
      at: r.at.toISOString(),
      by: r.by?.name ?? null,
      reason: r.reason,
      changes: Object.entries(
        (r.changes ?? {}) as Record<string, { before: unknown; after: unknown }>,
      )
        .filter(([f]) => (REVISED_FIELDS as readonly string[]).includes(f))
        .map(([field, c]) => ({ field: field as RevisedField, before: c.before, after: c.after })),
    })),
  };
}

function mayEdit(user: SessionUser, stateId: string): boolean {
  try {
    assertCanEditNeed(user, { stateId });
    return true;
  } catch {
    return false;
  }
}

/**
 * Withdraws a need, with a reason: its status becomes "withdrawn" (final), the day is kept for
 * the analytics as at earlier days, and the status history and the revisions record it.
 */
export async function withdrawNeed(
  db: DbClient,
  user: SessionUser,
  id: string,
  version: number,
  reason: string,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.need.findFirst({
      where: { AND: [{ id }, visibleNeeds(user)] },
      omit: { search: true },
    });
    if (!before) throw notFound("Need", id);
    if (!mayEdit(user, before.stateId)) throw notFound("Need", id);
    if (before.version !== version) throw staleVersion("need");
    if (!canWithdraw(before.status as NeedStatus))
      throw new AppError(
        "BAD_INPUT",
        before.status === "withdrawn"
          ? "This need is already withdrawn"
          : `A ${before.status} need cannot be withdrawn`,
        "status",
      );
    const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);
    const r = await tx.need.updateMany({
      where: { id, version },
      data: { status: "withdrawn", withdrawnOn: today, version: { increment: 1 } },
    });
    if (r.count !== 1) throw staleVersion("need");
    await tx.needStatusChange.create({
      data: { needId: id, from: before.status, to: "withdrawn", byUserId: user.id, note: reason },
    });
    const after = await tx.need.findUniqueOrThrow({ where: { id }, omit: { search: true } });
    await recordRevision(tx, user, "withdraw", before, after, reason);
    await audit(tx, user, {
      action: "need.withdraw",
      entity: "Need",
      entityId: id,
      before: { status: before.status },
      after: { status: "withdrawn", reason },
    });
  });
}
