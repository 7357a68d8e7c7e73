/** The expert directory: CVs, consent to be listed, owner-only editing; its reads and writes. */
import {
  isSecretariat,
  regionOf,
  statesInGroup,
  type RegionalGroupId,
  type TExpertInput,
} from "@tahub/domain";
import type { Prisma } from "@tahub/db";
import { z } from "zod";
import { visibleExperts } from "../access.js";
import { audit } from "../audit.js";
import type { SessionUser } from "../auth/user.js";
import { fromDay, toDay } from "../lib/dates.js";
import { forbidden, notFound, staleVersion } from "../errors.js";
import type { Context } from "../context.js";
import type { DbClient } from "../db.js";
import type { PageInput } from "../lib/paging.js";
import { searchablePage } from "./listing.js";
import { documentOf, textWhere } from "./search.js";

/** The entries `user` keeps: its provider's; all for the secretariat; none for anyone else. */
function keptExperts(user: SessionUser | null): Prisma.ExpertWhereInput {
  if (user && isSecretariat(user.role)) return {};
  if (user?.role === "provider" && user.providerId) return { ownerProviderId: user.providerId };
  return { id: "" };
}

/** The owning provider and the secretariat keep an expert's entry (issue 12, H3; issue 15). */
function mayEditExpert(user: SessionUser | null, e: { ownerProviderId: string | null }): boolean {
  if (!user) return false;
  if (isSecretariat(user.role)) return true;
  return user.role === "provider" && !!user.providerId && user.providerId === e.ownerProviderId;
}

export const ZExpertRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  nationality: z.string().nullable(),
  currentPosition: z.string().nullable(),
  organization: z.string().nullable(),
  summary: z.string(),
  languages: z.array(z.string()),
  articles: z.array(z.number()),
  areas: z.array(z.string()),
  availableFrom: z.string().nullable(),
  daysPerYear: z.number().nullable(),
  consentToList: z.boolean(),
});
export const ZExpertDetailSchema = ZExpertRowSchema.extend({
  email: z.string().nullable(),
  education: z.array(z.object({ year: z.string(), degree: z.string(), institution: z.string() })),
  employment: z.array(
    z.object({
      from: z.string(),
      to: z.string().optional(),
      organization: z.string(),
      role: z.string(),
      description: z.string().optional(),
    }),
  ),
  assignments: z.array(
    z.object({
      from: z.string(),
      to: z.string().optional(),
      organization: z.string(),
      role: z.string(),
      description: z.string().optional(),
    }),
  ),
  publications: z.array(z.string()),
  consentDate: z.string().nullable(),
  /** The version an update must name (optimistic concurrency). */
  version: z.number().int().min(1),
  // donors (issue 15): the caller keeps this entry (its owning provider, or the secretariat)
  mayEdit: z.boolean(),
});

type ExpertRecord = Prisma.ExpertGetPayload<object>;
const toExpertRow = (e: ExpertRecord) => ({
  id: e.id,
  name: e.name,
  nationality: e.nationality,
  currentPosition: e.currentPosition,
  organization: e.organization,
  summary: e.summary,
  languages: e.languages,
  articles: e.articles,
  areas: e.areas,
  availableFrom: toDay(e.availableFrom),
  daysPerYear: e.daysPerYear,
  consentToList: e.consentToList,
});
const toExpertDetail = (e: ExpertRecord) => ({
  ...toExpertRow(e),
  email: e.email,
  education: e.education as z.infer<typeof ZExpertDetailSchema>["education"],
  employment: e.employment as z.infer<typeof ZExpertDetailSchema>["employment"],
  assignments: e.assignments as z.infer<typeof ZExpertDetailSchema>["assignments"],
  publications: e.publications,
  consentDate: toDay(e.consentDate),
  version: e.version,
  mayEdit: false,
});

export interface ExpertFilters extends PageInput {
  q?: string;
  article?: number;
  language?: string;
  nationality?: string;
  region?: RegionalGroupId;
  mine?: boolean;
  unlisted?: boolean;
}

/** One page of the experts the caller may see, by name. */
export function listExperts(ctx: Pick<Context, "db" | "services" | "user">, input: ExpertFilters) {
  const and: Prisma.ExpertWhereInput[] = [visibleExperts(ctx.user)];
  if (input.article) and.push({ articles: { has: input.article } });
  if (input.language) and.push({ languages: { has: input.language } });
  if (input.nationality) and.push({ nationality: input.nationality.toUpperCase() });
  if (input.region)
    and.push({ nationality: { in: statesInGroup(input.region).map((st) => st.iso3) } });
  if (input.mine) and.push(keptExperts(ctx.user));
  if (input.unlisted) and.push({ consentToList: false });
  return searchablePage(ctx, input, {
    filters: and,
    // Name, position, organisation, summary and areas, in any of the three languages.
    text: textWhere("Expert", input.q),
    findMany: (where, page) =>
      ctx.db.expert.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], ...page }),
    count: (where) => ctx.db.expert.count({ where }),
    idIs: (id) => ({ id }),
    map: toExpertRow,
  });
}

