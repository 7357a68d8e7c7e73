/** Batch import of needs (CSV, XLSX): all or nothing. */
import { importNeeds } from "../services/import.js";
import { readTable } from "../lib/tabular.js";
import { AppError } from "../errors.js";
import { ZFileSchema } from "../schemas.js";
import { router, secretariatProcedure } from "../trpc.js";
import { z } from "zod";

export const importRouter = router({
  /** All or nothing: every bad row is reported in `error.data.details.rows` and nothing is stored. */
  needs: secretariatProcedure
    .input(ZFileSchema)
    .output(z.object({ imported: z.number().int() }))
    .mutation(async ({ ctx, input }) => {
      const buf = Buffer.from(input.contentBase64, "base64");
      if (!buf.length) throw new AppError("BAD_INPUT", "The file is empty", "contentBase64");
      const rows = await readTable(input.filename, buf);
      return importNeeds(ctx.db, ctx.services, ctx.user, input.filename, rows);
    }),
});
