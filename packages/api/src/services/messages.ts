/**
 * Messages between a provider and a State or an expert (issue 15, deliverable 4). The platform
 * delivers: a thread names its parties (a provider; a State or an expert), never an address, and
 * no answer carries anyone's e-mail. Who reads a thread is one rule, `threadAccess`, composed into
 * every read; a thread the caller may not read is NOT_FOUND, as a missing one. See docs/messages.md.
 */
import { createHash, randomBytes } from "node:crypto";
import { getState, isSecretariat, type TMessageReply, type TMessageStart } from "@tahub/domain";
import type { Prisma } from "@tahub/db";
import { mayReadOffer, visibleExperts, visibleNeeds } from "../access.js";
import type { SessionUser } from "../auth/user.js";
import type { DbClient } from "../db.js";
import { AppError, forbidden, notFound } from "../errors.js";
import { excerpt } from "../lib/excerpt.js";
import { pageArgs, type PageInput } from "../lib/paging.js";
import { queueMessageMails, type MessageMail } from "../mail/message-mail.js";

type Tx = Prisma.TransactionClient;
export type ThreadSide = "provider" | "state" | "expert";
type ExpertRoute = "expert" | "owner" | "secretariat";

/**
 * Limits on sending (per user, or per thread for an expert's link): enough for a real exchange,
 * too few for a mailing campaign through the platform. Sizes are in the zod schemas.
 */
export const MESSAGE_LIMITS = {
  /** Messages one user may send in an hour. */
  perHour: 30,
  /** Threads one user may start in a day. */
  threadsPerDay: 20,
  /** Replies through one expert link in an hour. */
  expertPerHour: 10,
} as const;

/** The threads `u` takes part in: its provider's, its State's, or an expert's it answers for. */
function threadAccess(u: SessionUser): Prisma.MessageThreadWhereInput {
  if (u.role === "provider" && u.providerId)
    return {
      OR: [
        { providerId: u.providerId },
        { expertRoute: "owner", expert: { ownerProviderId: u.providerId } },
      ],
    };
  if (u.role === "state" && u.state) return { stateId: u.state };
  if (isSecretariat(u.role)) return { expertRoute: "secretariat" };
  return { id: "" };
}

interface ThreadParties {
  providerId: string;
  stateId: string | null;
  expertRoute: string | null;
  expert: { ownerProviderId: string | null } | null;
}

/** The side `u` writes on in a thread it may read. */
function sideOf(u: SessionUser, t: ThreadParties): ThreadSide {
  if (u.role === "provider" && u.providerId === t.providerId) return "provider";
  if (u.role === "state" && t.stateId) return "state";
  return "expert";
}

/** The users who receive what `side` writes (never the author's side). */
function recipientsWhere(t: ThreadParties, side: ThreadSide): Prisma.MembershipWhereInput | null {
  if (side !== "provider") return { role: "provider", providerId: t.providerId };
  if (t.stateId) return { role: "state", stateId: t.stateId };
  if (t.expertRoute === "owner" && t.expert?.ownerProviderId)
    return { role: "provider", providerId: t.expert.ownerProviderId };
  if (t.expertRoute === "secretariat") return { role: { in: ["admin", "analyst"] } };
  return null; // route "expert": the expert has no account; the mail goes to the stored address.
}

export const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

async function assertUnderLimits(db: DbClient, user: SessionUser, starting: boolean) {
  const now = Date.now();
  const [lastHour, threadsToday] = await Promise.all([
    db.message.count({
      where: { authorId: user.id, createdAt: { gte: new Date(now - 3_600_000) } },
    }),
    starting
      ? db.messageThread.count({
          where: { createdById: user.id, createdAt: { gte: new Date(now - 86_400_000) } },
        })
      : Promise.resolve(0),
  ]);
  if (lastHour >= MESSAGE_LIMITS.perHour)
    throw new AppError(
      "TOO_MANY_REQUESTS",
      `At most ${MESSAGE_LIMITS.perHour} messages an hour: try again later`,
      undefined,
      { messages: "per-hour", limit: MESSAGE_LIMITS.perHour },
    );
  if (threadsToday >= MESSAGE_LIMITS.threadsPerDay)
    throw new AppError(
      "TOO_MANY_REQUESTS",
      `At most ${MESSAGE_LIMITS.threadsPerDay} new conversations a day: try again tomorrow`,
      undefined,
      { messages: "threads-per-day", limit: MESSAGE_LIMITS.threadsPerDay },
    );
}

/** Which records a new thread may be about: each must be readable by its starter. */
async function assertAbout(db: DbClient, user: SessionUser, input: TMessageStart) {
  if (input.needId) {
    const need = await db.need.findFirst({
      where: { AND: [{ id: input.needId }, visibleNeeds(user)] },
      select: { stateId: true },
    });
    if (!need) throw notFound("Need", input.needId);
    if (input.to.kind === "state" && need.stateId !== input.to.state)
      throw new AppError("BAD_INPUT", "the need is not one of this State's", "needId");
  }
  if (input.offerId) {
    const offer = await db.offer.findUnique({
      where: { id: input.offerId },
      select: { confidentiality: true, providerId: true },
    });
    if (!offer || !mayReadOffer(user, offer)) throw notFound("Offer", input.offerId);
  }
  if (input.engagementId) {
    const e = await db.engagement.findFirst({
      where: { id: input.engagementId, need: visibleNeeds(user) },
      select: { providerId: true },
    });
    if (!e || e.providerId !== user.providerId) throw notFound("Engagement", input.engagementId);
  }
}