/** The listed experts `user` may see, per UN regional group and per nationality. */
export async function expertBalance(db: DbClient, user: SessionUser | null) {
  const rows = await db.expert.groupBy({
    by: ["nationality"],
    where: visibleExperts(user),
    _count: { _all: true },
  });
  const byRegion: Record<string, number> = {};
  let total = 0;
  for (const r of rows) {
    const region = (r.nationality && regionOf(r.nationality)) || "unknown";
    byRegion[region] = (byRegion[region] ?? 0) + r._count._all;
    total += r._count._all;
  }
  const byNationality = rows
    .flatMap((r) => (r.nationality ? [{ nationality: r.nationality, experts: r._count._all }] : []))
    .sort((a, b) => b.experts - a.experts || a.nationality.localeCompare(b.nationality));
  return { total, byRegion, byNationality };
}

export async function getExpert(db: DbClient, user: SessionUser | null, id: string) {
  const e = await db.expert.findFirst({ where: { AND: [{ id }, visibleExperts(user)] } });
  if (!e) throw notFound("Expert", id);
  const detail = toExpertDetail(e);
  // donors (issue 15, deliverable 4): an expert's address goes to no one but those who keep
  // the entry (its owning provider and the secretariat); others write through the platform
  // (messages.start), which delivers without showing it.
  const mayEdit = mayEditExpert(user, e);
  return mayEdit ? { ...detail, mayEdit } : { ...detail, email: null };
}

/** The columns a CV sets; consent to be listed is dated (today unless the CV says when). */
function expertData(x: TExpertInput) {
  return {
    name: x.name,
    nationality: x.nationality ?? null,
    email: x.email ?? null,
    currentPosition: x.currentPosition ?? null,
    organization: x.organization ?? null,
    summary: x.summary,
    languages: x.languages,
    articles: x.articles,
    areas: x.areas,
    education: x.education,
    employment: x.employment,
    assignments: x.assignments,
    publications: x.publications,
    availableFrom: fromDay(x.availability.from),
    daysPerYear: x.availability.daysPerYear ?? null,
    consentToList: x.consentToList,
    consentDate: x.consentToList
      ? fromDay(x.consentDate ?? new Date().toISOString().slice(0, 10))
      : null,
    search: documentOf("Expert", {
      name: x.name,
      currentPosition: x.currentPosition,
      organization: x.organization,
      summary: x.summary,
      areas: x.areas,
    }),
  };
}

type Tx = Prisma.TransactionClient;
type ExpertData = ReturnType<typeof expertData>;

/** Updates the entry `id` at `version`, kept by `user`; returns the state it replaced. */
async function updateKeptExpert(
  tx: Tx,
  user: SessionUser,
  input: { id: string; version?: number },
  data: ExpertData,
): Promise<ExpertRecord> {
  // Read in the writing transaction: the audit's `before` is the state this update replaced.
  const before = await tx.expert.findUnique({ where: { id: input.id } });
  // A provider changes only the entries it added (issue 12, H3): another provider's expert, or
  // one the secretariat added, answers NOT_FOUND like a missing one, so the call reveals nothing.
  if (
    !before ||
    (!isSecretariat(user.role) && (!user.providerId || before.ownerProviderId !== user.providerId))
  )
    throw notFound("Expert", input.id);
  if (before.version !== input.version) throw staleVersion("expert entry");
  // The UPDATE re-checks the version: a save committed after our read matches no row.
  const r = await tx.expert.updateMany({
    where: { id: input.id, version: input.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (r.count !== 1) throw staleVersion("expert entry");
  return before;
}

/** Creates a CV (owned by the caller's provider) or updates one the caller keeps. */
export async function upsertExpert(
  db: DbClient,
  user: SessionUser,
  input: { id?: string; version?: number; expert: TExpertInput },
) {
  if (user.role === "state")
    throw forbidden(
      "States publish expertise in the knowledge bank; experts are added by the secretariat or providers",
    );
  const x = input.expert;
  const data = expertData(x);
  const e = await db.$transaction(async (tx) => {
    const id = input.id;
    const before = id
      ? await updateKeptExpert(tx, user, { id, version: input.version }, data)
      : null;
    const saved = id
      ? await tx.expert.findUniqueOrThrow({ where: { id } })
      : await tx.expert.create({ data: { ...data, ownerProviderId: user.providerId ?? null } });
    // Consent is a fact about a person: record who switched it, and when (issue 12).
    if ((before?.consentToList ?? false) !== x.consentToList)
      await tx.expert.update({
        where: { id: saved.id },
        data: { consentRecordedById: user.id, consentRecordedAt: new Date() },
      });
    await audit(tx, user, {
      action: id ? "expert.update" : "expert.create",
      entity: "Expert",
      entityId: saved.id,
      ...(before ? { before: { ...toExpertDetail(before), email: undefined } } : {}),
      after: { ...x, email: undefined },
    });
    return saved;
  });
  return { ...toExpertDetail(e), mayEdit: true };
}
