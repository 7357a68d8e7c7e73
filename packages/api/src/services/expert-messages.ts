/**
 * The expert's side of a message thread (docs/messages.md): an expert without an account reads
 * and answers the thread through a link with a token; the link works while the expert's consent
 * to be listed holds.
 */
import { AppError } from "../errors.js";
import type { DbClient } from "../db.js";
import { must } from "../lib/must.js";
import { MESSAGE_LIMITS, partiesSelect, post, sha256, type ThreadSide } from "./messages.js";

async function threadByToken(db: DbClient, token: string) {
  const t = await db.messageThread.findUnique({
    where: { expertTokenHash: sha256(token) },
    select: {
      ...partiesSelect,
      provider: { select: { name: true } },
      expert: { select: { name: true, ownerProviderId: true, consentToList: true } },
    },
  });
  // The link works while the expert's consent holds (withdrawing it closes the thread to them).
  if (!t || t.expertRoute !== "expert" || !t.expert?.consentToList)
    throw new AppError("NOT_FOUND", "This link is not valid (any more)");
  return t;
}

/** What the expert sees through the link: the subject, the parties' names and the messages. */
export async function expertThread(db: DbClient, token: string) {
  const t = await threadByToken(db, token);
  const messages = await db.message.findMany({
    where: { threadId: t.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      side: true,
      body: true,
      createdAt: true,
      author: { select: { name: true } },
    },
  });
  return {
    subject: t.subject,
    providerName: t.provider.name,
    expertName: must(t.expert).name,
    messages: messages.map((m) => ({
      id: m.id,
      side: m.side as ThreadSide,
      authorName: m.author?.name ?? (m.side === "expert" ? must(t.expert).name : null),
      body: m.body,
      at: m.createdAt.toISOString(),
    })),
  };
}

/** The expert's reply through the link: into the thread, to the provider's users. */
export async function expertReply(db: DbClient, token: string, body: string) {
  const t = await threadByToken(db, token);
  const recent = await db.message.count({
    where: { threadId: t.id, side: "expert", createdAt: { gte: new Date(Date.now() - 3_600_000) } },
  });
  if (recent >= MESSAGE_LIMITS.expertPerHour)
    throw new AppError(
      "TOO_MANY_REQUESTS",
      `At most ${MESSAGE_LIMITS.expertPerHour} replies an hour: try again later`,
      undefined,
      { messages: "expert-per-hour", limit: MESSAGE_LIMITS.expertPerHour },
    );
  await db.$transaction((tx) =>
    post(tx, t, "expert", { id: null, name: must(t.expert).name }, body),
  );
  return { ok: true as const };
}
