/**
 * Engagements (issue 15): the row every read path shows, and the lifecycle. The rules of the
 * lifecycle (which move leads where, whose move it is) are @tahub/domain's ENGAGEMENT_MOVES;
 * this module enforces them against the database: one open engagement per need, provider and
 * offer (also a partial unique index), optimistic versions, the history, and the notifications
 * of the other party. See docs/engagements.md.
 */
import {
  ACTIVE_ENGAGEMENT_STATUSES,
  engagementMoveTarget,
  isMoveOf,
  isSecretariat,
  OPEN_ENGAGEMENT_STATUSES,
  type EngagementAction,
  type EngagementMove,
  type EngagementParty,
  type EngagementStatus,
  type NeedStatus,
  type NotificationKind,
  type TEngagementInput,
  type TEngagementMove,
} from "@tahub/domain";
import { DbError, toDbError, type Prisma } from "@tahub/db";
import { assertCanActForProvider, mayReadOffer, partyOf, visibleNeeds } from "../access.js";
import { audit } from "../audit.js";
import type { SessionUser } from "../auth/user.js";
import type { DbClient } from "../db.js";
import { AppError, forbidden, notFound, staleVersion } from "../errors.js";
import { fromDay, toDay } from "../lib/dates.js";
import { excerpt } from "../lib/excerpt.js";
import { notify, type Audience, type Tx } from "./notifications.js";

export const engagementSelect = {
  id: true,
  needId: true,
  need: { select: { stateId: true, text: true, confidentiality: true } },
  offerId: true,
  offer: { select: { title: true, confidentiality: true, providerId: true } },
  providerId: true,
  provider: { select: { name: true } },
  status: true,
  startedOn: true,
  endedOn: true,
  description: true,
  evaluation: true,
  stateEvaluation: true,
  proposedNeedStatus: true,
  needStatusDecision: true,
  version: true,
  createdAt: true,
} satisfies Prisma.EngagementSelect;

type EngagementRecord = Prisma.EngagementGetPayload<{ select: typeof engagementSelect }>;
type Evaluation = Record<string, { score: number; note?: string }>;

/**
 * The row as `user` may see it. The need is visible (the caller filtered on it) but the offer
 * behind the engagement may be restricted: then neither its id nor its title is shown
 * (issue 12: restricted offers leaked through engagements), and neither is the provider's
 * description or either evaluation of the work, which may quote the offer; only that the
 * provider supports the need, and how far the work has gone.
 */
export const toEngagementRow = (e: EngagementRecord, user: SessionUser | null) => {
  const hidden = !!e.offer && !mayReadOffer(user, e.offer);
  const offer = e.offer && !hidden ? e.offer : null;
  return {
    id: e.id,
    needId: e.needId,
    state: e.need.stateId,
    needExcerpt: excerpt(e.need.text, 160),
    offerId: offer ? e.offerId : null,
    offerTitle: offer?.title ?? null,
    providerId: e.providerId,
    providerName: e.provider.name,
    status: e.status as EngagementStatus,
    startedOn: toDay(e.startedOn),
    endedOn: toDay(e.endedOn),
    description: hidden ? null : e.description,
    evaluation: hidden ? null : ((e.evaluation as Evaluation | null) ?? null),
    stateEvaluation: hidden ? null : ((e.stateEvaluation as Evaluation | null) ?? null),
    proposedNeedStatus: (e.proposedNeedStatus as NeedStatus | null) ?? null,
    needStatusDecision: (e.needStatusDecision as "confirmed" | "rejected" | null) ?? null,
    version: e.version,
    createdAt: e.createdAt.toISOString(),
  };
};

/** What the caller may do with the engagement now (the portal shows these buttons only). */
export type EngagementActionId = EngagementMove | "confirm-status";
function actionsFor(user: SessionUser | null, e: EngagementRecord): EngagementActionId[] {
  const party = partyOf(user, e);
  if (!party) return [];
  const status = e.status as EngagementStatus;
  const out: EngagementActionId[] = [];
  for (const move of ["accept", "decline", "start", "deliver", "withdraw", "evaluate"] as const) {
    if (!isMoveOf(move, party) || !engagementMoveTarget(status, move)) continue;
    if (move === "evaluate" && (party === "state" ? e.stateEvaluation : e.evaluation)) continue;
    out.push(move);
  }
  if (party === "state" && e.proposedNeedStatus && !e.needStatusDecision)
    out.push("confirm-status");
  return out;
}

const eventSelect = {
  id: true,
  action: true,
  from: true,
  to: true,
  party: true,
  message: true,
  needStatus: true,
  at: true,
  by: { select: { name: true } },
} satisfies Prisma.EngagementEventSelect;

