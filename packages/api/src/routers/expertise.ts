/** The knowledge bank: expertise a State or a provider is willing to share. */
import { ZExpertiseInputSchema, isSecretariat } from "@tahub/domain";
import type { Prisma } from "@tahub/db";
import { z } from "zod";
import { assertCanActForProvider, assertCanActForState, visibleExpertise } from "../access.js";
import { audit } from "../audit.js";
import type { SessionUser } from "../auth/user.js";
import { notFound } from "../errors.js";
import { cursorPage, pageArgs } from "../lib/paging.js";
import { documentOf, searchReady, textWhere } from "../services/search.js";
import { authedProcedure, publicProcedure, router, ZPageSchema } from "../trpc.js";
import { ZPageOf } from "../schemas.js";

const ZIdInput = z.object({ id: z.string().min(1).max(64) });

export const ZExpertiseRowSchema = z.object({
  id: z.string(),
  state: z.string().nullable(),
  stateName: z.string().nullable(),
  providerId: z.string().nullable(),
  providerName: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  articles: z.array(z.number()),
  categories: z.array(z.string()),
  languages: z.array(z.string()),
  contact: z.string().nullable(),
  confidentiality: z.string(),
});

const expertiseSelect = {
  id: true,
  stateId: true,
  state: { select: { name: true } },
  providerId: true,
  provider: { select: { name: true } },
  title: true,
  description: true,
  articles: true,
  categories: true,
  languages: true,
  contact: true,
  confidentiality: true,
} satisfies Prisma.ExpertiseSelect;

const toExpertiseRow = (e: Prisma.ExpertiseGetPayload<{ select: typeof expertiseSelect }>) => ({
  id: e.id,
  state: e.stateId,
  stateName: e.state?.name ?? null,
  providerId: e.providerId,
  providerName: e.provider?.name ?? null,
  title: e.title,
  description: e.description,
  articles: e.articles,
  categories: e.categories,
  languages: e.languages,
  contact: e.contact,
  confidentiality: e.confidentiality,
});

/**
 * Contact details are for the people who act on them: signed-in providers, the secretariat and
 * whoever published the entry (issue 12: 46 knowledge-bank e-mails went to anonymous callers).
 */
function mayContact(
  user: SessionUser | null,
  owner: { stateId?: string | null; providerId?: string | null },
): boolean {
  if (!user) return false;
  if (user.role === "provider" || isSecretariat(user.role)) return true;
  return user.role === "state" && !!user.state && user.state === owner.stateId;
}

const withContact = (
  row: ReturnType<typeof toExpertiseRow>,
  user: SessionUser | null,
): ReturnType<typeof toExpertiseRow> =>
  mayContact(user, { stateId: row.state, providerId: row.providerId })
    ? row
    : { ...row, contact: null };

export const expertiseRouter = router({
  list: publicProcedure
    .input(
      z
        .object({
          article: z.number().int().min(1).max(71).optional(),
          state: z.string().max(3).optional(),
          q: z.string().max(200).optional(),
        })
        .extend(ZPageSchema.shape),
    )
    .output(ZPageOf(ZExpertiseRowSchema))
    .query(async ({ ctx, input }) => {
      const and: Prisma.ExpertiseWhereInput[] = [visibleExpertise(ctx.user)];
      if (input.article) and.push({ articles: { has: input.article } });
      if (input.state) and.push({ stateId: input.state.toUpperCase() });
      const text = textWhere("Expertise", input.q);
      if (text) {
        await searchReady(ctx);
        and.push(text);
      }
      const where = { AND: and };
      return cursorPage(
        input,
        ctx.db.expertise.findMany({
          where,
          select: expertiseSelect,
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          ...(await pageArgs(input, (id) =>
            ctx.db.expertise.count({ where: { AND: [where, { id }] } }),
          )),
        }),
        ctx.db.expertise.count({ where }),
        (e) => withContact(toExpertiseRow(e), ctx.user),
      );
    }),

  byId: publicProcedure
    .input(ZIdInput)
    .output(ZExpertiseRowSchema)
    .query(async ({ ctx, input }) => {
      const e = await ctx.db.expertise.findFirst({
        where: { AND: [{ id: input.id }, visibleExpertise(ctx.user)] },
        select: expertiseSelect,
      });
      if (!e) throw notFound("Knowledge-bank entry", input.id);
      return withContact(toExpertiseRow(e), ctx.user);
    }),

  /** A State or a provider publishes expertise it is willing to share. */
  create: authedProcedure
    .input(ZExpertiseInputSchema)
    .output(ZExpertiseRowSchema)
    .mutation(async ({ ctx, input }) => {
      if (input.state) assertCanActForState(ctx.user, input.state);
      if (input.providerId) assertCanActForProvider(ctx.user, input.providerId);
      const e = await ctx.db.$transaction(async (tx) => {
        const created = await tx.expertise.create({
          data: {
            stateId: input.state ?? null,
            providerId: input.providerId ?? null,
            title: input.title,
            description: input.description,
            articles: input.articles,
            categories: input.categories,
            languages: input.languages,
            contact: input.contact ?? null,
            confidentiality: input.confidentiality,
            search: documentOf("Expertise", input),
          },
          select: expertiseSelect,
        });
        await audit(tx, ctx.user, {
          action: "expertise.create",
          entity: "Expertise",
          entityId: created.id,
          after: input,
        });
        return created;
      });
      return toExpertiseRow(e);
    }),
});
