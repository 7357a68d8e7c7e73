/**
 * The draft note (issue 14, part 3): the analytical part of the secretariat's note on technical
 * assistance needs as at a day, as an editable Word document or Markdown. The secretariat's:
 * it counts every record, restricted ones included, as the published figures do (the public
 * reads the same figures, disclosed, through `analytics.*`).
 */
import { ZAnalyticsQuerySchema } from "@tahub/domain";
import { z } from "zod";
import { buildNote, noteToDocx, noteToMarkdown } from "../report/index.js";
import { router, secretariatProcedure } from "../trpc.js";

const ZNoteInputSchema = z
  .object({
    asAt: ZAnalyticsQuerySchema.shape.asAt.unwrap(),
    periods: ZAnalyticsQuerySchema.shape.periods,
    partiesAsAt: ZAnalyticsQuerySchema.shape.partiesAsAt,
    format: z.enum(["docx", "md"]).default("docx"),
  })
  .strict();

const ZNoteFileSchema = z.object({
  filename: z.string(),
  contentType: z.string(),
  /** The file: base64 for DOCX, text for Markdown (say which in `encoding`). */
  body: z.string(),
  encoding: z.enum(["utf8", "base64"]),
});

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const reportRouter = router({
  note: secretariatProcedure
    .input(ZNoteInputSchema)
    .output(ZNoteFileSchema)
    .query(async ({ ctx, input }) => {
      const key = `report.note:${JSON.stringify(input)}`;
      return ctx.services.reads.get(await ctx.services.dataVersion(ctx.db), key, async () => {
        const note = await buildNote(ctx.db, {
          asAt: input.asAt,
          ...(input.periods ? { periods: input.periods } : {}),
          ...(input.partiesAsAt ? { partiesAsAt: input.partiesAsAt } : {}),
        });
        const name = `tahub-note-${input.asAt}`;
        return input.format === "docx"
          ? {
              filename: `${name}.docx`,
              contentType: DOCX,
              body: (await noteToDocx(note)).toString("base64"),
              encoding: "base64" as const,
            }
          : {
              filename: `${name}.md`,
              contentType: "text/markdown",
              body: noteToMarkdown(note),
              encoding: "utf8" as const,
            };
      });
    }),
});
