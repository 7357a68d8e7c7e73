/**
 * Exports of the records the caller may read: needs and offers as CSV, JSON or IATI XML
 * (the serialisers are lib/export.ts).
 */
import { providerTypeFor } from "@tahub/domain";
import { visibleOffers } from "../access.js";
import type { SessionUser } from "../auth/user.js";
import type { Context } from "../context.js";
import type { DbClient } from "../db.js";
import {
  iatiDocument,
  needsCsv,
  needToIati,
  offersCsv,
  offerToIati,
  type OfferExportRow,
} from "../lib/export.js";
import { must } from "../lib/must.js";
import { needRowSelect, needWhere, toNeedRow, type NeedFilters } from "./needs.js";
import { offerContent } from "./offers.js";
import { searchReady } from "./search.js";

const MAX_EXPORT = 100_000;
type Format = "csv" | "json" | "iati";

export async function exportNeeds(
  ctx: Pick<Context, "db" | "services" | "user">,
  input: NeedFilters & { format: Format },
) {
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
        rows.map((r, i) => needToIati(r, must(records[i]).createdAt.toISOString().slice(0, 10))),
      ),
      count: rows.length,
    };
  return {
    filename: `tahub-needs-${stamp}.csv`,
    contentType: "text/csv",
    body: needsCsv(rows),
    count: rows.length,
  };
}

export async function exportOffers(
  db: DbClient,
  user: SessionUser | null,
  input: { format: Format; status?: "open" | "closed" },
) {
  const offers = await db.offer.findMany({
    where: { AND: [visibleOffers(user), input.status ? { status: input.status } : {}] },
    include: { provider: { select: { name: true, kind: true } } },
    orderBy: { id: "asc" },
    take: MAX_EXPORT,
  });
  const rows: OfferExportRow[] = offers.map((o) => ({
    id: o.id,
    providerName: o.provider.name,
    providerKind: o.provider.kind,
    ...offerContent(o),
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
}
