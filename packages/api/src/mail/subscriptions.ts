/**
 * Subscriptions to new needs and offers matching saved criteria (issue 15, deliverable 2).
 *
 * A subscription is a set of criteria (articles, groupings, regions, States, words; a record
 * matches when it meets every criterion given, any value within one), a target (needs or offers)
 * and a frequency. `checkedAt` is its watermark: records created up to it have been considered.
 * The `subscriptions.immediate` job (every minute, and after a write) notifies each immediate
 * subscriber of records created since, in the inbox and by mail; `subscriptions.digest` (daily)
 * sends one mail per user for the daily ones. Both move `checkedAt` in the same transaction as
 * the notifications and mails they write, so a job run twice sends nothing twice.
 *
 * Confidentiality: the matching records are read through the subscriber's own `visibleNeeds` /
 * `visibleOffers` (src/access.ts), built from the user's current membership, so a subscription
 * never tells anyone of a record they may not open.
 */
import type { Prisma } from "@tahub/db";
import { visibleNeeds, visibleOffers } from "../access.js";
import type { SessionUser } from "../auth/user.js";
import type { DbClient } from "../db.js";
import { excerpt } from "../lib/excerpt.js";
import { digestMail, mailLocale, subscriptionMail, type MatchItem } from "./messages.js";
import { queueMails } from "./outbox.js";
import { mailSettings } from "./settings.js";
import { must } from "../lib/must.js";

export const SUBSCRIPTION_TARGETS = ["needs", "offers"] as const;
export const SUBSCRIPTION_FREQUENCIES = ["immediate", "daily"] as const;

export interface Criteria {
  target: (typeof SUBSCRIPTION_TARGETS)[number];
  frequency: (typeof SUBSCRIPTION_FREQUENCIES)[number];
  articles: number[];
  categories: string[];
  regions: string[];
  states: string[];
  text?: string | null;
}

/** At most this many records per subscription per run (the rest wait for the next run). */
const RUN_LIMIT = 200;
/**
 * Records are considered once they are this old: a record whose transaction started before a run
 * but committed after it carries an earlier `createdAt`, and would otherwise be skipped.
 */
export const SETTLE_MS = 10_000;

const words = (text: string | null | undefined) =>
  text
    ? text
        .trim()
        .split(/\s+/)
        .filter((w) => w.length > 1)
        .slice(0, 10)
    : [];

export function needCriteria(c: Omit<Criteria, "target" | "frequency">): Prisma.NeedWhereInput[] {
  const and: Prisma.NeedWhereInput[] = [];
  if (c.articles.length) and.push({ articles: { hasSome: c.articles } });
  if (c.categories.length)
    and.push({
      OR: [{ category: { in: c.categories } }, { categories: { hasSome: c.categories } }],
    });
  if (c.regions.length) and.push({ state: { group: { in: c.regions } } });
  if (c.states.length) and.push({ stateId: { in: c.states } });
  for (const w of words(c.text)) and.push({ text: { contains: w, mode: "insensitive" } });
  return and;
}

function offerCriteria(c: Omit<Criteria, "target" | "frequency">): Prisma.OfferWhereInput[] {
  const and: Prisma.OfferWhereInput[] = [];
  if (c.articles.length) and.push({ articles: { hasSome: c.articles } });
  if (c.categories.length) and.push({ categories: { hasSome: c.categories } });
  // An offer names the regions it serves; none named means it serves any.
  if (c.regions.length)
    and.push({ OR: [{ regions: { hasSome: c.regions } }, { regions: { isEmpty: true } }] });
  if (c.states.length) and.push({ provider: { stateId: { in: c.states } } });
  for (const w of words(c.text))
    and.push({
      OR: [
        { title: { contains: w, mode: "insensitive" } },
        { description: { contains: w, mode: "insensitive" } },
      ],
    });
  return and;
}

