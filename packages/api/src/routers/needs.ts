import {
  ZArticlesSchema,
  ZCategorySchema,
  ZChapterSchema,
  ZConfidentialitySchema,
  ZIso3Schema,
  ZNeedInputSchema,
  ZNeedStatusSchema,
  ZRegionalGroupSchema,
  ZTextSchema,
} from "@tahub/domain";
import { z } from "zod";
import { assertCanActForState } from "../access.js";
import { DUPLICATE_AT, nearDuplicates } from "../services/duplicates.js";
import { listNeeds } from "../services/need-list.js";
import {
  createNeed,
  getNeedDetail,
  setNeedStatus,
  updateNeed,
  ZVersionedNeedDetailSchema,
} from "../services/needs.js";
import { ZNeedRowSchema, ZPageOf } from "../schemas.js";
import {
  needHistory,
  REVISED_FIELDS,
  REVISION_KINDS,
  withdrawNeed,
} from "../services/need-revisions.js";
import { publicProcedure, router, stateProcedure, ZPageSchema } from "../trpc.js";

export const ZNeedFiltersSchema = z.object({
  cycle: z.union([z.literal(1), z.literal(2)]).optional(),
  chapter: ZChapterSchema.optional(),
  article: z.number().int().min(1).max(71).optional(),
  category: ZCategorySchema.optional(),
  region: ZRegionalGroupSchema.optional(),
  state: ZIso3Schema.optional(),
  status: ZNeedStatusSchema.optional(),
  confidentiality: ZConfidentialitySchema.optional(),
  q: z.string().max(200).optional(),
  needsReview: z.boolean().optional(),
});

/** States (issue 15): a need's revisions, for needs.history. */
const ZNeedHistorySchema = z.object({
  withdrawnOn: z.string().nullable(),
  revisions: z.array(
    z.object({
      kind: z.enum(REVISION_KINDS),
      version: z.number().int(),
      at: z.string(),
      by: z.string().nullable(),
      reason: z.string().nullable(),
      changes: z.array(
        z.object({ field: z.enum(REVISED_FIELDS), before: z.unknown(), after: z.unknown() }),
      ),
    }),
  ),
});

export const needsRouter = router({
  list: publicProcedure
    .input(
      ZNeedFiltersSchema.extend(ZPageSchema.shape).extend({
        sort: z.enum(["identifiedOn", "state", "category", "status", "created"]).default("created"),
        order: z.enum(["asc", "desc"]).default("desc"),
      }),
    )
    .output(ZPageOf(ZNeedRowSchema))
    .query(({ ctx, input }) => listNeeds(ctx, input)),

  byId: publicProcedure
    .input(z.object({ id: z.string().min(1).max(64) }))
    .output(ZVersionedNeedDetailSchema)
    .query(({ ctx, input }) => getNeedDetail(ctx.db, ctx.user, input.id)),

  /**
   * Needs of `state` whose wording nearly duplicates `text` (similarity >= 0.5), among those the
   * caller may read: the new-need form warns before saving. `create` stays allowed.
   */
  duplicates: stateProcedure
    .input(z.object({ state: ZIso3Schema, text: ZTextSchema }))
    .output(
      z.object({
        threshold: z.number(),
        needs: z.array(
          z.object({
            id: z.string(),
            excerpt: z.string(),
            status: z.string(),
            similarity: z.number(),
          }),
        ),
      }),
    )
    .query(async ({ ctx, input }) => {
      // Like `create`: a focal point checks its own State's needs only.
      assertCanActForState(ctx.user, input.state);
      return {
        threshold: DUPLICATE_AT,
        needs: await nearDuplicates(ctx, input.state, input.text),
      };
    }),

  create: stateProcedure
    .input(ZNeedInputSchema)
    .output(ZVersionedNeedDetailSchema)
    .mutation(({ ctx, input }) => createNeed(ctx.db, ctx.services, ctx.user, input)),

  update: stateProcedure
    .input(
      z.object({
        id: z.string().min(1).max(64),
        /** The version the caller read (needs.byId): a stale one answers CONFLICT. */
        version: z.number().int().min(1),
        text: ZTextSchema.optional(),
        articles: ZArticlesSchema.optional(),
        confidentiality: ZConfidentialitySchema.optional(),
        genderResponsive: z.boolean().optional(),
        sourceRef: z.string().max(500).optional(),
      }),
    )
    .output(ZVersionedNeedDetailSchema)
    .mutation(({ ctx, input: { id, version, ...patch } }) =>
      updateNeed(ctx.db, ctx.services, ctx.user, id, version, patch),
    ),

  setStatus: stateProcedure
    .input(
      z.object({
        id: z.string().min(1).max(64),
        status: ZNeedStatusSchema,
        note: z.string().max(2000).optional(),
      }),
    )
    .output(ZVersionedNeedDetailSchema)
    .mutation(({ ctx, input }) =>
      setNeedStatus(ctx.db, ctx.user, input.id, input.status, input.note),
    ),

  // ---- States (issue 15, deliverable 3; docs/states.md): history and withdrawal.
  /** Every revision of a need (edits, withdrawal, accepted corrections): its State and the secretariat. */
  history: stateProcedure
    .input(z.object({ id: z.string().min(1).max(64) }))
    .output(ZNeedHistorySchema)
    .query(({ ctx, input }) => needHistory(ctx.db, ctx.user, input.id)),

  /** Withdraws a need, with a reason (final): it leaves matching and other readers' lists. */
  withdraw: stateProcedure
    .input(
      z.object({
        id: z.string().min(1).max(64),
        version: z.number().int().min(1),
        reason: z.string().trim().min(3).max(2000),
      }),
    )
    .output(ZVersionedNeedDetailSchema)
    .mutation(async ({ ctx, input }) => {
      await withdrawNeed(ctx.db, ctx.user, input.id, input.version, input.reason);
      return getNeedDetail(ctx.db, ctx.user, input.id);
    }),
  // ---- end States
});
