/**
 * An engagement's outcome (docs/engagements.md): each party's OECD-DAC evaluation of a delivered
 * engagement, and the State's answer to the need status a delivery proposed.
 */
import {
  canTransition,
  type EngagementStatus,
  type NeedStatus,
  type TEngagementDecision,
  type TEngagementEvaluate,
} from "@tahub/domain";
import type { Prisma } from "@tahub/db";
import { audit } from "../audit.js";
import type { SessionUser } from "../auth/user.js";
import type { DbClient } from "../db.js";
import { staleVersion } from "../errors.js";
import {
  assertMove,
  getEngagementDetail,
  lifecycleError,
  loadForMove,
  recordMove,
} from "./engagements.js";
import type { Tx } from "./notifications.js";

/** Each party evaluates a delivered engagement once; the first evaluation makes it "evaluated". */
export async function evaluateEngagement(
  db: DbClient,
  user: SessionUser,
  input: TEngagementEvaluate,
) {
  const { e, party } = await loadForMove(db, user, input.id, input.version);
  const to = assertMove(e, party, "evaluate");
  if (party === "state" ? e.stateEvaluation : e.evaluation)
    throw lifecycleError(
      "BAD_INPUT",
      "already-evaluated",
      "You have already evaluated this engagement",
      "evaluation",
    );
  const evaluation = JSON.parse(JSON.stringify(input.evaluation)) as Prisma.InputJsonObject;
  await db.$transaction((tx) =>
    recordMove(tx, user, e, party, {
      action: "evaluate",
      to,
      data: party === "state" ? { stateEvaluation: evaluation } : { evaluation },
      message: input.message,
    }),
  );
  return getEngagementDetail(db, user, e.id);
}

/** Moves the engagement's need to the status its delivery proposed (the State confirmed it). */
async function moveNeedTo(
  tx: Tx,
  user: SessionUser,
  e: { id: string; needId: string },
  proposed: NeedStatus,
  message: string | undefined,
) {
  const need = await tx.need.findUniqueOrThrow({
    where: { id: e.needId },
    select: { status: true },
  });
  const from = need.status as NeedStatus;
  if (from === proposed) return;
  if (!canTransition(from, proposed))
    throw lifecycleError(
      "BAD_INPUT",
      "need-transition",
      `The need is ${from} and cannot become ${proposed}`,
      "confirm",
    );
  const r = await tx.need.updateMany({
    where: { id: e.needId, status: from },
    data: { status: proposed, version: { increment: 1 } },
  });
  if (r.count !== 1) throw staleVersion("need");
  await tx.needStatusChange.create({
    data: { needId: e.needId, from, to: proposed, byUserId: user.id, note: message || null },
  });
  await audit(tx, user, {
    action: "need.status",
    entity: "Need",
    entityId: e.needId,
    before: { status: from },
    after: { status: proposed, engagementId: e.id },
  });
}

/**
 * The State confirms or rejects the need status a delivery proposed. Confirming moves the need
 * (with its status history, under the need's own transition rules) in the same transaction.
 */
export async function decideNeedStatus(
  db: DbClient,
  user: SessionUser,
  input: TEngagementDecision,
) {
  const { e, party } = await loadForMove(db, user, input.id, input.version);
  if (party !== "state")
    throw lifecycleError(
      "FORBIDDEN",
      "not-provider-move",
      "Only the State of the need can confirm its new status",
    );
  const proposed = e.proposedNeedStatus as NeedStatus | null;
  if (!proposed || e.needStatusDecision)
    throw lifecycleError(
      "BAD_INPUT",
      "no-status-proposal",
      "No proposed need status waits for an answer on this engagement",
      "confirm",
    );
  await db.$transaction(async (tx) => {
    if (input.confirm) await moveNeedTo(tx, user, e, proposed, input.message);
    await recordMove(tx, user, e, party, {
      action: input.confirm ? "confirm-status" : "reject-status",
      to: e.status as EngagementStatus,
      data: { needStatusDecision: input.confirm ? "confirmed" : "rejected" },
      message: input.message,
      needStatus: proposed,
    });
  });
  return getEngagementDetail(db, user, e.id);
}
