/**
 * States' proposals to correct the grouping or articles of their needs (issue 15, States;
 * docs/states.md). A proposal waits in the secretariat's review queue beside the engine's
 * suggestion; the analyst accepts it (applied as a secretariat correction, with a revision and
 * the review's who and when) or rejects it with a reason. The State sees the outcome.
 */
import type { CategoryId } from "@tahub/domain";
import type { Prisma } from "@tahub/db";
import { assertCanEditNeed, visibleNeeds } from "../access.js";
import { audit } from "../audit.js";
import type { SessionUser } from "../auth/user.js";
import type { DbClient } from "../db.js";
import { AppError, notFound, staleVersion } from "../errors.js";
import type { Services } from "../runtime.js";
import { recordRevision } from "./need-revisions.js";
import { chapterFor, suggestionOf } from "./needs.js";

export const CORRECTION_STATUSES = ["pending", "accepted", "rejected"] as const;
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];

export interface TCorrectionInput {
  needId: string;
  categories?: CategoryId[];
  articles?: number[];
  comment: string;
}

const correctionSelect = {
  id: true,
  needId: true,
  categories: true,
  articles: true,
  articlesGiven: true,
  comment: true,
  status: true,
  proposedAt: true,
  decidedAt: true,
  decisionReason: true,
  proposedBy: { select: { name: true } },
  decidedBy: { select: { name: true } },
  need: {
    select: {
      stateId: true,
      text: true,
      category: true,
      categories: true,
      articles: true,
      suggestion: true,
      version: true,
    },
  },
} satisfies Prisma.NeedCorrectionSelect;

type CorrectionRecord = Prisma.NeedCorrectionGetPayload<{ select: typeof correctionSelect }>;

function toCorrectionRow(c: CorrectionRecord) {
  const s = suggestionOf(c.need.suggestion);
  return {
    id: c.id,
    needId: c.needId,
    state: c.need.stateId,
    needText: c.need.text,
    needVersion: c.need.version,
    current: {
      category: c.need.category as CategoryId | null,
      categories: c.need.categories as CategoryId[],
      articles: c.need.articles,
    },
    /** The engine's suggestion, shown beside the proposal. */
    engine: s
      ? {
          categories: s.categories.slice(0, 3),
          articles: s.articles.slice(0, 3),
          abstain: s.abstain,
        }
      : null,
    proposed: {
      categories: c.categories as CategoryId[],
      articles: c.articlesGiven ? c.articles : null,
    },
    comment: c.comment,
    status: c.status as CorrectionStatus,
    proposedBy: c.proposedBy?.name ?? null,
    proposedAt: c.proposedAt.toISOString(),
    decidedBy: c.decidedBy?.name ?? null,
    decidedAt: c.decidedAt?.toISOString() ?? null,
    decisionReason: c.decisionReason,
  };
}
export type TCorrectionRow = ReturnType<typeof toCorrectionRow>;

/** Records a proposal on a need of the caller's State; one pending proposal per need at a time. */
export async function proposeCorrection(
  db: DbClient,
  user: SessionUser,
  input: TCorrectionInput,
): Promise<TCorrectionRow> {
  const id = await db.$transaction(async (tx) => {
    const need = await tx.need.findFirst({
      where: { AND: [{ id: input.needId }, visibleNeeds(user)] },
      select: { id: true, stateId: true, status: true },
    });
    if (!need) throw notFound("Need", input.needId);
    assertCanEditNeed(user, need);
    if (need.status === "withdrawn")
      throw new AppError("BAD_INPUT", "A withdrawn need cannot be corrected", "needId");
    const pending = await tx.needCorrection.count({
      where: { needId: need.id, status: "pending" },
    });
    if (pending)
      throw new AppError(
        "CONFLICT",
        "A correction of this need already waits for the secretariat",
        "needId",
      );
    const c = await tx.needCorrection.create({
      data: {
        needId: need.id,
        categories: input.categories ?? [],
        articles: input.articles ?? [],
        articlesGiven: input.articles !== undefined,
        comment: input.comment,
        proposedById: user.id,
      },
      select: { id: true },
    });
    await audit(tx, user, {
      action: "need.correction.propose",
      entity: "NeedCorrection",
      entityId: c.id,
      after: input,
    });
    return c.id;
  });
  return getCorrection(db, id);
}

