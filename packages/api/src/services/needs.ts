import {
  assertTransition,
  chapterOf,
  isArticleNumber,
  requireState,
  type CategoryId,
  type ChapterId,
  type NeedStatus,
  type TNeedInput,
} from "@tahub/domain";
import { Prisma } from "@tahub/db";
import { z } from "zod";
import { assertCanActForState, assertCanEditNeed, visibleNeeds } from "../access.js";
import { audit } from "../audit.js";
import type { SessionUser } from "../auth/user.js";
import type { DbClient } from "../db.js";
import { ABSTAIN_BELOW } from "@tahub/engine";
import { AppError, notFound, staleVersion } from "../errors.js";
import {
  ZNeedDetailSchema,
  type TClassification,
  type TNeedDetail,
  type TNeedRow,
} from "../schemas.js";
import type { Services } from "../runtime.js";
import { toDay, toInstant, fromDay } from "../lib/dates.js";
import { documentOf, textWhere } from "./search.js";
import { engagementSelect, toEngagementRow } from "./engagements.js";
import { recordRevision } from "./need-revisions.js";
import { must } from "../lib/must.js";

/**
 * Below this calibrated confidence an automatic categorisation waits for the secretariat: the
 * engine's own filing threshold, so the API and the engine's figures describe one decision.
 */
export const REVIEW_THRESHOLD = ABSTAIN_BELOW;

export const needRowSelect = {
  id: true,
  stateId: true,
  cycle: true,
  chapterId: true,
  articles: true,
  text: true,
  category: true,
  categories: true,
  status: true,
  confidentiality: true,
  suggestion: true,
  reviewAction: true,
  identifiedOn: true,
  genderResponsive: true,
  cycle1Category: true,
  demo: true,
} satisfies Prisma.NeedSelect;

type NeedRowRecord = Prisma.NeedGetPayload<{ select: typeof needRowSelect }>;

export function suggestionOf(json: unknown): TClassification | null {
  if (!json || typeof json !== "object") return null;
  const s = json as Partial<TClassification>;
  if (!Array.isArray(s.categories) || !Array.isArray(s.articles)) return null;
  return {
    categories: s.categories,
    articles: s.articles,
    chapter: s.chapter ?? null,
    evidence: s.evidence ?? [],
    abstain: s.abstain ?? false,
    ...(typeof s.reason === "string" ? { reason: s.reason } : {}),
    secondary: s.secondary ?? null,
    modelVersion: s.modelVersion ?? "unknown",
  };
}

export function confidenceOf(s: TClassification | null): number | null {
  return s?.categories[0]?.score ?? null;
}

/**
 * An unreviewed need waits for the secretariat when the engine is unsure (abstained, or below
 * the threshold) or disagrees with the category the need already carries (e.g. an import).
 */
export function needsReview(
  reviewAction: string | null,
  s: TClassification | null,
  category: string | null = null,
): boolean {
  if (reviewAction || !s) return false;
  const top = s.categories[0];
  return s.abstain || (top?.score ?? 0) < REVIEW_THRESHOLD || (!!category && top?.id !== category);
}

export function toNeedRow(n: NeedRowRecord): TNeedRow {
  const s = suggestionOf(n.suggestion);
  return {
    id: n.id,
    state: n.stateId,
    // From the States parties table in memory (the database's State rows are loaded from it):
    // one query fewer for every list page.
    stateName: requireState(n.stateId).name,
    region: requireState(n.stateId).group,
    cycle: n.cycle,
    chapter: n.chapterId as ChapterId | null,
    articles: n.articles,
    text: n.text,
    category: n.category as CategoryId | null,
    categories: n.categories as CategoryId[],
    status: n.status as NeedStatus,
    confidentiality: n.confidentiality as TNeedRow["confidentiality"],
    confidence: confidenceOf(s),
    needsReview: needsReview(n.reviewAction, s, n.category),
    identifiedOn: toDay(n.identifiedOn),
    genderResponsive: n.genderResponsive,
    cycle1Category: n.cycle1Category,
    demo: n.demo,
  };
}

export interface NeedFilters {
  cycle?: number;
  chapter?: string;
  article?: number;
  category?: string;
  region?: string;
  state?: string;
  status?: string;
  confidentiality?: string;
  q?: string;
  needsReview?: boolean;
}

