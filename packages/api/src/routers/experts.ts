/** The expert directory: CVs, consent to be listed, owner-only editing. */
import {
  ZExpertInputSchema,
  ZRegionalGroupSchema,
  isSecretariat,
  regionOf,
  statesInGroup,
} from "@tahub/domain";
import type { Prisma } from "@tahub/db";
import { z } from "zod";
import { visibleExperts } from "../access.js";
import { audit } from "../audit.js";
import type { SessionUser } from "../auth/user.js";
import { fromDay, toDay } from "../lib/dates.js";
import { forbidden, notFound, staleVersion } from "../errors.js";
import { cursorPage, pageArgs } from "../lib/paging.js";
import { documentOf, searchReady, textWhere } from "../services/search.js";
import { authedProcedure, publicProcedure, router, ZPageSchema } from "../trpc.js";
import { ZPageOf } from "../schemas.js";

const ZIdInput = z.object({ id: z.string().min(1).max(64) });

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

export const expertsRouter = router({
  list: publicProcedure
    .input(
      z
        .object({
          q: z.string().max(200).optional(),
          article: z.number().int().min(1).max(71).optional(),
          language: z.string().max(2).optional(),
          /** ISO3 of the expert's nationality. */
          nationality: z.string().length(3).optional(),
          /** The UN regional group of the expert's nationality (geographic balance). */
          region: ZRegionalGroupSchema.optional(),
          // donors (issue 15): the entries the caller keeps (its provider's; the secretariat's:
          // all), and the unlisted ones among what the caller may see (no consent recorded).
          mine: z.boolean().optional(),
          unlisted: z.boolean().optional(),
        })
        .extend(ZPageSchema.shape),
    )
    .output(ZPageOf(ZExpertRowSchema))
    .query(async ({ ctx, input }) => {
      const and: Prisma.ExpertWhereInput[] = [visibleExperts(ctx.user)];
      if (input.article) and.push({ articles: { has: input.article } });
      if (input.language) and.push({ languages: { has: input.language } });
      if (input.nationality) and.push({ nationality: input.nationality.toUpperCase() });
      if (input.region)
        and.push({ nationality: { in: statesInGroup(input.region).map((st) => st.iso3) } });
      if (input.mine) and.push(keptExperts(ctx.user));
      if (input.unlisted) and.push({ consentToList: false });
      // Name, position, organisation, summary and areas, in any of the three languages.
      const text = textWhere("Expert", input.q);
      if (text) {
        await searchReady(ctx);
        and.push(text);
      }
      const where = { AND: and };
      return cursorPage(
        input,
        ctx.db.expert.findMany({
          where,
          orderBy: [{ name: "asc" }, { id: "asc" }],
          ...(await pageArgs(input, (id) =>
            ctx.db.expert.count({ where: { AND: [where, { id }] } }),
          )),
        }),
        ctx.db.expert.count({ where }),
        toExpertRow,
      );
    }),

  /**
   * Geographic balance of the directory (2009 working-group report, para 24): the listed experts
   * the caller may see, per UN regional group of their nationality and per nationality.
   */
  balance: publicProcedure
    .output(
      z.object({
        total: z.number().int(),
        byRegion: z.record(z.string(), z.number().int()),
        byNationality: z.array(z.object({ nationality: z.string(), experts: z.number().int() })),
      }),
    )
    .query(async ({ ctx }) => {
      const rows = await ctx.db.expert.groupBy({
        by: ["nationality"],
        where: visibleExperts(ctx.user),
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
        .filter((r) => r.nationality)
        .map((r) => ({ nationality: r.nationality!, experts: r._count._all }))
        .sort((a, b) => b.experts - a.experts || a.nationality.localeCompare(b.nationality));
      return { total, byRegion, byNationality };
    }),

  byId: publicProcedure
    .input(ZIdInput)
    .output(ZExpertDetailSchema)
    .query(async ({ ctx, input }) => {
      const e = await ctx.db.expert.findFirst({
        where: { AND: [{ id: input.id }, visibleExperts(ctx.user)] },
      });
      if (!e) throw notFound("Expert", input.id);
      const detail = toExpertDetail(e);
      // donors (issue 15, deliverable 4): an expert's address goes to no one but those who keep
      // the entry (its owning provider and the secretariat); others write through the platform
      // (messages.start), which delivers without showing it.
      const mayEdit = mayEditExpert(ctx.user, e);
      return mayEdit ? { ...detail, mayEdit } : { ...detail, email: null };
    }),

  /** Create or update a CV. Listing requires the expert's consent, recorded with its date. */
  upsert: authedProcedure
    .input(
      z
        .object({
          id: z.string().max(64).optional(),
          /** With `id`: the version the caller read (experts.byId); a stale one answers CONFLICT. */
          version: z.number().int().min(1).optional(),
          expert: ZExpertInputSchema,
        })
        .refine((i) => !i.id || i.version !== undefined, {
          message: "an update names the version it read",
          path: ["version"],
        }),
    )
    .output(ZExpertDetailSchema)
    .mutation(async ({ ctx, input }) => {
      if (ctx.user.role === "state")
        throw forbidden(
          "States publish expertise in the knowledge bank; experts are added by the secretariat or providers",
        );
      const x = input.expert;
      const data = {
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
      const e = await ctx.db.$transaction(async (tx) => {
        let before: ExpertRecord | null = null;
        if (input.id) {
          // Read in the writing transaction: the audit's `before` is the state this update replaced.
          before = await tx.expert.findUnique({ where: { id: input.id } });
          // A provider changes only the entries it added (issue 12, H3): another provider's
          // expert, or one the secretariat added, answers NOT_FOUND like a missing one, so the
          // call reveals nothing about it.
          if (
            !before ||
            (!isSecretariat(ctx.user.role) &&
              (!ctx.user.providerId || before.ownerProviderId !== ctx.user.providerId))
          )
            throw notFound("Expert", input.id);
          if (before.version !== input.version) throw staleVersion("expert entry");
          // The UPDATE re-checks the version: a save committed after our read matches no row.
          const r = await tx.expert.updateMany({
            where: { id: input.id, version: input.version },
            data: { ...data, version: { increment: 1 } },
          });
          if (r.count !== 1) throw staleVersion("expert entry");
        }
        const saved = input.id
          ? await tx.expert.findUniqueOrThrow({ where: { id: input.id } })
          : await tx.expert.create({
              data: { ...data, ownerProviderId: ctx.user.providerId ?? null },
            });
        // Consent is a fact about a person: record who switched it, and when (issue 12).
        if ((before?.consentToList ?? false) !== x.consentToList)
          await tx.expert.update({
            where: { id: saved.id },
            data: { consentRecordedById: ctx.user.id, consentRecordedAt: new Date() },
          });
        await audit(tx, ctx.user, {
          action: input.id ? "expert.update" : "expert.create",
          entity: "Expert",
          entityId: saved.id,
          ...(before ? { before: { ...toExpertDetail(before), email: undefined } } : {}),
          after: { ...x, email: undefined },
        });
        return saved;
      });
      return { ...toExpertDetail(e), mayEdit: true };
    }),
});
