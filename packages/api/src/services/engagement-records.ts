/**
 * Engagement records as lists and edits: the engagements on needs the caller can see, and the
 * provider's edits of what it proposes and the dates (the status moves only through
 * services/engagements.ts `moveEngagement`).
 */
import { isSecretariat, type EngagementStatus } from "@tahub/domain";
import type { Prisma } from "@tahub/db";
import { visibleNeeds } from "../access.js";
import { audit } from "../audit.js";
import type { SessionUser } from "../auth/user.js";
import type { DbClient } from "../db.js";
import { notFound, staleVersion } from "../errors.js";
import { fromDay } from "../lib/dates.js";
import { engagementSelect, toEngagementRow } from "./engagements.js";

/** Engagements on needs the caller can see: who already supports what. */
export async function listEngagements(
  db: DbClient,
  u: SessionUser | null,
  input: { needId?: string; providerId?: string; status?: EngagementStatus; mine?: boolean },
) {
  const own: Prisma.EngagementWhereInput = !input.mine
    ? {}
    : u?.role === "state"
      ? { need: { stateId: u.state ?? "" } }
      : u?.role === "provider"
        ? { providerId: u.providerId ?? "" }
        : u && isSecretariat(u.role)
          ? {}
          : { id: "" };
  const rows = await db.engagement.findMany({
    where: {
      AND: [
        { need: visibleNeeds(u) },
        own,
        input.needId ? { needId: input.needId } : {},
        input.providerId ? { providerId: input.providerId } : {},
        input.status ? { status: input.status } : {},
      ],
    },
    select: engagementSelect,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 500,
  });
  return rows.map((r) => toEngagementRow(r, u));
}

/** The provider edits what it proposes and the dates; the status moves only through `move`. */
export async function updateEngagement(
  db: DbClient,
  user: SessionUser,
  input: {
    id: string;
    version: number;
    startedOn?: string;
    endedOn?: string;
    description?: string;
  },
) {
  const before = await db.engagement.findUnique({ where: { id: input.id } });
  // Another provider's engagement answers exactly as a missing one (no existence oracle).
  if (
    !before ||
    (!isSecretariat(user.role) &&
      !(user.role === "provider" && user.providerId === before.providerId))
  )
    throw notFound("Engagement", input.id);
  const e = await db.$transaction(async (tx) => {
    const r = await tx.engagement.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        ...(input.startedOn ? { startedOn: fromDay(input.startedOn) } : {}),
        ...(input.endedOn ? { endedOn: fromDay(input.endedOn) } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        version: { increment: 1 },
      },
    });
    if (r.count !== 1) throw staleVersion("engagement");
    await audit(tx, user, {
      action: "engagement.update",
      entity: "Engagement",
      entityId: input.id,
      before,
      after: input,
    });
    return tx.engagement.findUniqueOrThrow({
      where: { id: input.id },
      select: engagementSelect,
    });
  });
  return toEngagementRow(e, user);
}
