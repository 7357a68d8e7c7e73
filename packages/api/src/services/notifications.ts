/**
 * The in-app inbox (issue 15). A notification is typed data (kind, engagement, history event,
 * statuses), never a sentence: the portal words it in the reader's language. Two guards keep it
 * from revealing a record its reader may not read: it is only written for users who may read the
 * engagement's need, and the read path joins the need through `visibleNeeds` again, so a need
 * restricted later drops out of the inbox too. Each notification also queues a mail in the same
 * transaction (src/mail/outbox.ts); the sender sets `mailedAt` once it is delivered.
 */
import {
  canRead,
  isSecretariat,
  type Confidentiality,
  type EngagementStatus,
  type NeedStatus,
  type NotificationKind,
} from "@tahub/domain";
import type { Prisma } from "@tahub/db";
import { partyOf, visibleNeeds, visibleOffers } from "../access.js";
import type { SessionUser } from "../auth/user.js";
import type { DbClient } from "../db.js";
import { excerpt } from "../lib/excerpt.js";
import { pageArgs } from "../lib/paging.js";
import { queueNotificationMails } from "../mail/outbox.js";

export type Tx = Prisma.TransactionClient;

/** Who hears of it: the need's State, the engagement's provider, the secretariat, or another provider. */
export type Audience = "state" | "provider" | "secretariat" | { providerId: string };

interface Target {
  id: string;
  providerId: string;
  need: { stateId: string; confidentiality: string };
}

/**
 * Writes one notification per user of `audience` who may read the need. The actor hears only of
 * an overlap (the proposer is warned too), never of its own move.
 */
export async function notify(
  tx: Tx,
  actor: SessionUser,
  target: Target,
  audience: Audience,
  kind: NotificationKind,
  eventId: string | null,
  data: { from?: string; to?: string; needStatus?: string; providerIds?: string[] },
): Promise<void> {
  const tier = target.need.confidentiality as Confidentiality;
  let membership: Prisma.MembershipWhereInput;
  if (audience === "state") membership = { role: "state", stateId: target.need.stateId };
  else if (audience === "secretariat") membership = { role: { in: ["admin", "analyst"] } };
  else {
    // A provider reads a need by its tier only: a secretariat-only need stays silent to it.
    if (!canRead("provider", tier)) return;
    const providerId = audience === "provider" ? target.providerId : audience.providerId;
    membership = { role: "provider", providerId };
  }
  const users = await tx.user.findMany({
    where: {
      disabled: false,
      ...(kind === "engagement.overlap" ? {} : { id: { not: actor.id } }),
      memberships: { some: membership },
    },
    select: { id: true },
  });
  if (!users.length) return;
  const rows = await tx.notification.createManyAndReturn({
    data: users.map((u) => ({ userId: u.id, kind, engagementId: target.id, eventId, data })),
    select: { id: true, userId: true, kind: true, engagementId: true, eventId: true, data: true },
  });
  // Each notification is also a mail, queued in this same transaction (src/mail/outbox.ts).
  await queueNotificationMails(tx, rows);
}

const mine = (user: SessionUser, unreadOnly?: boolean): Prisma.NotificationWhereInput => ({
  userId: user.id,
  // Each kind is read through the access rule of what it is about (notifications & mail: a
  // subscription's need or offer, or nothing for a questionnaire reminder).
  OR: [
    { engagement: { is: { need: visibleNeeds(user) } } },
    { engagementId: null, need: { is: visibleNeeds(user) } },
    { engagementId: null, offer: { is: visibleOffers(user) } },
    { engagementId: null, needId: null, offerId: null, kind: "questionnaire.reminder" },
  ],
  ...(unreadOnly ? { readAt: null } : {}),
});

export async function unreadCount(db: DbClient, user: SessionUser): Promise<number> {
  return db.notification.count({ where: mine(user, true) });
}

