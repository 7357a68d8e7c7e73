/**
 * One search box across the platform. Names (States, providers, experts, article titles) are
 * looked up fuzzily so typos still find them; free text (needs, offers, knowledge bank) by
 * substring on the trigram-indexed columns, always through the caller's visibility filters.
 */
import { findArticles, findNames, findStates } from "@tahub/engine";
import { z } from "zod";
import { visibleExpertise, visibleExperts, visibleNeeds, visibleOffers } from "../access.js";
import { publicProcedure, router } from "../trpc.js";

const ZHitSchema = z.object({
  kind: z.enum(["need", "offer", "expertise", "expert", "state", "provider", "article"]),
  id: z.string(),
  title: z.string(),
  subtitle: z.string(),
  score: z.number(),
});
type Hit = z.infer<typeof ZHitSchema>;

const clip = (s: string, n = 120) => (s.length > n ? s.slice(0, n - 1) + "…" : s);

export const searchRouter = router({
  global: publicProcedure
    .input(
      z.object({
        q: z.string().trim().min(1).max(100),
        limit: z.number().int().min(1).max(50).default(20),
      }),
    )
    .output(z.array(ZHitSchema))
    .query(async ({ ctx, input }) => {
      const q = input.q;
      const contains = { contains: q, mode: "insensitive" as const };
      const [needs, offers, expertise, providers, experts] = await Promise.all([
        ctx.db.need.findMany({
          where: { AND: [visibleNeeds(ctx.user), { text: contains }] },
          select: { id: true, text: true, state: { select: { name: true } } },
          take: 5,
        }),
        ctx.db.offer.findMany({
          where: {
            AND: [
              visibleOffers(ctx.user),
              { OR: [{ title: contains }, { description: contains }] },
            ],
          },
          select: { id: true, title: true, provider: { select: { name: true } } },
          take: 5,
        }),
        ctx.db.expertise.findMany({
          where: {
            AND: [
              visibleExpertise(ctx.user),
              { OR: [{ title: contains }, { description: contains }] },
            ],
          },
          select: {
            id: true,
            title: true,
            state: { select: { name: true } },
            provider: { select: { name: true } },
          },
          take: 5,
        }),
        ctx.db.provider.findMany({ select: { id: true, name: true, kind: true } }),
        ctx.db.expert.findMany({
          where: visibleExperts(ctx.user),
          select: { id: true, name: true, organization: true, currentPosition: true },
        }),
      ]);
      const hits: Hit[] = [
        ...findStates(q, 5).map((h) => ({
          kind: "state" as const,
          id: h.item.iso3,
          title: h.item.name,
          subtitle: h.item.subregion,
          score: h.score,
        })),
        ...findArticles(q, 5).map((h) => ({
          kind: "article" as const,
          id: String(h.item.number),
          title: `Art. ${h.item.number} ${h.item.title}`,
          subtitle: `Chapter ${h.item.chapter}`,
          score: h.score,
        })),
        ...findNames(providers, q, { limit: 5 }).map((h) => ({
          kind: "provider" as const,
          id: h.item.id,
          title: h.item.name,
          subtitle: h.item.kind,
          score: h.score,
        })),
        ...findNames(experts, q, { limit: 5, keys: ["name", "organization"] }).map((h) => ({
          kind: "expert" as const,
          id: h.item.id,
          title: h.item.name,
          subtitle: [h.item.currentPosition, h.item.organization].filter(Boolean).join(", "),
          score: h.score,
        })),
        // Substring hits are exact matches of the query: rank them with the best fuzzy hits.
        ...needs.map((n) => ({
          kind: "need" as const,
          id: n.id,
          title: clip(n.text),
          subtitle: n.state.name,
          score: 0.9,
        })),
        ...offers.map((o) => ({
          kind: "offer" as const,
          id: o.id,
          title: o.title,
          subtitle: o.provider.name,
          score: 0.9,
        })),
        ...expertise.map((e) => ({
          kind: "expertise" as const,
          id: e.id,
          title: e.title,
          subtitle: e.state?.name ?? e.provider?.name ?? "",
          score: 0.85,
        })),
      ];
      return hits.sort((a, b) => b.score - a.score).slice(0, input.limit);
    }),
});
