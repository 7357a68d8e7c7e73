/**
 * The follow-up questionnaire (annex I of the 2021 note on technical assistance): procedures
 * over services/questionnaire.ts and the deadline's reminders (mail/reminders.ts).
 */
import {
  QUESTIONNAIRE_SECTIONS,
  QUESTIONNAIRE_VERSION,
  QUESTIONS,
  ZQuestionnaireAnswersSchema,
} from "@tahub/domain";
import { z } from "zod";
import { questionnaireFile, ZQuestionnaireFileSchema } from "../lib/questionnaire-files.js";
import { roundView } from "../mail/reminders.js";
import {
  latestPerState,
  latestResponse,
  listResponses,
  setRoundDeadline,
  submitAnswers,
  tallyResponses,
  ZCountsSchema,
  ZResponseSchema,
} from "../services/questionnaire.js";
import {
  authedProcedure,
  publicProcedure,
  router,
  secretariatProcedure,
  stateProcedure,
} from "../trpc.js";

export const questionnaireRouter = router({
  questions: publicProcedure
    .output(
      z.object({
        version: z.string(),
        sections: z.record(z.string(), z.string()),
        questions: z.array(
          z.object({ id: z.string(), section: z.string(), kind: z.string(), text: z.string() }),
        ),
      }),
    )
    .query(() => ({
      version: QUESTIONNAIRE_VERSION,
      sections: { ...QUESTIONNAIRE_SECTIONS },
      questions: [...QUESTIONS],
    })),

  /** A new version of the State's answers; the earlier ones are kept. Empty answers are refused. */
  submit: stateProcedure
    .input(
      z.object({ state: z.string().length(3).optional(), answers: ZQuestionnaireAnswersSchema }),
    )
    .output(ZResponseSchema)
    .mutation(({ ctx, input }) => submitAnswers(ctx.db, ctx.user, input)),

  /** Every version of a State's responses, newest first; the secretariat sees every State's. */
  list: authedProcedure
    .input(z.object({ state: z.string().length(3).optional() }).default({}))
    .output(z.array(ZResponseSchema))
    .query(({ ctx, input }) => listResponses(ctx.db, ctx.user, input)),

  /** The State's latest answers (what its form opens with), or null before the first. */
  latest: authedProcedure
    .input(z.object({ state: z.string().length(3).optional() }).default({}))
    .output(ZResponseSchema.nullable())
    .query(({ ctx, input }) => latestResponse(ctx.db, ctx.user, input)),

  /** Per question, how the States' latest responses answered, overall and per regional group. */
  tally: secretariatProcedure
    .output(
      z.object({
        version: z.string(),
        states: z.number().int(),
        byRegion: z.record(z.string(), z.number().int()),
        questions: z.array(
          z.object({
            question: z.string(),
            all: ZCountsSchema,
            byRegion: z.record(z.string(), ZCountsSchema),
          }),
        ),
      }),
    )
    .query(({ ctx }) => tallyResponses(ctx)),

  /** Each State's latest answers, one row per State and question, as CSV or XLSX. */
  export: secretariatProcedure
    .input(z.object({ format: z.enum(["csv", "xlsx"]).default("csv") }))
    .output(ZQuestionnaireFileSchema)
    .query(async ({ ctx, input }) => questionnaireFile(await latestPerState(ctx), input.format)),

  // notifications & mail (issue 14, part 5): the deadline and its reminders (src/mail/reminders.ts)
  /**
   * Sets the deadline of the current round, or opens a new round (`reopen`): States that have
   * not submitted since it opened are reminded `remindDays` days before and on the deadline.
   */
  setDeadline: secretariatProcedure
    .input(
      z.object({
        deadline: z.iso.date().max(10),
        remindDays: z.array(z.number().int().min(0).max(90)).min(1).max(5).default([14, 3, 0]),
        reopen: z.boolean().optional(),
      }),
    )
    .output(z.object({ id: z.string(), deadline: z.string(), opensAt: z.string() }))
    .mutation(({ ctx, input }) => setRoundDeadline(ctx, input)),

  /**
   * The round in force with its deadline; a focal point learns whether its State has answered
   * since it opened, the secretariat which States have not and their last reminder.
   */
  round: authedProcedure
    .output(
      z.object({
        round: z
          .object({
            id: z.string(),
            opensAt: z.string(),
            deadline: z.string(),
            remindDays: z.array(z.number().int()),
          })
          .nullable(),
        answered: z.number().int().nullable(),
        pending: z
          .array(
            z.object({
              state: z.string(),
              name: z.string(),
              region: z.string(),
              focalPoints: z.number().int(),
              lastReminder: z
                .object({ daysBefore: z.number().int(), sentAt: z.string() })
                .nullable(),
            }),
          )
          .nullable(),
        submittedSinceOpen: z.boolean().nullable(),
      }),
    )
    .query(({ ctx }) => roundView(ctx.db, ctx.user)),
});