export function needWhere(user: SessionUser | null, f: NeedFilters): Prisma.NeedWhereInput {
  const and: Prisma.NeedWhereInput[] = [visibleNeeds(user)];
  if (f.cycle) and.push({ cycle: f.cycle });
  if (f.chapter) and.push({ chapterId: f.chapter });
  if (f.article) and.push({ articles: { has: f.article } });
  if (f.category) and.push({ category: f.category });
  if (f.region) and.push({ state: { group: f.region } });
  if (f.state) and.push({ stateId: f.state.toUpperCase() });
  if (f.status) and.push({ status: f.status });
  if (f.confidentiality) and.push({ confidentiality: f.confidentiality });
  // Accent-, case- and language-tolerant (services/search.ts); callers run searchReady first.
  const text = textWhere("Need", f.q);
  if (text) and.push(text);
  if (f.needsReview)
    and.push({
      reviewAction: null,
      NOT: { suggestion: { equals: Prisma.DbNull } },
    });
  return { AND: and };
}

/**
 * A need's detail with the version an update must name (optimistic concurrency: the portal sends
 * back the version it loaded, and a stale one is refused with CONFLICT).
 */
export const ZVersionedNeedDetailSchema = ZNeedDetailSchema.extend({
  version: z.number().int().min(1),
});
export type TVersionedNeedDetail = TNeedDetail & { version: number };

