/**
 * The follow-up questionnaire (annex I of the 2021 note on technical assistance): States answer
 * it, each submission is kept as a new version, the State edits from its latest, and the
 * secretariat tallies the latest answers per question and region and downloads them.
 */
import {
  QUESTIONNAIRE_VERSION,
  type TQuestionnaireAnswers,
  getState,
  isSecretariat,
  tallyAnswers,
} from "@tahub/domain";
import type { Prisma } from "@tahub/db";
import { z } from "zod";
import { assertCanActForState } from "../access.js";
import { audit } from "../audit.js";
import { AppError, forbidden } from "../errors.js";
import type { SessionUser } from "../auth/user.js";
import type { DbClient } from "../db.js";
import type { Context } from "../context.js";
import { setDeadline } from "../mail/reminders.js";

const ZAnswersOutSchema = z.record(
  z.string(),
  z.object({ answer: z.enum(["yes", "no", "partly"]).nullable(), text: z.string().optional() }),
);

export const ZResponseSchema = z.object({
  id: z.string(),
  state: z.string(),
  version: z.string(),
  /** 1 for the State's first submission, then 2, 3...: every submission is kept. */
  revision: z.number().int(),
  answers: ZAnswersOutSchema,
  submittedAt: z.string(),
});

export const ZCountsSchema = z.object({
  yes: z.number().int(),
  partly: z.number().int(),
  no: z.number().int(),
  unanswered: z.number().int(),
  explained: z.number().int(),
});

type ResponseRow = Awaited<ReturnType<Context["db"]["questionnaireResponse"]["findMany"]>>[number];

/** The States whose responses the caller may read: its own, or any for the secretariat. */
function readableStates(
  user: NonNullable<Context["user"]>,
  state?: string,
): Prisma.QuestionnaireResponseWhereInput {
  if (isSecretariat(user.role)) return state ? { stateId: state.toUpperCase() } : {};
  if (user.role === "state" && user.state) {
    if (state && state.toUpperCase() !== user.state)
      throw forbidden("A State sees its own questionnaire responses only");
    return { stateId: user.state };
  }
  throw forbidden(
    "Questionnaire responses are seen by the State that answered and the secretariat",
  );
}

/** Rows with their revision numbers (oldest = 1 per State), newest first. */
function withRevisions(rows: readonly ResponseRow[]) {
  const perState = new Map<string, number>();
  const numbered = [...rows]
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.id.localeCompare(b.id))
    .map((r) => {
      const revision = (perState.get(r.stateId) ?? 0) + 1;
      perState.set(r.stateId, revision);
      return {
        id: r.id,
        state: r.stateId,
        version: r.questionnaireVersion,
        revision,
        answers: r.answers as z.infer<typeof ZAnswersOutSchema>,
        submittedAt: r.submittedAt.toISOString(),
      };
    });
  return numbered.reverse();
}

/** Each State's latest response (the one the tally and the exports count). */
export async function latestPerState(ctx: Context) {
  const rows = await ctx.db.questionnaireResponse.findMany({
    where: { questionnaireVersion: QUESTIONNAIRE_VERSION },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    distinct: ["stateId"],
  });
  return rows.map((r) => ({
    state: r.stateId,
    region: getState(r.stateId)?.group ?? "unknown",
    submittedAt: r.submittedAt.toISOString(),
    answers: r.answers as z.infer<typeof ZAnswersOutSchema>,
  }));
}

/** A new version of the State's answers; the earlier ones are kept. Empty answers are refused. */
export async function submitAnswers(
  db: DbClient,
  user: SessionUser,
  input: { state?: string; answers: TQuestionnaireAnswers },
) {
  const state = (input.state ?? user.state ?? "").toUpperCase();
  if (!state) throw new AppError("BAD_INPUT", "Say which State answers", "state");
  assertCanActForState(user, state);
  const { created, revision } = await db.$transaction(async (tx) => {
    const created = await tx.questionnaireResponse.create({
      data: {
        stateId: state,
        questionnaireVersion: QUESTIONNAIRE_VERSION,
        answers: input.answers,
        submittedById: user.id,
      },
    });
    await audit(tx, user, {
      action: "questionnaire.submit",
      entity: "QuestionnaireResponse",
      entityId: created.id,
    });
    const revision = await tx.questionnaireResponse.count({ where: { stateId: state } });
    return { created, revision };
  });
  return {
    id: created.id,
    state: created.stateId,
    version: created.questionnaireVersion,
    revision,
    answers: input.answers,
    submittedAt: created.submittedAt.toISOString(),
  };
}

/** Every version of a State's responses, newest first; the secretariat sees every State's. */
export async function listResponses(db: DbClient, user: SessionUser, input: { state?: string }) {
  const rows = await db.questionnaireResponse.findMany({
    where: readableStates(user, input.state),
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: 200,
  });
  return withRevisions(rows);
}

/** The State's latest answers (what its form opens with), or null before the first. */
export async function latestResponse(db: DbClient, user: SessionUser, input: { state?: string }) {
  const where = readableStates(user, input.state ?? user.state ?? undefined);
  if (!("stateId" in where)) throw new AppError("BAD_INPUT", "Say which State", "state");
  const rows = await db.questionnaireResponse.findMany({
    where,
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
  });
  return withRevisions(rows)[0] ?? null;
}

/** Per question, how the States' latest responses answered, overall and per regional group. */
export async function tallyResponses(ctx: Context) {
  const latest = await latestPerState(ctx);
  const byRegion: Record<string, number> = {};
  for (const r of latest) byRegion[r.region] = (byRegion[r.region] ?? 0) + 1;
  return {
    version: QUESTIONNAIRE_VERSION,
    states: latest.length,
    byRegion,
    questions: tallyAnswers(latest),
  };
}

/**
 * Sets the deadline of the current round, or opens a new round (`reopen`): States that have
 * not submitted since it opened are reminded `remindDays` days before and on the deadline.
 */
export async function setRoundDeadline(
  ctx: Context & { user: SessionUser },
  input: { deadline: string; remindDays: number[]; reopen?: boolean },
) {
  if (input.deadline < new Date().toISOString().slice(0, 10))
    throw new AppError("BAD_INPUT", "The deadline cannot be in the past", "deadline", {
      deadline: "past",
    });
  const r = await setDeadline(ctx.db, ctx.user, input);
  await audit(ctx.db, ctx.user, {
    action: "questionnaire.deadline",
    entity: "QuestionnaireRound",
    entityId: r.id,
  });
  // A reminder may be due at once (a deadline set three days ahead).
  ctx.services.jobs.send("questionnaire.reminders");
  return { id: r.id, deadline: input.deadline, opensAt: r.opensAt.toISOString() };
}
