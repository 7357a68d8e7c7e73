/** Batch import of needs (CSV, XLSX) and exports of visible records (CSV, JSON, IATI XML). */
import { MAX_FILENAME, MAX_UPLOAD_BYTES, providerTypeFor, tooLong } from "@tahub/domain";
import { z } from "zod";
import { visibleOffers } from "../access.js";
import { importNeeds } from "../domain/import.js";
import {
  iatiDocument,
  needsCsv,
  needToIati,
  offersCsv,
  offerToIati,
  type OfferExportRow,
} from "../domain/export.js";
import { needRowSelect, needWhere, toNeedRow } from "../domain/needs.js";
import { searchReady } from "../domain/search.js";
import { readTable } from "../domain/tabular.js";
import { toDay } from "../domain/dates.js";
import { AppError } from "../errors.js";
import { publicProcedure, router, secretariatProcedure } from "../trpc.js";
import { ZNeedFiltersSchema } from "./needs.js";

/** Base64 takes 4 characters per 3 bytes: the longest encoding of a file within the limit. */
const MAX_BASE64 = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4;

export const ZFileSchema = z.object({
  filename: z.string().min(1).max(MAX_FILENAME, tooLong("the file name", MAX_FILENAME)),
  /** The file's bytes, base64. Checked before decoding, so an oversize upload is never decoded. */
  contentBase64: z
    .string()
    .max(MAX_BASE64, `The file is larger than ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB`),
});

const ZExportSchema = z.object({
  filename: z.string(),
  contentType: z.string(),
  body: z.string(),
  count: z.number().int(),
});
const MAX_EXPORT = 100_000;

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

export const exportRouter = router({
  needs: publicProcedure
    .input(ZNeedFiltersSchema.extend({ format: z.enum(["csv", "json", "iati"]).default("csv") }))
    .output(ZExportSchema)
    .query(async ({ ctx, input }) => {
      if (input.q?.trim()) await searchReady(ctx);
      const records = await ctx.db.need.findMany({
        where: needWhere(ctx.user, input),
        select: { ...needRowSelect, createdAt: true },
        orderBy: { id: "asc" },
        take: MAX_EXPORT,
      });
      const rows = records.map(toNeedRow);
      const stamp = new Date().toISOString().slice(0, 10);
      if (input.format === "json")
        return {
          filename: `tahub-needs-${stamp}.json`,
          contentType: "application/json",
          body: JSON.stringify(rows),
          count: rows.length,
        };
      if (input.format === "iati")
        return {
          filename: `tahub-needs-${stamp}.iati.xml`,
          contentType: "application/xml",
          body: iatiDocument(
            rows.map((r, i) => needToIati(r, records[i]!.createdAt.toISOString().slice(0, 10))),
          ),
          count: rows.length,
        };
      return {
        filename: `tahub-needs-${stamp}.csv`,
        contentType: "text/csv",
        body: needsCsv(rows),
        count: rows.length,
      };
    }),

  offers: publicProcedure
    .input(
      z.object({
        format: z.enum(["csv", "json", "iati"]).default("csv"),
        status: z.enum(["open", "closed"]).optional(),
      }),
    )
    .output(ZExportSchema)
    .query(async ({ ctx, input }) => {
      const offers = await ctx.db.offer.findMany({
        where: { AND: [visibleOffers(ctx.user), input.status ? { status: input.status } : {}] },
        include: { provider: { select: { name: true, kind: true } } },
        orderBy: { id: "asc" },
        take: MAX_EXPORT,
      });
      const rows: OfferExportRow[] = offers.map((o) => ({
        id: o.id,
        providerName: o.provider.name,
        providerKind: o.provider.kind,
        title: o.title,
        description: o.description,
        modalities: o.modalities,
        articles: o.articles,
        categories: o.categories,
        regions: o.regions,
        languages: o.languages,
        periodFrom: toDay(o.periodFrom),
        periodTo: toDay(o.periodTo),
        recordedOn: o.createdAt.toISOString().slice(0, 10),
        status: o.status,
        southSouth: o.southSouth,
        confidentiality: o.confidentiality,
        // donors (issue 15, deliverable 4)
        genderResponsive: o.genderResponsive,
        providerType: o.providerType ?? providerTypeFor(o.provider.kind, o.regions),
        budgetMin: o.budgetMin === null ? null : Number(o.budgetMin),
        budgetMax: o.budgetMax === null ? null : Number(o.budgetMax),
        currency: o.currency,
        durationMonths: o.durationMonths,
      }));
      const stamp = new Date().toISOString().slice(0, 10);
      if (input.format === "json")
        return {
          filename: `tahub-offers-${stamp}.json`,
          contentType: "application/json",
          body: JSON.stringify(rows),
          count: rows.length,
        };
      if (input.format === "iati")
        return {
          filename: `tahub-offers-${stamp}.iati.xml`,
          contentType: "application/xml",
          body: iatiDocument(rows.map((r) => offerToIati(r))),
          count: rows.length,
        };
      return {
        filename: `tahub-offers-${stamp}.csv`,
        contentType: "text/csv",
        body: offersCsv(rows),
        count: rows.length,
      };
    }),
});
