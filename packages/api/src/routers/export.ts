/** Exports of the records the caller may read: needs and offers as CSV, JSON or IATI XML. */
import { z } from "zod";
import { exportNeeds, exportOffers } from "../services/exports.js";
import { publicProcedure, router } from "../trpc.js";
import { ZNeedFiltersSchema } from "./needs.js";

const ZExportSchema = z.object({
  filename: z.string(),
  contentType: z.string(),
  body: z.string(),
  count: z.number().int(),
});

export const exportRouter = router({
  needs: publicProcedure
    .input(ZNeedFiltersSchema.extend({ format: z.enum(["csv", "json", "iati"]).default("csv") }))
    .output(ZExportSchema)
    .query(({ ctx, input }) => exportNeeds(ctx, input)),

  offers: publicProcedure
    .input(
      z.object({
        format: z.enum(["csv", "json", "iati"]).default("csv"),
        status: z.enum(["open", "closed"]).optional(),
      }),
    )
    .output(ZExportSchema)
    .query(({ ctx, input }) => exportOffers(ctx.db, ctx.user, input)),
});