/** Writes one message and its receipts, and queues its mails, in the caller's transaction. */
export async function post(
  tx: Tx,
  thread: ThreadParties & { id: string; subject: string; expertId: string | null },
  side: ThreadSide,
  author: { id: string | null; name: string },
  body: string,
) {
  const message = await tx.message.create({
    data: { threadId: thread.id, authorId: author.id, side, body },
  });
  await tx.messageThread.update({
    where: { id: thread.id },
    data: { lastMessageAt: message.createdAt },
  });
  const mails: MessageMail[] = [];
  const members = recipientsWhere(thread, side);
  if (members) {
    const users = await tx.user.findMany({
      where: {
        disabled: false,
        memberships: { some: members },
        ...(author.id ? { id: { not: author.id } } : {}),
      },
      select: { id: true, email: true, locale: true },
    });
    if (users.length)
      await tx.messageReceipt.createMany({
        data: users.map((u) => ({ messageId: message.id, userId: u.id })),
      });
    for (const u of users)
      mails.push({ to: u.email, userId: u.id, locale: u.locale, threadId: thread.id });
  } else if (thread.expertId) {
    // The expert's own address, read here and only here, never returned. A new link each time:
    // only the token's hash is stored, so the newest mail's link is the one that works.
    const expert = await tx.expert.findUnique({
      where: { id: thread.expertId },
      select: { email: true, consentToList: true },
    });
    if (expert?.email && expert.consentToList) {
      const token = randomBytes(32).toString("base64url");
      await tx.messageThread.update({
        where: { id: thread.id },
        data: { expertTokenHash: sha256(token) },
      });
      mails.push({ to: expert.email, userId: null, locale: "en", threadId: thread.id, token });
    }
  }
  await queueMessageMails(tx, mails, { author: author.name });
  return message;
}

/** Starts a thread from the caller's provider to a State or an expert, with its first message. */
export async function startThread(db: DbClient, user: SessionUser, input: TMessageStart) {
  if (user.role !== "provider" || !user.providerId)
    throw forbidden("Only a provider's user can start a conversation");
  const providerId = user.providerId;
  await assertUnderLimits(db, user, true);
  await assertAbout(db, user, input);
  let stateId: string | null = null;
  let expertId: string | null = null;
  let expertRoute: ExpertRoute | null = null;
  let expertOwner: string | null = null;
  if (input.to.kind === "state") {
    if (!getState(input.to.state))
      throw new AppError("BAD_INPUT", "is not a State party to UNCAC", "to.state");
    stateId = input.to.state;
  } else {
    const expert = await db.expert.findFirst({
      where: { AND: [{ id: input.to.expertId }, visibleExperts(user)] },
      select: { id: true, email: true, consentToList: true, ownerProviderId: true },
    });
    if (!expert) throw notFound("Expert", input.to.expertId);
    expertId = expert.id;
    expertOwner = expert.ownerProviderId;
    expertRoute =
      expert.email && expert.consentToList ? "expert" : expertOwner ? "owner" : "secretariat";
    if (expertRoute === "owner" && expertOwner === providerId)
      throw new AppError(
        "BAD_INPUT",
        "this expert is in your own roster and has no address the platform may write to",
        "to.expertId",
      );
  }
  const id = await db.$transaction(async (tx) => {
    const thread = await tx.messageThread.create({
      data: {
        subject: input.subject,
        providerId,
        stateId,
        expertId,
        expertRoute,
        needId: input.needId ?? null,
        offerId: input.offerId ?? null,
        engagementId: input.engagementId ?? null,
        createdById: user.id,
      },
    });
    await post(
      tx,
      { ...thread, expert: expertId ? { ownerProviderId: expertOwner } : null },
      "provider",
      { id: user.id, name: user.name },
      input.body,
    );
    return thread.id;
  });
  return getThread(db, user, id);
}

export const partiesSelect = {
  id: true,
  subject: true,
  providerId: true,
  stateId: true,
  expertId: true,
  expertRoute: true,
  expert: { select: { ownerProviderId: true } },
} satisfies Prisma.MessageThreadSelect;

/** A reply in a thread the caller takes part in, on the caller's side. */
export async function replyToThread(db: DbClient, user: SessionUser, input: TMessageReply) {
  const thread = await db.messageThread.findFirst({
    where: { AND: [{ id: input.threadId }, threadAccess(user)] },
    select: partiesSelect,
  });
  if (!thread) throw notFound("Conversation", input.threadId);
  await assertUnderLimits(db, user, false);
  await db.$transaction((tx) =>
    post(tx, thread, sideOf(user, thread), { id: user.id, name: user.name }, input.body),
  );
  return getThread(db, user, thread.id);
}