export async function getNeedDetail(
  db: DbClient,
  user: SessionUser | null,
  id: string,
): Promise<TVersionedNeedDetail> {
  const n = await db.need.findFirst({
    where: { AND: [{ id }, visibleNeeds(user)] },
    select: {
      ...needRowSelect,
      language: true,
      sourceRef: true,
      version: true,
      reviewedAt: true,
      reviewedBy: { select: { name: true } },
      statusChanges: {
        select: { from: true, to: true, at: true, note: true, by: { select: { name: true } } },
        orderBy: { at: "asc" },
      },
      engagements: {
        select: engagementSelect,
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!n) throw notFound("Need", id);
  return {
    ...toNeedRow(n),
    version: n.version,
    language: n.language,
    sourceRef: n.sourceRef,
    suggestion: suggestionOf(n.suggestion),
    reviewAction: (n.reviewAction as "confirm" | "correct" | null) ?? null,
    reviewedBy: n.reviewedBy?.name ?? null,
    reviewedAt: toInstant(n.reviewedAt),
    statusHistory: n.statusChanges.map((c) => ({
      from: c.from as NeedStatus | null,
      to: c.to as NeedStatus,
      at: c.at.toISOString(),
      by: c.by?.name ?? null,
      note: c.note,
    })),
    engagements: n.engagements.map((e) => toEngagementRow(e, user)),
  };
}

/** The chapter of a need: from its articles (all in one chapter), else the classifier's. */
export function chapterFor(
  articles: number[],
  suggested: ChapterId | null,
  given?: ChapterId,
): ChapterId | null {
  if (given) return given;
  const chapters = new Set(articles.filter(isArticleNumber).map(chapterOf));
  if (chapters.size === 1) return [...chapters][0] ?? null;
  // Art. 14 is analysed with 52 and 58 under chapter V; any other mix: take the first article's.
  if (articles.length) return chapterOf(must(articles[0]));
  return suggested;
}

/** Creates a need, classified on the way in, with its first status, in one transaction. */
export async function createNeed(
  db: DbClient,
  services: Services,
  user: SessionUser,
  input: TNeedInput,
): Promise<TVersionedNeedDetail> {
  assertCanActForState(user, input.state);
  const state = await db.state.findUnique({ where: { iso3: input.state }, select: { iso3: true } });
  if (!state) throw new AppError("BAD_INPUT", `Unknown State ${input.state}`, "state");
  const suggestion = services.classifier.classify(input.text);
  const confident =
    !suggestion.abstain && (suggestion.categories[0]?.score ?? 0) >= REVIEW_THRESHOLD;
  const articles = input.articles.length
    ? input.articles
    : confident
      ? suggestion.articles
          .filter((a) => a.score >= 0.5)
          .slice(0, 3)
          .map((a) => a.article)
      : [];
  const top = suggestion.abstain ? undefined : suggestion.categories[0]?.id;
  const category = input.category ?? top ?? null;
  const categories = input.category
    ? [input.category]
    : suggestion.categories.filter((c) => c.score >= 0.35).map((c) => c.id);
  const id = await db.$transaction(async (tx) => {
    const need = await tx.need.create({
      data: {
        stateId: input.state,
        cycle: input.cycle,
        chapterId: chapterFor(articles, suggestion.chapter, input.chapter),
        articles,
        text: input.text,
        search: documentOf("Need", { text: input.text }),
        language: input.language,
        sourceRef: input.sourceRef ?? null,
        confidentiality: input.confidentiality,
        genderResponsive: input.genderResponsive,
        identifiedOn: fromDay(input.identifiedOn ?? new Date().toISOString().slice(0, 10)),
        category,
        categories: categories.length ? categories : category ? [category] : [],
        cycle1Category: input.cycle1Category ?? null,
        suggestion,
        modelVersion: suggestion.modelVersion,
        statusChanges: { create: { from: null, to: "identified", byUserId: user.id } },
      },
      select: { id: true },
    });
    await audit(tx, user, {
      action: "need.create",
      entity: "Need",
      entityId: need.id,
      after: input,
    });
    return need.id;
  });
  return getNeedDetail(db, user, id);
}

export async function updateNeed(
  db: DbClient,
  services: Services,
  user: SessionUser,
  id: string,
  /** The version the caller read: a later one means someone else saved meanwhile. */
  version: number,
  patch: {
    text?: string;
    articles?: number[];
    confidentiality?: string;
    genderResponsive?: boolean;
    sourceRef?: string;
  },
): Promise<TVersionedNeedDetail> {
  await db.$transaction(async (tx) => {
    // Read inside the transaction that writes, so the audit's `before` is the state this update
    // replaced, never a copy another writer has since overwritten.
    // The search document is derived data: kept out of the audit trail.
    const before = await tx.need.findFirst({
      where: { AND: [{ id }, visibleNeeds(user)] },
      omit: { search: true },
    });
    if (!before) throw notFound("Need", id);
    assertCanEditNeed(user, before);
    if (before.version !== version) throw staleVersion("need");
    // States (issue 15): a withdrawn need is history, never edited again (docs/states.md).
    if (before.status === "withdrawn")
      throw new AppError("BAD_INPUT", "A withdrawn need cannot be edited", "status");
    const data: Prisma.NeedUncheckedUpdateManyInput = {};
    if (patch.text !== undefined && patch.text !== before.text) {
      const suggestion = services.classifier.classify(patch.text);
      Object.assign(data, {
        text: patch.text,
        search: documentOf("Need", { text: patch.text }),
        suggestion,
        modelVersion: suggestion.modelVersion,
      });
      // New wording, new suggestion: when the engine is now unsure or disagrees with the grouping
      // the secretariat confirmed, the need goes back to the review queue (docs/states.md).
      if (before.reviewAction && needsReview(null, suggestion, before.category))
        Object.assign(data, { reviewAction: null, reviewedById: null, reviewedAt: null });
    }
    if (patch.articles) {
      data.articles = patch.articles;
      const ch = chapterFor(patch.articles, null);
      if (ch) data.chapterId = ch;
    }
    if (patch.confidentiality) data.confidentiality = patch.confidentiality;
    if (patch.genderResponsive !== undefined) data.genderResponsive = patch.genderResponsive;
    if (patch.sourceRef !== undefined) data.sourceRef = patch.sourceRef;
    // The version condition is checked again by the UPDATE itself: a writer that committed after
    // our read makes it match no row (PostgreSQL re-evaluates the WHERE on the newest row).
    const r = await tx.need.updateMany({
      where: { id, version },
      data: { ...data, version: { increment: 1 } },
    });
    if (r.count !== 1) throw staleVersion("need");
    const after = await tx.need.findUniqueOrThrow({ where: { id }, omit: { search: true } });
    await recordRevision(tx, user, "edit", before, after);
    await audit(tx, user, { action: "need.update", entity: "Need", entityId: id, before, after });
  });
  return getNeedDetail(db, user, id);
}

export async function setNeedStatus(
  db: DbClient,
  user: SessionUser,
  id: string,
  to: NeedStatus,
  note?: string,
): Promise<TVersionedNeedDetail> {
  const need = await db.need.findFirst({
    where: { AND: [{ id }, visibleNeeds(user)] },
    select: { stateId: true, status: true },
  });
  if (!need) throw notFound("Need", id);
  assertCanEditNeed(user, need);
  // Withdrawal has its own call, with a reason and the withdrawal day (needs.withdraw).
  if (to === "withdrawn")
    throw new AppError(
      "BAD_INPUT",
      "Withdraw a need with needs.withdraw, giving a reason",
      "status",
    );
  try {
    assertTransition(need.status as NeedStatus, to);
  } catch (e) {
    throw new AppError("BAD_INPUT", (e as Error).message, "status");
  }
  await db.$transaction(async (tx) => {
    // The status condition makes a concurrent change fail instead of writing a history that skips a step.
    const r = await tx.need.updateMany({
      where: { id, status: need.status },
      // Any change moves the version on, so an edit made from a copy read before it conflicts.
      data: { status: to, version: { increment: 1 } },
    });
    if (r.count !== 1)
      throw new AppError("CONFLICT", "The need changed meanwhile: reload and try again");
    await tx.needStatusChange.create({
      data: { needId: id, from: need.status, to, byUserId: user.id, note: note ?? null },
    });
    await audit(tx, user, {
      action: "need.status",
      entity: "Need",
      entityId: id,
      before: { status: need.status },
      after: { status: to, note },
    });
  });
  return getNeedDetail(db, user, id);
}