/** The subscriber as the access rules see it, from their current first membership. */
async function subscriber(db: DbClient | Prisma.TransactionClient, userId: string) {
  const u = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      disabled: true,
      memberships: {
        select: { role: true, stateId: true, providerId: true },
        take: 1,
        orderBy: { createdAt: "asc" },
      },
    },
  });
  const m = u?.memberships[0];
  if (!u || u.disabled || !m) return null;
  const user: SessionUser = {
    id: u.id,
    email: u.email,
    name: u.name,
    role: m.role as SessionUser["role"],
    state: m.stateId,
    providerId: m.providerId,
    stateName: null,
    providerName: null,
    locale: u.locale,
  };
  return user;
}

type Sub = Prisma.SubscriptionGetPayload<object>;

/** New records matching `s`, created in (checkedAt, upTo], that `user` may read. */
async function matchesOf(
  db: DbClient | Prisma.TransactionClient,
  user: SessionUser,
  s: Sub,
  upTo: Date,
): Promise<MatchItem[]> {
  const created = { gt: s.checkedAt, lte: upTo };
  if (s.target === "offers") {
    const rows = await db.offer.findMany({
      where: {
        AND: [visibleOffers(user), { createdAt: created, status: "open" }, ...offerCriteria(s)],
      },
      select: { id: true, title: true, provider: { select: { name: true } } },
      orderBy: { createdAt: "asc" },
      take: RUN_LIMIT,
    });
    return rows.map((o) => ({
      target: "offers",
      id: o.id,
      who: o.provider.name,
      excerpt: excerpt(o.title, 200),
    }));
  }
  const rows = await db.need.findMany({
    where: { AND: [visibleNeeds(user), { createdAt: created }, ...needCriteria(s)] },
    select: { id: true, stateId: true, text: true },
    orderBy: { createdAt: "asc" },
    take: RUN_LIMIT,
  });
  return rows.map((n) => ({
    target: "needs",
    id: n.id,
    who: n.stateId,
    stateId: n.stateId,
    excerpt: excerpt(n.text, 200),
  }));
}

type Tx = Prisma.TransactionClient;

/** The items `user` has not yet been told of by another immediate subscription: once is enough. */
async function notYetTold(tx: Tx, user: SessionUser, items: MatchItem[]): Promise<MatchItem[]> {
  const told = await tx.notification.findMany({
    where: {
      userId: user.id,
      kind: { in: ["subscription.need", "subscription.offer"] },
      OR: [{ needId: { in: items.map((i) => i.id) } }, { offerId: { in: items.map((i) => i.id) } }],
    },
    select: { needId: true, offerId: true },
  });
  const seen = new Set(told.map((t) => t.needId ?? t.offerId));
  return items.filter((i) => !seen.has(i.id));
}

/** More than one run's worth: the watermark moves to the last record read, to continue after it. */
async function continueAfterLast(tx: Tx, s: Sub, items: MatchItem[]): Promise<void> {
  if (items.length !== RUN_LIMIT) return;
  const last = must(items.at(-1));
  const at =
    s.target === "offers"
      ? (await tx.offer.findUnique({ where: { id: last.id }, select: { createdAt: true } }))
          ?.createdAt
      : (await tx.need.findUnique({ where: { id: last.id }, select: { createdAt: true } }))
          ?.createdAt;
  if (at) await tx.subscription.update({ where: { id: s.id }, data: { checkedAt: at } });
}

/** One inbox notification and its mail for one new record. */
async function notifyItem(
  tx: Tx,
  user: SessionUser,
  s: Sub,
  item: MatchItem,
  baseUrl: string,
): Promise<void> {
  const n = await tx.notification.create({
    data: {
      userId: user.id,
      kind: item.target === "needs" ? "subscription.need" : "subscription.offer",
      ...(item.target === "needs" ? { needId: item.id } : { offerId: item.id }),
      data: { subscriptionId: s.id },
    },
    select: { id: true },
  });
  await queueMails(tx, [
    {
      to: user.email,
      userId: user.id,
      kind: "subscription",
      notificationIds: [n.id],
      ...subscriptionMail(mailLocale(user.locale), baseUrl, user.name, item),
    },
  ]);
}

