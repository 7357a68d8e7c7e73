/** Assistance a State received: procedures over services/assistance.ts (docs/states.md). */
import { ZIso3Schema } from "@tahub/domain";
import { z } from "zod";
import {
  evaluateAssistance,
  listAssistance,
  recordAssistance,
  ZAssistanceInputSchema,
  ZAssistanceRowSchema,
  ZEvaluation,
  ZId,
} from "../services/assistance.js";
import { router, stateProcedure } from "../trpc.js";

export const assistanceRouter = router({
  record: stateProcedure
    .input(ZAssistanceInputSchema)
    .output(ZAssistanceRowSchema)
    .mutation(({ ctx, input }) => recordAssistance(ctx.db, ctx.user, input)),

  /** The State's evaluation of assistance it recorded (replaces an earlier one). */
  evaluate: stateProcedure
    .input(z.object({ id: ZId, evaluation: ZEvaluation }))
    .output(ZAssistanceRowSchema)
    .mutation(({ ctx, input }) => evaluateAssistance(ctx.db, ctx.user, input)),

  /** A State's own records; the secretariat's view of every State's (optionally one). */
  list: stateProcedure
    .input(z.object({ state: ZIso3Schema.optional() }))
    .output(z.array(ZAssistanceRowSchema))
    .query(({ ctx, input }) => listAssistance(ctx.db, ctx.user, input)),
});
