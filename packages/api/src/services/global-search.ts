/**
 * The search box's reads (search.global): names (States in EN/FR/ES, providers, experts, article
 * titles) looked up fuzzily so typos still find them; free text (needs, offers, knowledge bank,
 * experts' CVs) through the same accent-, stem- and concept-aware filter as the lists
 * (services/search.ts), always through the caller's visibility filters.
 */
import { findArticles, findNames, findStates } from "@tahub/engine";
import { visibleExpertise, visibleExperts, visibleNeeds, visibleOffers } from "../access.js";
import type { SessionUser } from "../auth/user.js";
import type { Context } from "../context.js";
import type { DbClient } from "../db.js";
import { must } from "../lib/must.js";
import { searchReady, textWhere } from "./search.js";

export interface Hit {
  kind: "need" | "offer" | "expertise" | "expert" | "state" | "provider" | "article";
  id: string;
  title: string;
  subtitle: string;
  score: number;
  /** The State the hit is, or belongs to (ISO3). */
  state?: string;
  article?: number;
  chapter?: string;
  providerKind?: string;
}

const clip = (s: string, n = 120) => (s.length > n ? s.slice(0, n - 1) + "…" : s);
const expertSelect = { id: true, name: true, organization: true, currentPosition: true };

/** The records whose text matches every word (or concept) of `q`, five of each kind. */
function textMatches(db: DbClient, user: SessionUser | null, q: string) {
  return Promise.all([
    db.need.findMany({
      where: { AND: [visibleNeeds(user), must(textWhere("Need", q))] },
      select: { id: true, text: true, stateId: true, state: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
      take: 5,
    }),
    db.offer.findMany({
      where: { AND: [visibleOffers(user), must(textWhere("Offer", q))] },
      select: { id: true, title: true, provider: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
      take: 5,
    }),
    db.expertise.findMany({
      where: { AND: [visibleExpertise(user), must(textWhere("Expertise", q))] },
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
    // Experts by what their CV says ("recouvrement des avoirs" finds an asset-recovery
    // specialist), not only by name.
    db.expert.findMany({
      where: { AND: [visibleExperts(user), must(textWhere("Expert", q))] },
      select: expertSelect,
      orderBy: { name: "asc" },
      take: 5,
    }),
  ]);
}

/** Experts by name (fuzzy) first, then by their CV's text, five in all. */
async function expertHits(db: DbClient, user: SessionUser | null, q: string, byText: Expert[]) {
  const experts = await db.expert.findMany({ where: visibleExperts(user), select: expertSelect });
  const byName = findNames(experts, q, { limit: 5, keys: ["name", "organization"] });
  const named = new Set(byName.map((h) => h.item.id));
  return [
    ...byName,
    ...byText.filter((e) => !named.has(e.id)).map((item) => ({ item, score: 0.85 })),
  ]
    .slice(0, 5)
    .map((h): Hit => ({
      kind: "expert",
      id: h.item.id,
      title: h.item.name,
      subtitle: [h.item.currentPosition, h.item.organization].filter(Boolean).join(", "),
      score: h.score,
    }));
}
type Expert = {
  id: string;
  name: string;
  organization: string | null;
  currentPosition: string | null;
};

/** States, articles and providers whose names are close to `q`. */
async function nameHits(db: DbClient, q: string): Promise<Hit[]> {
  const providers = await db.provider.findMany({
    select: { id: true, name: true, kind: true, stateId: true },
  });
  return [
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
  ];
}

/** The best `limit` hits of every kind for `q`, among what the caller may read. */
export async function globalSearch(
  ctx: Pick<Context, "db" | "services" | "user">,
  input: { q: string; limit: number },
): Promise<Hit[]> {
  const { q } = input;
  await searchReady(ctx);
  const [needs, offers, expertise, expertsByText] = await textMatches(ctx.db, ctx.user, q);
  const [names, experts] = await Promise.all([
    nameHits(ctx.db, q),
    expertHits(ctx.db, ctx.user, q, expertsByText),
  ]);
  const hits: Hit[] = [
    ...names,
    ...experts,
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
}
