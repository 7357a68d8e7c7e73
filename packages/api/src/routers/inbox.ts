import { z } from "zod";
import { ENGAGEMENT_STATUSES, NEED_STATUSES, NOTIFICATION_KINDS, ZIdSchema } from "@tahub/domain";
import { listInbox, markRead, unreadCount } from "../services/notifications.js";
import { authedProcedure, router, ZPageSchema } from "../trpc.js";

const ZStatus = z.enum(ENGAGEMENT_STATUSES).nullable();

/** One notification, as data the portal words in the reader's language. */
const ZNotificationSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  read: z.boolean(),
  createdAt: z.string(),
  // notifications & mail: a subscription's match names a need or an offer, a questionnaire
  // reminder its deadline; the engagement fields are null for them.
  engagementId: z.string().nullable(),
  engagementStatus: z.enum(ENGAGEMENT_STATUSES).nullable(),
  needId: z.string().nullable(),
  offerId: z.string().nullable(),
  state: z.string().nullable(),
  /** The need's text, or the offer's title, shortened ("" for a reminder). */
  needExcerpt: z.string(),
  providerName: z.string().nullable(),
  deadline: z.string().nullable(),
  from: ZStatus,
  to: ZStatus,
  needStatus: z.enum(NEED_STATUSES).nullable(),
  /** Overlap warnings: the other providers already supporting the need. */
  otherProviders: z.array(z.string()),
  party: z.enum(["state", "provider", "secretariat"]).nullable(),
  message: z.string().nullable(),
});

export const inboxRouter = router({
  /** The caller's notifications, newest first, with the unread count. */
  list: authedProcedure
    .input(ZPageSchema.extend({ unreadOnly: z.boolean().optional() }).default({ limit: 50 }))
    .output(
      z.object({
        items: z.array(ZNotificationSchema),
        nextCursor: z.string().nullable(),
        total: z.number().int(),
        unread: z.number().int(),
      }),
    )
    .query(({ ctx, input }) => listInbox(ctx.db, ctx.user, input)),

  /** The unread count the portal's menu shows. */
  unread: authedProcedure
    .output(z.object({ unread: z.number().int() }))
    .query(async ({ ctx }) => ({ unread: await unreadCount(ctx.db, ctx.user) })),

  /** Marks the given notifications (or all of them) read; answers the new unread count. */
  markRead: authedProcedure
    .input(
      z
        .object({
          ids: z.array(ZIdSchema).max(200, "at most 200 notifications").optional(),
          all: z.boolean().optional(),
        })
        .refine((i) => i.all || !!i.ids?.length, {
          message: "name the notifications, or all",
          path: ["ids"],
        }),
    )
    .output(z.object({ unread: z.number().int() }))
    .mutation(async ({ ctx, input }) => ({ unread: await markRead(ctx.db, ctx.user, input) })),
});