/** An engagement with its history and what the caller may do; NOT_FOUND unless its need is visible. */
export async function getEngagementDetail(db: DbClient, user: SessionUser | null, id: string) {
  const e = await db.engagement.findFirst({
    where: { id, need: visibleNeeds(user) },
    select: { ...engagementSelect, events: { select: eventSelect, orderBy: { at: "asc" } } },
  });
  if (!e) throw notFound("Engagement", id);
  // The messages are the parties' exchange: the secretariat reads them too, nobody else.
  const privy = !!partyOf(user, e) || (!!user && isSecretariat(user.role));
  return {
    ...toEngagementRow(e, user),
    actions: actionsFor(user, e),
    history: e.events.map((ev) => ({
      action: ev.action as EngagementAction,
      from: ev.from as EngagementStatus | null,
      to: ev.to as EngagementStatus,
      party: ev.party as EngagementParty | "secretariat",
      by: ev.by?.name ?? null,
      at: ev.at.toISOString(),
      message: privy ? ev.message : null,
      needStatus: (ev.needStatus as NeedStatus | null) ?? null,
    })),
  };
}

/** A refusal of the lifecycle, with a reason the portal words in the user's language. */
export function lifecycleError(
  code: "BAD_INPUT" | "FORBIDDEN",
  reason: string,
  message: string,
  field?: string,
) {
  return new AppError(code, message, field, { engagement: reason });
}

/** The side that acted, as the history records it. */
const actingParty = (user: SessionUser, party: EngagementParty) =>
  party === "provider" && isSecretariat(user.role) ? "secretariat" : party;

const openWhere = (input: { needId: string; providerId: string; offerId?: string }) => ({
  needId: input.needId,
  providerId: input.providerId,
  offerId: input.offerId ?? null,
  status: { in: [...OPEN_ENGAGEMENT_STATUSES] },
});

/** The need a proposal is for, if the caller may read it, and the offer if it is the provider's. */
async function assertProposable(db: DbClient, user: SessionUser, input: TEngagementInput) {
  if (user.role === "state")
    throw forbidden("Engagements are proposed by the provider or the secretariat");
  assertCanActForProvider(user, input.providerId);
  const need = await db.need.findFirst({
    where: { AND: [{ id: input.needId }, visibleNeeds(user)] },
    select: { id: true, stateId: true, confidentiality: true },
  });
  if (!need) throw notFound("Need", input.needId);
  if (input.offerId) {
    const offer = await db.offer.findUnique({
      where: { id: input.offerId },
      select: { providerId: true },
    });
    // One answer for "no such offer" and "another provider's offer", so the call cannot
    // be used to learn that a restricted offer exists.
    if (!offer || offer.providerId !== input.providerId)
      throw new AppError("BAD_INPUT", "This is not one of the provider's offers", "offerId");
  }
  return need;
}

type ProposedNeed = Awaited<ReturnType<typeof assertProposable>>;

/**
 * The other providers already supporting the need (accepted or in progress); when there are,
 * they, the proposer and the secretariat are warned in their inboxes.
 */
async function warnOverlap(
  tx: Tx,
  user: SessionUser,
  input: TEngagementInput,
  target: { id: string; providerId: string; need: ProposedNeed },
) {
  const active = await tx.engagement.findMany({
    where: {
      needId: input.needId,
      providerId: { not: input.providerId },
      status: { in: [...ACTIVE_ENGAGEMENT_STATUSES] },
    },
    select: { providerId: true, status: true, provider: { select: { name: true } } },
  });
  const others = [...new Set(active.map((a) => a.providerId))];
  if (others.length) {
    const data = { providerIds: others };
    const audiences: Audience[] = [
      "provider",
      "secretariat",
      ...others.map((providerId) => ({ providerId })),
    ];
    for (const to of audiences)
      await notify(tx, user, target, to, "engagement.overlap", null, data);
  }
  return active.map((a) => ({
    providerId: a.providerId,
    providerName: a.provider.name,
    status: a.status as EngagementStatus,
  }));
}

/** Creates the proposed engagement with its first event, tells the State, warns of overlaps. */
async function createProposal(
  tx: Tx,
  user: SessionUser,
  input: TEngagementInput,
  need: ProposedNeed,
) {
  const created = await tx.engagement.create({
    data: {
      needId: input.needId,
      offerId: input.offerId ?? null,
      providerId: input.providerId,
      status: "proposed",
      startedOn: fromDay(input.startedOn),
      endedOn: fromDay(input.endedOn),
      description: input.description,
    },
    select: engagementSelect,
  });
  const event = await tx.engagementEvent.create({
    data: {
      engagementId: created.id,
      action: "propose",
      to: "proposed",
      party: actingParty(user, "provider"),
      byUserId: user.id,
    },
    select: { id: true },
  });
  const target = { id: created.id, providerId: input.providerId, need };
  await notify(tx, user, target, "state", "engagement.propose", event.id, { to: "proposed" });
  const overlap = await warnOverlap(tx, user, input, target);
  await audit(tx, user, {
    action: "engagement.create",
    entity: "Engagement",
    entityId: created.id,
    after: input,
  });
  return { ...toEngagementRow(created, user), created: true, overlap };
}

