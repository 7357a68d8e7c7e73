/**
 * Messages between a provider and a State or an expert (issue 15, deliverable 4): thin
 * procedures over `services/messages.ts` (and `services/expert-messages.ts`, the expert's link). No input or answer carries an e-mail address.
 */
import {
  ZExpertTokenSchema,
  ZIdSchema,
  ZMessageBodySchema,
  ZMessageReplySchema,
  ZMessageStartSchema,
} from "@tahub/domain";
import { z } from "zod";
import {
  getThread,
  listThreads,
  markThreadRead,
  replyToThread,
  startThread,
  unreadMessages,
} from "../services/messages.js";
import { expertReply, expertThread } from "../services/expert-messages.js";
import { authedProcedure, publicProcedure, router, ZPageSchema } from "../trpc.js";

const ZSide = z.enum(["provider", "state", "expert"]);

const ZThreadRowSchema = z.object({
  id: z.string(),
  subject: z.string(),
  providerId: z.string(),
  providerName: z.string(),
  /** The State addressed (ISO3), or null for a thread with an expert. */
  state: z.string().nullable(),
  expert: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Who answers for the expert: the expert (by mail), its owning provider, or the secretariat. */
  expertRoute: z.enum(["expert", "owner", "secretariat"]).nullable(),
  mySide: ZSide,
  unread: z.number().int(),
  createdAt: z.string(),
  lastMessageAt: z.string(),
  lastExcerpt: z.string().nullable(),
});

const ZThreadSchema = ZThreadRowSchema.extend({
  needId: z.string().nullable(),
  offerId: z.string().nullable(),
  engagementId: z.string().nullable(),
  messages: z.array(
    z.object({
      id: z.string(),
      side: ZSide,
      authorName: z.string().nullable(),
      mine: z.boolean(),
      body: z.string(),
      at: z.string(),
    }),
  ),
});

const ZThreadIdInput = z.object({ id: ZIdSchema });

export const messagesRouter = router({
  /** A provider's user writes to a State or an expert; answers the new thread. */
  start: authedProcedure
    .input(ZMessageStartSchema)
    .output(ZThreadSchema)
    .mutation(({ ctx, input }) => startThread(ctx.db, ctx.user, input)),

  reply: authedProcedure
    .input(ZMessageReplySchema)
    .output(ZThreadSchema)
    .mutation(({ ctx, input }) => replyToThread(ctx.db, ctx.user, input)),

  list: authedProcedure
    .input(ZPageSchema.extend({ unreadOnly: z.boolean().optional() }).default({ limit: 50 }))
    .output(
      z.object({
        items: z.array(ZThreadRowSchema),
        nextCursor: z.string().nullable(),
        total: z.number().int(),
      }),
    )
    .query(({ ctx, input }) => listThreads(ctx.db, ctx.user, input)),

  byId: authedProcedure
    .input(ZThreadIdInput)
    .output(ZThreadSchema)
    .query(({ ctx, input }) => getThread(ctx.db, ctx.user, input.id)),

  markRead: authedProcedure
    .input(ZThreadIdInput)
    .output(z.object({ unread: z.number().int() }))
    .mutation(async ({ ctx, input }) => ({
      unread: await markThreadRead(ctx.db, ctx.user, input.id),
    })),

  /** Unread messages, for the menu's count. */
  unread: authedProcedure
    .output(z.object({ unread: z.number().int() }))
    .query(async ({ ctx }) => ({ unread: await unreadMessages(ctx.db, ctx.user) })),

  /** An expert without an account reads the thread through the link mailed to them. */
  expertThread: publicProcedure
    .input(z.object({ token: ZExpertTokenSchema }))
    .output(
      z.object({
        subject: z.string(),
        providerName: z.string(),
        expertName: z.string(),
        messages: z.array(
          z.object({
            id: z.string(),
            side: ZSide,
            authorName: z.string().nullable(),
            body: z.string(),
            at: z.string(),
          }),
        ),
      }),
    )
    .query(({ ctx, input }) => expertThread(ctx.db, input.token)),

  /** ... and replies through it; the reply goes to the provider's users. */
  expertReply: publicProcedure
    .input(z.object({ token: ZExpertTokenSchema, body: ZMessageBodySchema }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(({ ctx, input }) => expertReply(ctx.db, input.token, input.body)),
});
