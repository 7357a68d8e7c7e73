/**
 * One search box across the platform. Names (States in EN/FR/ES, providers, experts, article
 * titles) are looked up fuzzily so typos still find them; free text (needs, offers, knowledge
 * bank, experts' CVs) through the same accent-, stem- and concept-aware filter as the lists
 * (services/search.ts), always through the caller's visibility filters.
 *
 * Hits carry ids (`state`, `article`, `chapter`, `providerKind`) besides their English
 * subtitle, so the portal can word them in the reader's language.
 */
import { findArticles, findNames, findStates } from "@tahub/engine";
import { z } from "zod";
import { visibleExpertise, visibleExperts, visibleNeeds, visibleOffers } from "../access.js";
import { searchReady, textWhere } from "../services/search.js";
import { publicProcedure, router } from "../trpc.js";
import { must } from "../lib/must.js";

const ZHitSchema = z.object({
  kind: z.enum(["need", "offer", "expertise", "expert", "state", "provider", "article"]),
  id: z.string(),
  title: z.string(),
  subtitle: z.string(),
  score: z.number(),
  /** The State the hit is, or belongs to (ISO3). */
  state: z.string().optional(),
  article: z.number().int().optional(),
  chapter: z.string().optional(),
  providerKind: z.string().optional(),
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
      await searchReady(ctx);
      const needText = must(textWhere("Need", q));
      const offerText = must(textWhere("Offer", q));
      const expertiseText = must(textWhere("Expertise", q));
      const expertText = must(textWhere("Expert", q));
      const expertSelect = { id: true, name: true, organization: true, currentPosition: true };
      const [needs, offers, expertise, providers, experts, expertsByText] = await Promise.all([
        ctx.db.need.findMany({
          where: { AND: [visibleNeeds(ctx.user), needText] },
          select: { id: true, text: true, stateId: true, state: { select: { name: true } } },
          orderBy: { createdAt: "desc" },
          take: 5,
        }),
        ctx.db.offer.findMany({
          where: { AND: [visibleOffers(ctx.user), offerText] },
          select: { id: true, title: true, provider: { select: { name: true } } },
          orderBy: { createdAt: "desc" },
          take: 5,
        }),
        ctx.db.expertise.findMany({
          where: { AND: [visibleExpertise(ctx.user), expertiseText] },
          select: {
            id: true,
            title: true,
            stateId: true,
            state: { select: { name: true } },
            provider: { select: { name: true } },
          },
          orderBy: { createdAt: "desc" },
          take: 5,
        }),
        ctx.db.provider.findMany({ select: { id: true, name: true, kind: true, stateId: true } }),
        ctx.db.expert.findMany({ where: visibleExperts(ctx.user), select: expertSelect }),
        // Experts by what their CV says ("recouvrement des avoirs" finds an asset-recovery
        // specialist), not only by name.
        ctx.db.expert.findMany({
          where: { AND: [visibleExperts(ctx.user), expertText] },
          select: expertSelect,
          orderBy: { name: "asc" },
          take: 5,
        }),
      ]);
      const byName = findNames(experts, q, { limit: 5, keys: ["name", "organization"] });
      const named = new Set(byName.map((h) => h.item.id));
      const expertHits = [
        ...byName,
        ...expertsByText.filter((e) => !named.has(e.id)).map((item) => ({ item, score: 0.85 })),
      ].slice(0, 5);
      const hits: Hit[] = [
        ...findStates(q, 5).map((h) => ({
          kind: "state" as const,
          id: h.item.iso3,
          title: h.item.name,
          subtitle: h.item.subregion,
          score: h.score,
          state: h.item.iso3,
        })),
        ...findArticles(q, 5).map((h) => ({
          kind: "article" as const,
          id: String(h.item.number),
          title: `Art. ${h.item.number} ${h.item.title}`,
          subtitle: `Chapter ${h.item.chapter}`,
          score: h.score,
          article: h.item.number,
          chapter: h.item.chapter,
        })),
        ...findNames(providers, q, { limit: 5 }).map((h) => ({
          kind: "provider" as const,
          id: h.item.id,
          title: h.item.name,
          subtitle: h.item.kind,
          score: h.score,
          providerKind: h.item.kind,
          ...(h.item.stateId ? { state: h.item.stateId } : {}),
        })),
        ...expertHits.map((h) => ({
          kind: "expert" as const,
          id: h.item.id,
          title: h.item.name,
          subtitle: [h.item.currentPosition, h.item.organization].filter(Boolean).join(", "),
          score: h.score,
        })),
        // Text hits match every word (or concept) of the query: rank them with the best fuzzy hits.
        ...needs.map((n) => ({
          kind: "need" as const,
          id: n.id,
          title: clip(n.text),
          subtitle: n.state.name,
          score: 0.9,
          state: n.stateId,
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
          ...(e.stateId ? { state: e.stateId } : {}),
        })),
      ];
      return hits.sort((a, b) => b.score - a.score).slice(0, input.limit);
    }),
});