async function getCorrection(db: DbClient, id: string): Promise<TCorrectionRow> {
  const c = await db.needCorrection.findUniqueOrThrow({ where: { id }, select: correctionSelect });
  return toCorrectionRow(c);
}

/**
 * Proposals the caller may see: the secretariat all, a State those on its needs. Pending first,
 * then newest.
 */
export async function listCorrections(
  db: DbClient,
  user: SessionUser,
  f: { status?: CorrectionStatus; needId?: string },
): Promise<TCorrectionRow[]> {
  const and: Prisma.NeedCorrectionWhereInput[] = [];
  if (user.role === "state") and.push({ need: { stateId: user.state ?? "" } });
  if (f.status) and.push({ status: f.status });
  if (f.needId) and.push({ needId: f.needId });
  const rows = await db.needCorrection.findMany({
    where: { AND: and },
    select: correctionSelect,
    orderBy: [{ proposedAt: "desc" }, { id: "asc" }],
    take: 500,
  });
  return rows
    .map(toCorrectionRow)
    .sort((a, b) => Number(b.status === "pending") - Number(a.status === "pending"));
}

async function pendingOf(tx: Prisma.TransactionClient, id: string) {
  const c = await tx.needCorrection.findUnique({
    where: { id },
    select: { ...correctionSelect, need: { omit: { search: true } } },
  });
  if (!c) throw notFound("Correction", id);
  if (c.status !== "pending")
    throw new AppError("CONFLICT", `This correction was already ${c.status}`, "id");
  return c;
}

/**
 * Applies a pending proposal as the secretariat's correction of the need: grouping and/or
 * articles, reviewed by the caller now, a "correction" revision, and the proposal accepted.
 * `version`, when given, is the need's version the analyst read (stale: CONFLICT).
 */
export async function acceptCorrection(
  db: DbClient,
  services: Services,
  user: SessionUser,
  id: string,
  version?: number,
): Promise<TCorrectionRow> {
  const learnt = await db.$transaction(async (tx) => {
    const c = await pendingOf(tx, id);
    const before = c.need;
    if (version !== undefined && before.version !== version) throw staleVersion("need");
    const categories = c.categories.length ? c.categories : before.categories;
    const category = c.categories[0] ?? before.category;
    const articles = c.articlesGiven ? c.articles : before.articles;
    const r = await tx.need.updateMany({
      where: { id: before.id, version: before.version },
      data: {
        category,
        categories,
        articles,
        chapterId:
          chapterFor(articles, suggestionOf(before.suggestion)?.chapter ?? null) ??
          before.chapterId,
        reviewAction: "correct",
        reviewedById: user.id,
        reviewedAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (r.count !== 1) throw staleVersion("need");
    const after = await tx.need.findUniqueOrThrow({
      where: { id: before.id },
      omit: { search: true },
    });
    await recordRevision(tx, user, "correction", before, after, c.comment);
    const done = await tx.needCorrection.updateMany({
      where: { id, status: "pending" },
      data: { status: "accepted", decidedById: user.id, decidedAt: new Date() },
    });
    if (done.count !== 1) throw new AppError("CONFLICT", "This correction was decided meanwhile");
    await audit(tx, user, {
      action: "need.correction.accept",
      entity: "NeedCorrection",
      entityId: id,
      before: {
        category: before.category,
        categories: before.categories,
        articles: before.articles,
      },
      after: { category, categories, articles },
    });
    return before.demo || !category
      ? null
      : { text: before.text, category: category as CategoryId, articles };
  });
  // Like the secretariat's own correction, it teaches this process's model (`retrain` replays it).
  if (learnt) services.classifier.learn([learnt]);
  return getCorrection(db, id);
}

/** Rejects a pending proposal with the secretariat's reason; the need is unchanged. */
export async function rejectCorrection(
  db: DbClient,
  user: SessionUser,
  id: string,
  reason: string,
): Promise<TCorrectionRow> {
  await db.$transaction(async (tx) => {
    await pendingOf(tx, id);
    const done = await tx.needCorrection.updateMany({
      where: { id, status: "pending" },
      data: {
        status: "rejected",
        decidedById: user.id,
        decidedAt: new Date(),
        decisionReason: reason,
      },
    });
    if (done.count !== 1) throw new AppError("CONFLICT", "This correction was decided meanwhile");
    await audit(tx, user, {
      action: "need.correction.reject",
      entity: "NeedCorrection",
      entityId: id,
      after: { reason },
    });
  });
  return getCorrection(db, id);
}
