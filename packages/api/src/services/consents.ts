/**
 * A State's consent to share a restricted need with named providers (issue 15, deliverable 3;
 * CAC/COSP/2021 note on TA needs, para 31; docs/states.md). Each consent names one provider and
 * records who granted it and when, optionally its last day, and who revoked it and when. While
 * it holds, that provider's users read the need through every read path: `visibleNeeds` and
 * `mayReadNeed` in access.ts are the one rule.
 */
import type { Prisma } from "@tahub/db";
import { z } from "zod";
import { assertCanEditNeed, today, visibleNeeds } from "../access.js";
import { audit } from "../audit.js";
import type { SessionUser } from "../auth/user.js";
import type { DbClient } from "../db.js";
import { fromDay, toDay } from "../lib/dates.js";
import { AppError, notFound } from "../errors.js";

export const ZId = z.string().min(1).max(64);

export const ZConsentRowSchema = z.object({
  id: z.string(),
  needId: z.string(),
  providerId: z.string(),
  provider: z.string(),
  expiresOn: z.string().nullable(),
  grantedBy: z.string().nullable(),
  grantedAt: z.string(),
  revokedBy: z.string().nullable(),
  revokedAt: z.string().nullable(),
  /** Holds today: not revoked and not past its last day. */
  active: z.boolean(),
});

const shareSelect = {
  id: true,
  needId: true,
  providerId: true,
  expiresOn: true,
  grantedAt: true,
  revokedAt: true,
  provider: { select: { name: true } },
  grantedBy: { select: { name: true } },
  revokedBy: { select: { name: true } },
} satisfies Prisma.NeedShareSelect;

function toRow(s: Prisma.NeedShareGetPayload<{ select: typeof shareSelect }>) {
  const expiresOn = toDay(s.expiresOn);
  return {
    id: s.id,
    needId: s.needId,
    providerId: s.providerId,
    provider: s.provider.name,
    expiresOn,
    grantedBy: s.grantedBy?.name ?? null,
    grantedAt: s.grantedAt.toISOString(),
    revokedBy: s.revokedBy?.name ?? null,
    revokedAt: s.revokedAt?.toISOString() ?? null,
    active: !s.revokedAt && (expiresOn === null || expiresOn >= today()),
  };
}

/** The need, when the caller acts for its State (or is the secretariat); NOT_FOUND otherwise. */
async function ownNeed(tx: Pick<DbClient, "need">, user: SessionUser, needId: string) {
  const need = await tx.need.findFirst({
    where: { AND: [{ id: needId }, visibleNeeds(user)] },
    select: { id: true, stateId: true, confidentiality: true, status: true },
  });
  if (!need) throw notFound("Need", needId);
  try {
    assertCanEditNeed(user, need);
  } catch {
    // A provider the need is shared with reads it, but never learns who else may.
    throw notFound("Need", needId);
  }
  return need;
}

async function listFor(db: Pick<DbClient, "needShare">, needId: string) {
  const rows = await db.needShare.findMany({
    where: { needId },
    select: shareSelect,
    orderBy: [{ grantedAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toRow);
}

/**
 * Consents to share the need with each named provider. A provider that already has a consent
 * that holds gets a new one and the old one is revoked, so every scope stays on record.
 */
export async function grantConsents(
  db: DbClient,
  user: SessionUser,
  input: { needId: string; providerIds: string[]; expiresOn?: string },
) {
  if (input.expiresOn && input.expiresOn < today())
    throw new AppError("BAD_INPUT", "The last day of the consent has passed", "expiresOn");
  await db.$transaction(async (tx) => {
    const need = await ownNeed(tx, user, input.needId);
    if (need.confidentiality === "public")
      throw new AppError(
        "BAD_INPUT",
        "A public need is read by everyone: there is nothing to consent to",
        "needId",
      );
    if (need.status === "withdrawn")
      throw new AppError("BAD_INPUT", "A withdrawn need is not shared", "needId");
    const found = await tx.provider.count({ where: { id: { in: input.providerIds } } });
    if (found !== input.providerIds.length)
      throw new AppError("BAD_INPUT", "Unknown provider", "providerIds");
    const now = new Date();
    await tx.needShare.updateMany({
      where: { needId: need.id, providerId: { in: input.providerIds }, revokedAt: null },
      data: { revokedAt: now, revokedById: user.id },
    });
    await tx.needShare.createMany({
      data: input.providerIds.map((providerId) => ({
        needId: need.id,
        providerId,
        expiresOn: fromDay(input.expiresOn),
        grantedById: user.id,
        grantedAt: now,
      })),
    });
    await audit(tx, user, {
      action: "need.share.grant",
      entity: "Need",
      entityId: need.id,
      after: { providerIds: input.providerIds, expiresOn: input.expiresOn ?? null },
    });
  });
  return listFor(db, input.needId);
}

/** Ends a consent: the provider no longer reads the need (unless another tier lets it). */
export async function revokeConsent(db: DbClient, user: SessionUser, input: { id: string }) {
  const needId = await db.$transaction(async (tx) => {
    const share = await tx.needShare.findUnique({ where: { id: input.id } });
    if (!share) throw notFound("Consent", input.id);
    await ownNeed(tx, user, share.needId);
    const r = await tx.needShare.updateMany({
      where: { id: share.id, revokedAt: null },
      data: { revokedAt: new Date(), revokedById: user.id },
    });
    if (r.count !== 1) throw new AppError("CONFLICT", "This consent was already revoked", "id");
    await audit(tx, user, {
      action: "need.share.revoke",
      entity: "Need",
      entityId: share.needId,
      before: { providerId: share.providerId, expiresOn: toDay(share.expiresOn) },
    });
    return share.needId;
  });
  return listFor(db, needId);
}

/** Every consent on the need, revoked and expired ones included: its State and the secretariat. */
export async function listConsents(db: DbClient, user: SessionUser, input: { needId: string }) {
  await ownNeed(db, user, input.needId);
  return listFor(db, input.needId);
}
