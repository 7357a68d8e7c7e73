/** The mail outbox, for the administrator (issue 15): read held, failed and sent mail; retry. */
import { z } from "zod";
import { ZIdSchema } from "@tahub/domain";
import { listOutbox, MAIL_KINDS, MAIL_STATUSES, requeue } from "../mail/outbox.js";
import { nudgeMail } from "../mail/nudge.js";
import { adminProcedure, router, ZPageSchema } from "../trpc.js";

const ZMailSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string().nullable(),
  kind: z.enum(MAIL_KINDS),
  status: z.enum(MAIL_STATUSES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
});

export const outboxRouter = router({
  /** Mails newest first; filters by status, recipient (part of the address) and kind. */
  list: adminProcedure
    .input(
      ZPageSchema.extend({
        status: z.enum(MAIL_STATUSES).optional(),
        to: z.string().trim().max(200).optional(),
        kind: z.enum(MAIL_KINDS).optional(),
      }).default({ limit: 50 }),
    )
    .output(
      z.object({
        items: z.array(ZMailSchema),
        nextCursor: z.string().nullable(),
        total: z.number().int(),
        counts: z.record(z.enum(MAIL_STATUSES), z.number().int()),
      }),
    )
    .query(({ ctx, input }) => listOutbox(ctx.db, input)),

  /** Puts failed or held mails back in the queue (e.g. after the SMTP server was fixed). */
  retry: adminProcedure
    .use(nudgeMail)
    .input(z.object({ ids: z.array(ZIdSchema).min(1).max(200) }))
    .output(z.object({ queued: z.number().int() }))
    .mutation(async ({ ctx, input }) => ({ queued: await requeue(ctx.db, input.ids) })),
});
