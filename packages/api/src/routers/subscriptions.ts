/**
 * Subscriptions to new needs and offers matching saved criteria (issue 15, deliverable 2):
 * thin procedures over src/mail/subscriptions.ts, which also holds the jobs that notify, and
 * services/subscription-feed.ts.
 */
import {
  CATEGORY_IDS,
  CYCLE1_CATEGORY_IDS,
  getState,
  REGIONAL_GROUP_IDS,
  ZIdSchema,
} from "@tahub/domain";
import { z } from "zod";
import {
  createSubscription,
  listSubscriptions,
  removeSubscription,
  SUBSCRIPTION_FREQUENCIES,
  SUBSCRIPTION_TARGETS,
} from "../mail/subscriptions.js";
import { ZNeedRowSchema } from "../schemas.js";
import { subscriptionFeed } from "../services/subscription-feed.js";
import { authedProcedure, router } from "../trpc.js";

const ZCriteriaSchema = z
  .object({
    target: z.enum(SUBSCRIPTION_TARGETS),
    frequency: z.enum(SUBSCRIPTION_FREQUENCIES).default("immediate"),
    articles: z.array(z.number().int().min(1).max(71)).max(71).default([]),
    categories: z
      .array(z.enum([...CATEGORY_IDS, ...CYCLE1_CATEGORY_IDS]))
      .max(20)
      .default([]),
    regions: z.array(z.enum(REGIONAL_GROUP_IDS)).max(5).default([]),
    states: z
      .array(
        z
          .string()
          .max(8)
          .transform((s) => s.trim().toUpperCase())
          .refine((s) => !!getState(s), "not a State party (ISO 3166 alpha-3 code)"),
      )
      .max(200)
      .default([]),
    text: z.string().trim().max(200).nullish(),
  })
  .refine(
    (c) =>
      c.articles.length + c.categories.length + c.regions.length + c.states.length > 0 || !!c.text,
    { message: "choose at least one criterion", path: ["articles"] },
  );

const ZSubscriptionSchema = z.object({
  id: z.string(),
  target: z.enum(SUBSCRIPTION_TARGETS),
  frequency: z.enum(SUBSCRIPTION_FREQUENCIES),
  articles: z.array(z.number().int()),
  categories: z.array(z.string()),
  regions: z.array(z.string()),
  states: z.array(z.string()),
  text: z.string().nullable(),
  createdAt: z.string(),
});

export const subscriptionsRouter = router({
  /** The caller's subscriptions, oldest first. */
  list: authedProcedure
    .output(z.array(ZSubscriptionSchema))
    .query(({ ctx }) => listSubscriptions(ctx.db, ctx.user)),

  /** Saves criteria: new matching records notify from now on (immediately or in the daily digest). */
  create: authedProcedure
    .input(ZCriteriaSchema)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => createSubscription(ctx.db, ctx.user, input)),

  remove: authedProcedure
    .input(z.object({ id: ZIdSchema }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await removeSubscription(ctx.db, ctx.user, input.id);
      return { ok: true as const };
    }),

  /** New needs matching any of the caller's need subscriptions since it was saved, newest first. */
  feed: authedProcedure
    .input(z.object({ limit: z.number().int().min(1).max(100).default(30) }).default({ limit: 30 }))
    .output(z.array(ZNeedRowSchema.extend({ matched: z.array(z.string()) })))
    .query(({ ctx, input }) => subscriptionFeed(ctx.db, ctx.user, input)),
});