/**
 * A provider proposes support. Idempotent: while the provider has an open engagement on the
 * need under the same offer (or none), proposing again returns it (`created: false`). Two
 * concurrent proposals meet the partial unique index; the loser returns the winner's row.
 * `overlap` names the other providers already supporting the need (accepted or in progress):
 * they, the proposer and the secretariat are warned in their inboxes.
 */
export async function proposeEngagement(db: DbClient, user: SessionUser, input: TEngagementInput) {
  const need = await assertProposable(db, user, input);
  const existing = async () => {
    const e = await db.engagement.findFirst({ where: openWhere(input), select: engagementSelect });
    return e ? { ...toEngagementRow(e, user), created: false, overlap: [] } : null;
  };
  const found = await existing();
  if (found) return found;
  try {
    return await db.$transaction((tx) => createProposal(tx, user, input, need));
  } catch (e) {
    // A concurrent proposal committed first: answer with it, as for a second click.
    const db = toDbError(e);
    if (db instanceof DbError && db.code === "unique") {
      const winner = await existing();
      if (winner) return winner;
    }
    throw e;
  }
}

/** Loads an engagement for a move: NOT_FOUND unless visible, FORBIDDEN unless a party, CONFLICT if stale. */
export async function loadForMove(db: DbClient, user: SessionUser, id: string, version: number) {
  const e = await db.engagement.findFirst({
    where: { id, need: visibleNeeds(user) },
    select: engagementSelect,
  });
  if (!e) throw notFound("Engagement", id);
  const party = partyOf(user, e);
  if (!party)
    throw lifecycleError(
      "FORBIDDEN",
      "not-a-party",
      "Only the State of the need and the provider can move this engagement",
    );
  if (e.version !== version) throw staleVersion("engagement");
  return { e, party };
}

export function assertMove(e: EngagementRecord, party: EngagementParty, move: EngagementMove) {
  if (!isMoveOf(move, party))
    throw lifecycleError(
      "FORBIDDEN",
      `not-${party}-move`,
      party === "state"
        ? `Only the provider can ${move} an engagement`
        : `Only the State of the need can ${move} an engagement`,
    );
  const to = engagementMoveTarget(e.status as EngagementStatus, move);
  if (!to)
    throw lifecycleError(
      "BAD_INPUT",
      "not-allowed",
      `An engagement that is ${e.status} cannot be moved by "${move}"`,
      "move",
    );
  return to;
}

/** One write of a move: the versioned update, the history entry, the other side's notification. */
export async function recordMove(
  tx: Tx,
  user: SessionUser,
  e: EngagementRecord,
  party: EngagementParty,
  step: {
    action: EngagementAction;
    to: EngagementStatus;
    data?: Prisma.EngagementUncheckedUpdateManyInput;
    message?: string;
    needStatus?: string;
  },
) {
  const r = await tx.engagement.updateMany({
    where: { id: e.id, version: e.version },
    data: { ...step.data, status: step.to, version: { increment: 1 } },
  });
  if (r.count !== 1) throw staleVersion("engagement");
  const event = await tx.engagementEvent.create({
    data: {
      engagementId: e.id,
      action: step.action,
      from: e.status,
      to: step.to,
      party: actingParty(user, party),
      byUserId: user.id,
      message: step.message || null,
      needStatus: step.needStatus ?? null,
    },
    select: { id: true },
  });
  const kind = `engagement.${step.action}` as NotificationKind;
  await notify(tx, user, e, party === "state" ? "provider" : "state", kind, event.id, {
    from: e.status,
    to: step.to,
    ...(step.needStatus ? { needStatus: step.needStatus } : {}),
  });
  await audit(tx, user, {
    action: `engagement.${step.action}`,
    entity: "Engagement",
    entityId: e.id,
    before: { status: e.status, version: e.version },
    after: { status: step.to, message: step.message, needStatus: step.needStatus },
  });
}

/** accept, decline (State); start, deliver, withdraw (provider). */
export async function moveEngagement(db: DbClient, user: SessionUser, input: TEngagementMove) {
  const { e, party } = await loadForMove(db, user, input.id, input.version);
  const to = assertMove(e, party, input.move);
  const today = new Date().toISOString().slice(0, 10);
  const data: Prisma.EngagementUncheckedUpdateManyInput = {};
  if (input.move === "start" && !e.startedOn) data.startedOn = fromDay(today);
  if (input.move === "deliver") {
    data.proposedNeedStatus = input.needStatus;
    data.needStatusDecision = null;
    if (!e.endedOn) data.endedOn = fromDay(today);
  }
  await db.$transaction((tx) =>
    recordMove(tx, user, e, party, {
      action: input.move,
      to,
      data,
      message: input.message,
      needStatus: input.needStatus,
    }),
  );
  return getEngagementDetail(db, user, e.id);
}
