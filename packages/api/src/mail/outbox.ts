/**
 * The transactional outbox (issue 15): every mail is first an OutboxMail row, written in the
 * same transaction as the event that causes it, so an event and its mail commit or roll back
 * together. The `mail.send` job delivers queued rows (sender.ts); without an SMTP server they
 * are held, and the admin reads them with `outbox.list`. See docs/notifications.md.
 */
import type { NotificationKind } from "@tahub/domain";
import type { Prisma } from "@tahub/db";
import type { DbClient } from "../db.js";
import { excerpt } from "../lib/excerpt.js";
import { pageArgs } from "../lib/paging.js";
import { engagementMail, mailLocale } from "./messages.js";
import { mailSettings } from "./settings.js";
import { must } from "../lib/must.js";

export type Tx = Prisma.TransactionClient;

export const MAIL_KINDS = [
  "notification",
  "password-reset",
  "subscription",
  "digest",
  "questionnaire.reminder",
] as const;
type MailKind = (typeof MAIL_KINDS)[number];

export const MAIL_STATUSES = ["queued", "sent", "failed", "held"] as const;
type MailStatus = (typeof MAIL_STATUSES)[number];

export interface MailInput {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  kind: MailKind;
  userId?: string | null;
  notificationIds?: string[];
}

/** Queues mails in the caller's transaction (or on the client): one row each, status queued. */
export async function queueMails(tx: Tx | DbClient, mails: MailInput[]): Promise<number> {
  if (!mails.length) return 0;
  const r = await tx.outboxMail.createMany({
    data: mails.map((m) => ({
      to: m.to,
      subject: m.subject,
      text: m.text,
      html: m.html ?? null,
      kind: m.kind,
      userId: m.userId ?? null,
      notificationIds: m.notificationIds ?? [],
    })),
  });
  return r.count;
}

interface NotificationRow {
  id: string;
  userId: string;
  kind: string;
  engagementId: string | null;
  eventId: string | null;
  data: unknown;
}

/** The names of the other providers overlap warnings are about. */
async function namesOfProviders(tx: Tx, rows: NotificationRow[]) {
  const providerIds = [
    ...new Set(rows.flatMap((r) => (r.data as { providerIds?: string[] }).providerIds ?? [])),
  ];
  const found = await tx.provider.findMany({
    where: { id: { in: providerIds } },
    select: { id: true, name: true },
  });
  return new Map(found.map((p) => [p.id, p.name]));
}

/**
 * One mail per engagement notification just written, worded in its recipient's locale from the
 * same typed data the inbox shows. Same transaction as the notifications (and so as the move).
 */
export async function queueNotificationMails(tx: Tx, rows: NotificationRow[]): Promise<number> {
  const withEngagement = rows.filter((r) => r.engagementId);
  if (!withEngagement.length) return 0;
  const [users, engagements, events] = await Promise.all([
    tx.user.findMany({
      where: { id: { in: [...new Set(withEngagement.map((r) => r.userId))] }, disabled: false },
      select: { id: true, email: true, name: true, locale: true },
    }),
    tx.engagement.findMany({
      where: { id: { in: [...new Set(withEngagement.map((r) => must(r.engagementId)))] } },
      select: {
        id: true,
        status: true,
        provider: { select: { name: true } },
        need: { select: { stateId: true, text: true } },
      },
    }),
    tx.engagementEvent.findMany({
      where: { id: { in: withEngagement.flatMap((r) => (r.eventId ? [r.eventId] : [])) } },
      select: { id: true, message: true },
    }),
  ]);
  const userById = new Map(users.map((u) => [u.id, u]));
  const engById = new Map(engagements.map((e) => [e.id, e]));
  const message = new Map(events.map((e) => [e.id, e.message]));
  const providerNames = await namesOfProviders(tx, withEngagement);
  const { baseUrl } = mailSettings();
  const mails: MailInput[] = [];
  for (const r of withEngagement) {
    const u = userById.get(r.userId);
    const e = engById.get(must(r.engagementId));
    if (!u || !e) continue;
    const d = r.data as { needStatus?: string; providerIds?: string[] };
    const m = engagementMail(mailLocale(u.locale), baseUrl, {
      kind: r.kind as NotificationKind,
      recipientName: u.name,
      engagementId: e.id,
      engagementStatus: e.status,
      provider: e.provider.name,
      stateId: e.need.stateId,
      needExcerpt: excerpt(e.need.text, 300),
      needStatus: d.needStatus ?? null,
      others: (d.providerIds ?? []).map((id) => providerNames.get(id) ?? id),
      // Engagement notifications go to the parties and the secretariat: the message is theirs.
      message: r.eventId ? (message.get(r.eventId) ?? null) : null,
    });
    mails.push({
      to: u.email,
      userId: u.id,
      kind: "notification",
      notificationIds: [r.id],
      ...m,
    });
  }
  return queueMails(tx, mails);
}

export interface OutboxFilter {
  status?: MailStatus;
  /** Part of the recipient's address (case-insensitive). */
  to?: string;
  kind?: MailKind;
  cursor?: string;
  limit: number;
}

/** The outbox for the admin: newest first, filtered, paged; counts per status. */
export async function listOutbox(db: DbClient, f: OutboxFilter) {
  const where: Prisma.OutboxMailWhereInput = {
    ...(f.status ? { status: f.status } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.to ? { to: { contains: f.to.trim(), mode: "insensitive" } } : {}),
  };
  const rows = await db.outboxMail.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...(await pageArgs(f, (id) => db.outboxMail.count({ where: { AND: [where, { id }] } }))),
  });
  const [total, byStatus] = await Promise.all([
    db.outboxMail.count({ where }),
    db.outboxMail.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const page = rows.slice(0, f.limit);
  return {
    items: page.map((m) => ({
      id: m.id,
      to: m.to,
      subject: m.subject,
      text: m.text,
      html: m.html,
      kind: m.kind as MailKind,
      status: m.status as MailStatus,
      attempts: m.attempts,
      lastError: m.lastError,
      createdAt: m.createdAt.toISOString(),
      sentAt: m.sentAt?.toISOString() ?? null,
      nextAttemptAt: m.status === "queued" ? m.nextAttemptAt.toISOString() : null,
    })),
    nextCursor: rows.length > f.limit ? (page.at(-1)?.id ?? null) : null,
    total,
    counts: Object.fromEntries(
      MAIL_STATUSES.map((s) => [s, byStatus.find((b) => b.status === s)?._count._all ?? 0]),
    ) as Record<MailStatus, number>,
  };
}

/** Puts failed (or held) mails back in the queue, attempts reset: nothing is lost. */
export async function requeue(db: DbClient, ids: string[]): Promise<number> {
  const r = await db.outboxMail.updateMany({
    where: { id: { in: ids }, status: { in: ["failed", "held"] } },
    data: { status: "queued", attempts: 0, nextAttemptAt: new Date(), lastError: null },
  });
  return r.count;
}
