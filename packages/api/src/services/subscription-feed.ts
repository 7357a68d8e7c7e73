/** The subscriptions feed (subscriptions.feed): new needs matching the caller's need subscriptions. */
import { visibleNeeds } from "../access.js";
import type { SessionUser } from "../auth/user.js";
import type { DbClient } from "../db.js";
import { needCriteria } from "../mail/subscriptions.js";
import { needRowSelect, toNeedRow } from "./needs.js";

/** New needs matching any of the caller's need subscriptions since it was saved, newest first. */
export async function subscriptionFeed(db: DbClient, user: SessionUser, input: { limit: number }) {
  const subs = (await db.subscription.findMany({ where: { userId: user.id } })).filter(
    (s) => s.target === "needs",
  );
  if (!subs.length) return [];
  const rows = await db.need.findMany({
    where: {
      AND: [
        visibleNeeds(user),
        {
          OR: subs.map((s) => ({
            AND: [...needCriteria(s), { createdAt: { gte: s.createdAt } }],
          })),
        },
      ],
    },
    select: { ...needRowSelect, createdAt: true, id: true },
    orderBy: { createdAt: "desc" },
    take: input.limit,
  });
  // Which subscriptions each row matched, by id (one query per subscription, on these rows).
  const matched = new Map<string, string[]>();
  for (const s of subs) {
    const hits = await db.need.findMany({
      where: { AND: [{ id: { in: rows.map((r) => r.id) } }, ...needCriteria(s)] },
      select: { id: true },
    });
    for (const h of hits) matched.set(h.id, [...(matched.get(h.id) ?? []), s.id]);
  }
  return rows.map((r) => ({ ...toNeedRow(r), matched: matched.get(r.id) ?? [] }));
}
