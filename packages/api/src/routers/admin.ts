/**
 * User and role management, for the admin role only (issue 15, deliverable 6): thin procedures
 * over `services/admin.ts`; every change is audited, and the last active admin stays.
 */
import {
  ZIdSchema,
  ZMembershipInputSchema,
  ZUserCreateSchema,
  ZUserFiltersSchema,
} from "@tahub/domain";
import { z } from "zod";
import {
  createUser,
  listUsers,
  setDisabled,
  setMembership,
  ZUserRowSchema,
} from "../services/admin.js";
import { adminProcedure, router, ZPageSchema } from "../trpc.js";

export const adminRouter = router({
  users: adminProcedure
    .input(ZUserFiltersSchema.extend(ZPageSchema.shape).default({ limit: 50 }))
    .output(
      z.object({
        items: z.array(ZUserRowSchema),
        nextCursor: z.string().nullable(),
        total: z.number().int(),
      }),
    )
    .query(({ ctx, input }) => listUsers(ctx.db, input)),

  createUser: adminProcedure
    .input(ZUserCreateSchema)
    .output(ZUserRowSchema)
    .mutation(({ ctx, input }) => createUser(ctx.db, ctx.user, input)),

  /** The user's one role, with the State or provider it acts for. */
  setRole: adminProcedure
    .input(z.object({ userId: ZIdSchema, membership: ZMembershipInputSchema }))
    .output(ZUserRowSchema)
    .mutation(({ ctx, input }) => setMembership(ctx.db, ctx.user, input.userId, input.membership)),

  setDisabled: adminProcedure
    .input(z.object({ userId: ZIdSchema, disabled: z.boolean() }))
    .output(ZUserRowSchema)
    .mutation(({ ctx, input }) => setDisabled(ctx.db, ctx.user, input.userId, input.disabled)),
});