/** One immediate subscription's run, in the caller's transaction; how many records it notified. */
async function runOneImmediate(tx: Tx, s: Sub, upTo: Date, baseUrl: string): Promise<number> {
  // Claim the subscription: a second process running the same job skips it.
  const claimed = await tx.subscription.updateMany({
    where: { id: s.id, checkedAt: s.checkedAt },
    data: { checkedAt: upTo },
  });
  if (!claimed.count) return 0;
  const user = await subscriber(tx, s.userId);
  if (!user) return 0;
  const items = await matchesOf(tx, user, s, upTo);
  if (!items.length) return 0;
  const fresh = await notYetTold(tx, user, items);
  await continueAfterLast(tx, s, items);
  for (const item of fresh) await notifyItem(tx, user, s, item, baseUrl);
  return fresh.length;
}

/**
 * Immediate subscriptions: one inbox notification and one mail per new matching record, and the
 * watermark moved, in one transaction per subscription. Returns how many records were notified.
 */
export async function runImmediate(db: DbClient, now = new Date()): Promise<number> {
  const upTo = new Date(now.getTime() - SETTLE_MS);
  const subs = await db.subscription.findMany({
    where: { frequency: "immediate", checkedAt: { lt: upTo } },
    orderBy: { checkedAt: "asc" },
  });
  const { baseUrl } = mailSettings();
  let total = 0;
  for (const s of subs)
    total += await db.$transaction((tx) => runOneImmediate(tx, s, upTo, baseUrl));
  return total;
}

/**
 * The daily digest: for each user with daily subscriptions, one mail listing every new record
 * matching any of them since each one's watermark (no inbox entries: the digest is the mail).
 */
export async function runDigest(db: DbClient, now = new Date()): Promise<number> {
  const upTo = new Date(now.getTime() - SETTLE_MS);
  const subs = await db.subscription.findMany({
    where: { frequency: "daily", checkedAt: { lt: upTo } },
    orderBy: [{ userId: "asc" }, { createdAt: "asc" }],
  });
  const byUser = new Map<string, Sub[]>();
  for (const s of subs) byUser.set(s.userId, [...(byUser.get(s.userId) ?? []), s]);
  const { baseUrl } = mailSettings();
  let mails = 0;
  for (const [userId, list] of byUser) {
    mails += await db.$transaction(async (tx) => {
      const claimed = await tx.subscription.updateMany({
        where: { OR: list.map((s) => ({ id: s.id, checkedAt: s.checkedAt })) },
        data: { checkedAt: upTo },
      });
      if (claimed.count !== list.length) return 0;
      const user = await subscriber(tx, userId);
      if (!user) return 0;
      const items = new Map<string, MatchItem>();
      for (const s of list) for (const i of await matchesOf(tx, user, s, upTo)) items.set(i.id, i);
      if (!items.size) return 0;
      await queueMails(tx, [
        {
          to: user.email,
          userId: user.id,
          kind: "digest",
          ...digestMail(mailLocale(user.locale), baseUrl, user.name, [...items.values()]),
        },
      ]);
      return 1;
    });
  }
  return mails;
}

export async function listSubscriptions(db: DbClient, user: SessionUser) {
  const rows = await db.subscription.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((s) => ({
    id: s.id,
    target: s.target as Criteria["target"],
    frequency: s.frequency as Criteria["frequency"],
    articles: s.articles,
    categories: s.categories,
    regions: s.regions,
    states: s.states,
    text: s.text,
    createdAt: s.createdAt.toISOString(),
  }));
}

export async function createSubscription(db: DbClient, user: SessionUser, c: Criteria) {
  const s = await db.subscription.create({
    data: {
      userId: user.id,
      target: c.target,
      frequency: c.frequency,
      articles: [...new Set(c.articles)].sort((a, b) => a - b),
      categories: [...new Set(c.categories)],
      regions: [...new Set(c.regions)],
      states: [...new Set(c.states.map((x) => x.toUpperCase()))],
      text: c.text?.trim() || null,
    },
    select: { id: true },
  });
  return s;
}

export async function removeSubscription(db: DbClient, user: SessionUser, id: string) {
  await db.subscription.deleteMany({ where: { id, userId: user.id } });
}