const threadSelect = (userId: string) =>
  ({
    ...partiesSelect,
    needId: true,
    offerId: true,
    engagementId: true,
    createdAt: true,
    lastMessageAt: true,
    provider: { select: { name: true } },
    expert: { select: { name: true, ownerProviderId: true } },
    _count: {
      select: { messages: { where: { receipts: { some: { userId, readAt: null } } } } },
    },
  }) satisfies Prisma.MessageThreadSelect;
type ThreadRecord = Prisma.MessageThreadGetPayload<{ select: ReturnType<typeof threadSelect> }>;

function toThreadRow(t: ThreadRecord, user: SessionUser, last?: { body: string; at: Date }) {
  return {
    id: t.id,
    subject: t.subject,
    providerId: t.providerId,
    providerName: t.provider.name,
    state: t.stateId,
    expert: t.expertId && t.expert ? { id: t.expertId, name: t.expert.name } : null,
    expertRoute: t.expertRoute as ExpertRoute | null,
    mySide: sideOf(user, t),
    unread: t._count.messages,
    createdAt: t.createdAt.toISOString(),
    lastMessageAt: t.lastMessageAt.toISOString(),
    lastExcerpt: last ? excerpt(last.body, 160) : null,
  };
}

/** The caller's threads, the most recent first, with unread counts. */
export async function listThreads(
  db: DbClient,
  user: SessionUser,
  input: PageInput & { unreadOnly?: boolean },
) {
  const where: Prisma.MessageThreadWhereInput = {
    AND: [
      threadAccess(user),
      input.unreadOnly
        ? { messages: { some: { receipts: { some: { userId: user.id, readAt: null } } } } }
        : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.messageThread.findMany({
      where,
      select: {
        ...threadSelect(user.id),
        messages: {
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { body: true, createdAt: true },
        },
      },
      orderBy: [{ lastMessageAt: "desc" }, { id: "asc" }],
      ...(await pageArgs(input, (id) =>
        db.messageThread.count({ where: { AND: [where, { id }] } }),
      )),
    }),
    db.messageThread.count({ where }),
  ]);
  const items = rows.slice(0, input.limit).map((t) => {
    const m = t.messages[0];
    return toThreadRow(t, user, m ? { body: m.body, at: m.createdAt } : undefined);
  });
  return {
    items,
    nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null,
    total,
  };
}

/**
 * One thread with its messages. The records it is about are named only when the caller may read
 * them (a State does not learn of a restricted offer through a message about it).
 */
export async function getThread(db: DbClient, user: SessionUser, id: string) {
  const t = await db.messageThread.findFirst({
    where: { AND: [{ id }, threadAccess(user)] },
    select: {
      ...threadSelect(user.id),
      messages: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          side: true,
          body: true,
          createdAt: true,
          authorId: true,
          author: { select: { name: true } },
        },
      },
      need: { select: { id: true, stateId: true, confidentiality: true } },
      offer: { select: { id: true, confidentiality: true, providerId: true } },
      engagement: { select: { id: true, need: { select: { id: true } } } },
    },
  });
  if (!t) throw notFound("Conversation", id);
  const [need, engagementNeed] = await Promise.all([
    t.needId
      ? db.need.count({ where: { AND: [{ id: t.needId }, visibleNeeds(user)] } })
      : Promise.resolve(0),
    t.engagement
      ? db.need.count({ where: { AND: [{ id: t.engagement.need.id }, visibleNeeds(user)] } })
      : Promise.resolve(0),
  ]);
  const last = t.messages.at(-1);
  return {
    ...toThreadRow(t, user, last ? { body: last.body, at: last.createdAt } : undefined),
    needId: need ? t.needId : null,
    offerId: t.offer && mayReadOffer(user, t.offer) ? t.offer.id : null,
    engagementId: engagementNeed ? t.engagementId : null,
    messages: t.messages.map((m) => ({
      id: m.id,
      side: m.side as ThreadSide,
      // A person's name, never an address; an expert writing through the link has no account.
      authorName: m.author?.name ?? (m.side === "expert" ? (t.expert?.name ?? null) : null),
      mine: m.authorId === user.id,
      body: m.body,
      at: m.createdAt.toISOString(),
    })),
  };
}

/** Marks the caller's receipts in a thread read; answers the caller's unread total. */
export async function markThreadRead(db: DbClient, user: SessionUser, id: string) {
  const t = await db.messageThread.findFirst({
    where: { AND: [{ id }, threadAccess(user)] },
    select: { id: true },
  });
  if (!t) throw notFound("Conversation", id);
  await db.messageReceipt.updateMany({
    where: { userId: user.id, readAt: null, message: { threadId: id } },
    data: { readAt: new Date() },
  });
  return unreadMessages(db, user);
}

/** Unread messages in the threads the caller still takes part in. */
export async function unreadMessages(db: DbClient, user: SessionUser) {
  return db.messageReceipt.count({
    where: { userId: user.id, readAt: null, message: { thread: threadAccess(user) } },
  });
}