const inboxSelect = {
  id: true,
  kind: true,
  data: true,
  readAt: true,
  createdAt: true,
  engagement: {
    select: {
      id: true,
      needId: true,
      providerId: true,
      status: true,
      provider: { select: { name: true } },
      need: { select: { stateId: true, text: true } },
    },
  },
  event: { select: { message: true, party: true } },
  need: { select: { id: true, stateId: true, text: true } },
  offer: { select: { id: true, title: true, provider: { select: { name: true } } } },
} satisfies Prisma.NotificationSelect;
type InboxRecord = Prisma.NotificationGetPayload<{ select: typeof inboxSelect }>;
interface InboxData {
  from?: string;
  to?: string;
  needStatus?: string;
  providerIds?: string[];
  deadline?: string;
}

/** Names of the other providers overlap warnings are about (providers are public records). */
async function providerNames(db: DbClient, page: InboxRecord[]) {
  const otherIds = [...new Set(page.flatMap((n) => (n.data as InboxData).providerIds ?? []))];
  const rows = await db.provider.findMany({
    where: { id: { in: otherIds } },
    select: { id: true, name: true },
  });
  return new Map(rows.map((p) => [p.id, p.name]));
}

/** One notification as typed data the portal words. */
function toInboxItem(n: InboxRecord, user: SessionUser, names: Map<string, string>) {
  const d = n.data as InboxData;
  const e = n.engagement;
  const base = {
    id: n.id,
    kind: n.kind as NotificationKind,
    read: !!n.readAt,
    createdAt: n.createdAt.toISOString(),
    engagementId: null,
    engagementStatus: null,
    needId: n.need?.id ?? null,
    offerId: n.offer?.id ?? null,
    state: n.need?.stateId ?? null,
    needExcerpt: n.need ? excerpt(n.need.text, 140) : n.offer ? excerpt(n.offer.title, 140) : "",
    providerName: n.offer?.provider.name ?? null,
    from: null,
    to: null,
    needStatus: null,
    otherProviders: [],
    party: null,
    message: null,
    deadline: d.deadline ?? null,
  };
  if (!e) return base;
  // Recipients are parties, but the message is shown only while that is still so.
  const privy = !!partyOf(user, e) || isSecretariat(user.role);
  return {
    ...base,
    engagementId: e.id,
    engagementStatus: e.status as EngagementStatus,
    needId: e.needId,
    state: e.need.stateId,
    needExcerpt: excerpt(e.need.text, 140),
    providerName: e.provider.name,
    from: (d.from as EngagementStatus | undefined) ?? null,
    to: (d.to as EngagementStatus | undefined) ?? null,
    needStatus: (d.needStatus as NeedStatus | undefined) ?? null,
    otherProviders: (d.providerIds ?? []).map((id) => names.get(id) ?? id),
    party: (n.event?.party as "state" | "provider" | "secretariat" | undefined) ?? null,
    message: privy ? (n.event?.message ?? null) : null,
  };
}

/** The caller's notifications, newest first, with what the portal needs to word them. */
export async function listInbox(
  db: DbClient,
  user: SessionUser,
  input: { unreadOnly?: boolean; cursor?: string; limit: number },
) {
  const where = mine(user, input.unreadOnly);
  const rows = await db.notification.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...(await pageArgs(input, (id) => db.notification.count({ where: { AND: [where, { id }] } }))),
    select: inboxSelect,
  });
  const [total, unread] = await Promise.all([
    db.notification.count({ where }),
    unreadCount(db, user),
  ]);
  const page = rows.slice(0, input.limit);
  const names = await providerNames(db, page);
  return {
    items: page.map((n) => toInboxItem(n, user, names)),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
    total,
    unread,
  };
}

/** Marks some (or all) of the caller's notifications read; others' ids are ignored. */
export async function markRead(
  db: DbClient,
  user: SessionUser,
  input: { ids?: string[]; all?: boolean },
): Promise<number> {
  await db.notification.updateMany({
    where: {
      userId: user.id,
      readAt: null,
      ...(input.all ? {} : { id: { in: input.ids ?? [] } }),
    },
    data: { readAt: new Date() },
  });
  return unreadCount(db, user);
}
