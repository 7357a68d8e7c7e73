/**
 * The follow-up questionnaire's deadline and reminders (issue 14, part 5). The secretariat opens
 * a round with a deadline (QuestionnaireRound); States that have not submitted since the round
 * opened are reminded on the reminder days before the deadline and on the day, in the inbox and
 * by mail, by the daily `questionnaire.reminders` job (also run when the deadline is set).
 * A QuestionnaireReminder row per (round, State, day) makes each reminder go once, whichever
 * process runs the job and however often.
 */
import type { Prisma } from "@tahub/db";
import type { SessionUser } from "../auth/user.js";
import type { DbClient } from "../db.js";
import { fromDay, toDay } from "../lib/dates.js";
import { mailLocale, reminderMail } from "./messages.js";
import { queueMails } from "./outbox.js";
import { mailSettings } from "./settings.js";
import { must } from "../lib/must.js";

const DAY_MS = 86_400_000;

/** The round in force: the latest opened. */
function currentRound(db: DbClient | Prisma.TransactionClient) {
  return db.questionnaireRound.findFirst({ orderBy: [{ opensAt: "desc" }, { id: "desc" }] });
}

/**
 * Sets the deadline: of the current round, or of a new round opened now (`reopen`, or when none
 * is open yet). A new round asks every State again: answers before it do not count.
 */
export async function setDeadline(
  db: DbClient,
  user: SessionUser,
  input: { deadline: string; remindDays: number[]; reopen?: boolean },
) {
  const remindDays = [...new Set(input.remindDays)].sort((a, b) => b - a);
  const current = await currentRound(db);
  const data = { deadline: must(fromDay(input.deadline)), remindDays, setById: user.id };
  const round =
    current && !input.reopen
      ? await db.questionnaireRound.update({ where: { id: current.id }, data })
      : await db.questionnaireRound.create({ data });
  return round;
}

/** States that have not submitted since the round opened, with their focal points' count. */
async function pendingStates(db: DbClient | Prisma.TransactionClient, opensAt: Date) {
  const answered = await db.questionnaireResponse.findMany({
    where: { submittedAt: { gte: opensAt } },
    select: { stateId: true },
    distinct: ["stateId"],
  });
  const done = new Set(answered.map((a) => a.stateId));
  const states = await db.state.findMany({
    where: { iso3: { notIn: [...done] } },
    select: {
      iso3: true,
      name: true,
      group: true,
      memberships: {
        where: { role: "state", user: { disabled: false } },
        select: { userId: true },
      },
    },
    orderBy: { name: "asc" },
  });
  return {
    answered: done.size,
    pending: states.map((s) => ({
      state: s.iso3,
      name: s.name,
      region: s.group,
      focalPoints: s.memberships.length,
    })),
  };
}

/** The round as a caller sees it: the secretariat gets who has not answered and what was sent. */
export async function roundView(db: DbClient, user: SessionUser) {
  const round = await currentRound(db);
  if (!round) return { round: null, answered: null, pending: null, submittedSinceOpen: null };
  const base = {
    id: round.id,
    opensAt: round.opensAt.toISOString(),
    deadline: must(toDay(round.deadline)),
    remindDays: round.remindDays,
  };
  if (user.role === "state") {
    const mine = user.state
      ? await db.questionnaireResponse.count({
          where: { stateId: user.state, submittedAt: { gte: round.opensAt } },
        })
      : 0;
    return { round: base, answered: null, pending: null, submittedSinceOpen: mine > 0 };
  }
  if (user.role !== "admin" && user.role !== "analyst")
    return { round: base, answered: null, pending: null, submittedSinceOpen: null };
  const { answered, pending } = await pendingStates(db, round.opensAt);
  const sent = await db.questionnaireReminder.findMany({
    where: { roundId: round.id },
    select: { stateId: true, daysBefore: true, sentAt: true },
    orderBy: { sentAt: "desc" },
  });
  const last = new Map<string, { daysBefore: number; sentAt: string }>();
  for (const r of sent)
    if (!last.has(r.stateId))
      last.set(r.stateId, { daysBefore: r.daysBefore, sentAt: r.sentAt.toISOString() });
  return {
    round: base,
    answered,
    pending: pending.map((p) => ({ ...p, lastReminder: last.get(p.state) ?? null })),
    submittedSinceOpen: null,
  };
}

/**
 * Which reminder is due `today` (UTC) for a deadline: the nearest reminder day whose date has
 * come (a round set late does not send the earlier ones all at once), or null before the first
 * and after the deadline.
 */
export function dueReminder(deadline: Date, remindDays: number[], today: Date): number | null {
  const day = (d: Date) => Math.floor(d.getTime() / DAY_MS);
  const left = day(deadline) - day(today);
  if (left < 0) return null;
  const due = remindDays.filter((d) => d >= left);
  return due.length ? Math.min(...due) : null;
}

/** Sends the reminder due today to each State that has not answered. Returns States reminded. */
export async function sendReminders(db: DbClient, now = new Date()): Promise<number> {
  const round = await currentRound(db);
  if (!round) return 0;
  const daysBefore = dueReminder(round.deadline, round.remindDays, now);
  if (daysBefore === null) return 0;
  const { pending } = await pendingStates(db, round.opensAt);
  const { baseUrl } = mailSettings();
  let reminded = 0;
  for (const p of pending) {
    if (!p.focalPoints) continue;
    reminded += await db.$transaction(async (tx) => {
      // Once per round, State and reminder day, whichever process gets here first.
      const inserted = await tx.questionnaireReminder.createMany({
        data: [{ roundId: round.id, stateId: p.state, daysBefore }],
        skipDuplicates: true,
      });
      if (!inserted.count) return 0;
      const users = await tx.user.findMany({
        where: { disabled: false, memberships: { some: { role: "state", stateId: p.state } } },
        select: { id: true, email: true, name: true, locale: true },
      });
      for (const u of users) {
        const n = await tx.notification.create({
          data: {
            userId: u.id,
            kind: "questionnaire.reminder",
            data: { roundId: round.id, deadline: toDay(round.deadline), daysBefore },
          },
          select: { id: true },
        });
        await queueMails(tx, [
          {
            to: u.email,
            userId: u.id,
            kind: "questionnaire.reminder",
            notificationIds: [n.id],
            ...reminderMail(mailLocale(u.locale), baseUrl, u.name, {
              stateId: p.state,
              deadline: round.deadline,
              opensAt: round.opensAt,
              daysBefore,
            }),
          },
        ]);
      }
      return 1;
    });
  }
  return reminded;
}
