import { Prisma } from "@tahub/db";
import type { CategoryId } from "@tahub/domain";
import { visibleNeeds } from "../access.js";
import { audit } from "../audit.js";
import type { SessionUser } from "../auth/user.js";
import type { DbClient } from "../db.js";
import { notFound, staleVersion } from "../errors.js";
import type { Services } from "../runtime.js";
import {
  chapterFor,
  confidenceOf,
  getNeedDetail,
  needRowSelect,
  needsReview,
  suggestionOf,
  toNeedRow,
} from "./needs.js";

/**
 * The review queue: classified needs nobody has reviewed whose suggestion is unsure (abstained
 * or below the threshold), least confident first. Confidence lives inside the JSON suggestion,
 * so the queue is ordered in memory over the unreviewed set, which stays small in practice
 * because every review removes a need from it.
 */
export async function reviewQueue(db: DbClient, user: SessionUser, limit: number, offset: number) {
  const rows = await db.need.findMany({
    where: {
      AND: [
        visibleNeeds(user),
        { reviewAction: null },
        { NOT: { suggestion: { equals: Prisma.DbNull } } },
      ],
    },
    select: needRowSelect,
  });
  const queued = rows
    .filter((r) => needsReview(r.reviewAction, suggestionOf(r.suggestion), r.category))
    .map(toNeedRow)
    .sort((a, b) => (a.confidence ?? 0) - (b.confidence ?? 0) || a.id.localeCompare(b.id));
  return {
    items: queued.slice(offset, offset + limit),
    total: queued.length,
    nextOffset: offset + limit < queued.length ? offset + limit : null,
  };
}

/**
 * Confirms the engine's suggestion. `version`, when given, is the version the reviewer read: a
 * need changed since then answers CONFLICT rather than confirming something nobody looked at.
 */
export async function confirmNeed(db: DbClient, user: SessionUser, id: string, version?: number) {
  await db.$transaction(async (tx) => {
    const n = await tx.need.findFirst({
      where: { id },
      select: {
        suggestion: true,
        category: true,
        categories: true,
        articles: true,
        version: true,
      },
    });
    if (!n) throw notFound("Need", id);
    if (version !== undefined && n.version !== version) throw staleVersion("need");
    const s = suggestionOf(n.suggestion);
    const category = n.category ?? s?.categories[0]?.id ?? null;
    const articles = n.articles.length
      ? n.articles
      : (s?.articles.slice(0, 1).map((a) => a.article) ?? []);
    // Conditioned on the version read above, so a write committed meanwhile is never overwritten.
    const r = await tx.need.updateMany({
      where: { id, version: n.version },
      data: {
        category,
        categories: n.categories.length ? n.categories : category ? [category] : [],
        articles,
        chapterId: chapterFor(articles, s?.chapter ?? null),
        reviewAction: "confirm",
        reviewedById: user.id,
        reviewedAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (r.count !== 1) throw staleVersion("need");
    await audit(tx, user, {
      action: "need.confirm",
      entity: "Need",
      entityId: id,
      before: { category: n.category, articles: n.articles },
      after: { category, articles },
    });
  });
  return getNeedDetail(db, user, id);
}

/**
 * Records the secretariat's correction. `version` is the version the reviewer read: if the need
 * changed since (another reviewer's correction, the State's edit), the call answers CONFLICT and
 * nothing is written, instead of the later save silently replacing the earlier one.
 */
export async function correctNeed(
  db: DbClient,
  services: Services,
  user: SessionUser,
  id: string,
  version: number,
  category: CategoryId,
  articles: number[],
) {
  const n = await db.$transaction(async (tx) => {
    // Read in the writing transaction: the audit's `before` is the state this correction replaced.
    const n = await tx.need.findFirst({
      where: { id },
      select: {
        text: true,
        category: true,
        articles: true,
        suggestion: true,
        demo: true,
        version: true,
      },
    });
    if (!n) throw notFound("Need", id);
    if (n.version !== version) throw staleVersion("need");
    const r = await tx.need.updateMany({
      where: { id, version },
      data: {
        category,
        categories: [category],
        articles,
        chapterId: chapterFor(articles, suggestionOf(n.suggestion)?.chapter ?? null),
        reviewAction: "correct",
        reviewedById: user.id,
        reviewedAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (r.count !== 1) throw staleVersion("need");
    await audit(tx, user, {
      action: "need.correct",
      entity: "Need",
      entityId: id,
      before: {
        category: n.category,
        articles: n.articles,
        confidence: confidenceOf(suggestionOf(n.suggestion)),
      },
      after: { category, articles },
    });
    return n;
  });
  // The correction teaches this process's model at once (`retrain` replays every stored one);
  // demo texts are illustrative and never train the model.
  if (!n.demo) services.classifier.learn([{ text: n.text, category, articles }]);
  return getNeedDetail(db, user, id);
}

/**
 * Rebuilds the classifier from every stored secretariat correction. Demo records never train
 * the model: their texts are illustrative, not real needs.
 */
export async function retrain(db: DbClient, services: Services) {
  const corrections = await db.need.findMany({
    where: { reviewAction: "correct", category: { not: null }, demo: false },
    select: { text: true, category: true, articles: true },
  });
  services.classifier.replay(
    corrections.map((c) => ({
      text: c.text,
      category: c.category as CategoryId,
      articles: c.articles,
    })),
  );
  return { modelVersion: services.classifier.version(), corrections: corrections.length };
}
