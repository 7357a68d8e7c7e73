/** Providers: procedures over services/providers.ts. */
import { ZProviderInputSchema } from "@tahub/domain";
import { z } from "zod";
import {
  createProvider,
  getProvider,
  listProviders,
  ZProviderRowSchema,
} from "../services/providers.js";
import { adminProcedure, publicProcedure, router } from "../trpc.js";

const ZIdInput = z.object({ id: z.string().min(1).max(64) });

export const providersRouter = router({
  list: publicProcedure
    .input(z.object({ kind: z.string().max(40).optional() }).default({}))
    .output(z.array(ZProviderRowSchema))
    .query(({ ctx, input }) => listProviders(ctx.db, ctx.user, input)),
  byId: publicProcedure
    .input(ZIdInput)
    .output(ZProviderRowSchema)
    .query(({ ctx, input }) => getProvider(ctx.db, ctx.user, input)),
  create: adminProcedure
    .input(ZProviderInputSchema)
    .output(ZProviderRowSchema)
    .mutation(({ ctx, input }) => createProvider(ctx.db, ctx.user, input)),
});
