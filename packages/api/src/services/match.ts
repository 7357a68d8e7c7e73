/**
 * Matching for the procedures of routers/match.ts: a need's candidates (offers, expertise,
 * experts), South-South partners and similar needs; a provider's matching needs and States, and
 * its coverage. Every result passes the caller's visibility (`visibleTo`).
 */
import { getState, type CategoryId, type ModalityId, type RegionalGroupId } from "@tahub/domain";
import {
  DEFAULT_PARTNER_WEIGHTS,
  matchNeed,
  matchProvider,
  partners,
  similarNeeds,
  type MatchNeed,
  type MatchResult,
  type ProviderQuery,
} from "@tahub/engine";
import { z } from "zod";
import { visibleNeeds } from "../access.js";
import type { Context } from "../context.js";
import type { SessionUser } from "../auth/user.js";
import { resolveReasons, ZMatchReasonSchema } from "./reasons.js";
import { toDay } from "../lib/dates.js";
import { AppError, notFound } from "../errors.js";
import { liveNeed } from "./match-records.js";
import {
  actingState,
  visibleTo,
  withLiveMeta,
  type CurrentData,
  type MatchData,
} from "./matcher.js";
import { must } from "../lib/must.js";

export const ZMatchItemSchema = z.object({
  id: z.string(),
  kind: z.enum(["offer", "expertise", "expert", "need"]),
  title: z.string(),
  subtitle: z.string(),
  /**
   * When the subtitle is a State's name (expertise a State published itself), its ISO3 code, so
   * the portal names the State in the reader's language.
   */
  subtitleState: z.string().optional(),
  /** 0-1 fit (see `fit`), for display. */
  score: z.number(),
  /** The engine's unbounded score, for ordering and tuning. */
  rawScore: z.number(),
  reasons: z.array(ZMatchReasonSchema),
});
export const ZStateMatchSchema = z.object({
  state: z.string(),
  name: z.string(),
  score: z.number(),
  rawScore: z.number(),
  reasons: z.array(ZMatchReasonSchema),
});
type MatchItem = z.infer<typeof ZMatchItemSchema>;

/**
 * Engine scores are unbounded sums (BM25 plus structured features, ~0-6 in practice). People
 * read a 0-1 "fit": a monotone squash that keeps the order and says 0.8 for a strong match,
 * 0.3 for a weak one. It is not a probability; `rawScore` keeps the engine's number.
 */
function fit(score: number, scale = CANDIDATE_SCALE): number {
  return Math.round((1 - Math.exp(-Math.max(0, score) / scale)) * 1000) / 1000;
}
/** Offers, expertise and experts for a need score ~0-6; a need for a provider ~0-12 (longer queries). */
const CANDIDATE_SCALE = 2.5;
const NEED_SCALE = 5;
/** Sum of the engine's default partner weights: a partner with every reason scores this much. */
const PARTNER_MAX = Object.values(DEFAULT_PARTNER_WEIGHTS).reduce((a, b) => a + b, 0);

/** How many raw results to take before visibility filtering, so filtering rarely empties a page. */
const OVERFETCH = 4;
const LIMIT = 10;

/**
 * Visible candidates, best first. A State's own knowledge-bank entries are left out of its own
 * matches: it already has that expertise, and the list is for finding it elsewhere.
 */
function candidateItems(
  results: MatchResult[],
  data: MatchData,
  user: SessionUser | null,
  needState?: string,
): MatchItem[] {
  return results
    .filter((r) => visibleTo(user, data.meta.get(r.id)))
    .filter(
      (r) => !(r.item.kind === "expertise" && needState && r.item.providerState === needState),
    )
    .slice(0, LIMIT)
    .map((r) => ({
      id: r.id,
      kind: r.item.kind,
      title: data.meta.get(r.id)?.title ?? r.id,
      subtitle: r.item.provider ?? "",
      ...(r.item.kind === "expertise" && !data.meta.get(r.id)?.providerId && r.item.providerState
        ? { subtitleState: r.item.providerState }
        : {}),
      score: fit(r.score),
      rawScore: r.score,
      reasons: resolveReasons(r.reasons, data, user),
    }));
}

/**
 * The index to answer a need's page with, and the need as it is now. The page may be answered
 * from the index built before the last write (`matcher.current`): the need is then read live,
 * so its page reflects its current text, and results pass `withLiveMeta`.
 */
async function loadNeed(
  ctx: Context,
  needId: string,
): Promise<{ current: CurrentData; need: MatchNeed }> {
  const visible = await ctx.db.need.findFirst({
    where: { AND: [{ id: needId }, visibleNeeds(ctx.user)] },
    select: { id: true },
  });
  if (!visible) throw notFound("Need", needId);
  const current = await ctx.services.matcher.current(ctx.db);
  const need = current.fresh
    ? current.data.needs.get(needId)
    : await liveNeed(ctx.db, needId);
  if (!need) throw notFound("Need", needId);
  return { current, need };
}

function statePartners(data: MatchData, need: MatchNeed, user: SessionUser | null) {
  if (!need.state || !getState(need.state)) return [];
  // A partner's score is a weighted sum of reasons that apply; as a share of all of them it reads 0-1.
  // Evidence the caller may not read neither names nor ranks a partner.
  const admit = (id: string) => visibleTo(user, data.meta.get(id));
  return partners(data.index, need.state, need, { limit: LIMIT, admit }).map((p) => ({
    ...p,
    score: Math.round(Math.min(1, p.score / PARTNER_MAX) * 1000) / 1000,
    rawScore: p.score,
    reasons: resolveReasons(p.reasons, data, user),
  }));
}

/**
 * A provider described by its open, current offers, as one query. Each offer keeps its own
 * reach (regions, languages), so a need is matched only when one offer is open to it; one
 * global offer makes the provider global. With no open offer, the provider's own regions.
 */
async function providerQuery(ctx: Context, providerId: string): Promise<ProviderQuery> {
  const provider = await ctx.db.provider.findUnique({
    where: { id: providerId },
    include: { offers: { where: { status: "open" } } },
  });
  if (!provider) throw notFound("Provider", providerId);
  const today = new Date().toISOString().slice(0, 10);
  const offers = provider.offers.filter((o) => !o.periodTo || (toDay(o.periodTo) ?? "") >= today);
  const union = <T>(f: (o: (typeof offers)[number]) => T[]) => [...new Set(offers.flatMap(f))];
  const reach = offers.length
    ? offers.map((o) => ({ regions: o.regions, languages: o.languages }))
    : [{ regions: provider.regions, languages: [] }];
  const global = reach.some((r) => r.regions.length === 0);
  return {
    text: [provider.description ?? "", ...offers.map((o) => `${o.title}. ${o.description}`)].join(
      " ",
    ),
    provider: provider.name,
    providerState: actingState(provider),
    articles: union((o) => o.articles),
    categories: union((o) => o.categories) as CategoryId[],
    modalities: union((o) => o.modalities) as ModalityId[],
    regions: (global ? [] : [...new Set(reach.flatMap((r) => r.regions))]) as RegionalGroupId[],
    languages: union((o) => o.languages),
    southSouth: offers.some((o) => o.southSouth),
    reach,
  };
}

function providerIdFor(user: SessionUser, requested?: string): string {
  if (user.role === "provider") {
    if (requested && requested !== user.providerId)
      throw new AppError("FORBIDDEN", "You can only match for your own organization");
    return must(user.providerId);
  }
  if (!requested) throw new AppError("BAD_INPUT", "Say which provider to match for", "providerId");
  return requested;
}

export async function matchForNeed(ctx: Context, input: { needId: string; southSouth: boolean }) {
  const { current, need } = await loadNeed(ctx, input.needId);
  const m = matchNeed(current.data.index, need, {
    limit: LIMIT * OVERFETCH,
    preferSouthSouth: input.southSouth,
  });
  return withLiveMeta(ctx.db, current, (data) => ({
    offers: candidateItems(m.offers, data, ctx.user, need.state),
    expertise: candidateItems(m.expertise, data, ctx.user, need.state),
    experts: candidateItems(m.experts, data, ctx.user, need.state),
    partners: statePartners(data, need, ctx.user),
  }));
}

export async function needPartners(ctx: Context, input: { needId: string }) {
  const { current, need } = await loadNeed(ctx, input.needId);
  return withLiveMeta(ctx.db, current, (data) => statePartners(data, need, ctx.user));
}

export async function similarToNeed(ctx: Context, input: { needId: string }) {
  const { current, need } = await loadNeed(ctx, input.needId);
  const similar = similarNeeds(current.data.index, need, {
    limit: LIMIT * OVERFETCH,
    otherStatesOnly: true,
  });
  return withLiveMeta(ctx.db, current, (data) =>
    similar
      .filter((s) => visibleTo(ctx.user, data.meta.get(s.id)))
      .slice(0, LIMIT)
      .map((s) => ({
        id: s.id,
        kind: "need" as const,
        title: s.need.text.slice(0, 200),
        subtitle: getState(s.state ?? "")?.name ?? s.state ?? "",
        state: s.state ?? "",
        score: s.similarity,
        rawScore: s.similarity,
        duplicate: s.duplicate,
        reasons: resolveReasons(s.reasons, data, ctx.user),
      })),
  );
}

export async function matchForProvider(
  ctx: Context & { user: SessionUser },
  input: { providerId?: string; southSouth: boolean },
) {
  const providerId = providerIdFor(ctx.user, input.providerId);
  const query = await providerQuery(ctx, providerId);
  const data = await ctx.services.matcher.data(ctx.db);
  const m = matchProvider(data.index, query, {
    limit: LIMIT * OVERFETCH,
    preferSouthSouth: input.southSouth,
  });
  const needs = m.needs
    .filter((r) => visibleTo(ctx.user, data.meta.get(r.id)))
    .slice(0, LIMIT * 2)
    .map((r) => ({
      id: r.id,
      kind: "need" as const,
      title: r.item.text.slice(0, 200),
      subtitle: getState(r.item.state ?? "")?.name ?? "",
      state: r.item.state ?? "",
      score: fit(r.score, NEED_SCALE),
      rawScore: r.score,
      reasons: resolveReasons(r.reasons, data, ctx.user),
      supporters: (data.supporters.get(r.id) ?? []).map((s) => s.provider),
    }));
  // States are aggregates; restricted needs may shape the rank but are never named.
  // State scores add up their needs' scores: shown relative to the best State.
  const best = m.states[0]?.score || 1;
  // The count and best need of a State include needs the caller may not read: left out.
  const states = m.states.map((s) => ({
    ...s,
    score: Math.round((s.score / best) * 1000) / 1000,
    rawScore: s.score,
    reasons: resolveReasons(
      s.reasons.filter((r) => r.kind !== "matching-needs"),
      data,
      ctx.user,
    ),
  }));
  return { needs, states };
}

/** Which of the provider's matching needs already have support, from whom, and where donors overlap. */
export async function providerCoverage(
  ctx: Context & { user: SessionUser },
  input: { providerId?: string },
) {
  const providerId = providerIdFor(ctx.user, input.providerId);
  const data = await ctx.services.matcher.data(ctx.db);
  const m = matchProvider(data.index, await providerQuery(ctx, providerId), {
    limit: 200,
    includeMet: true,
  });
  return m.needs
    .filter((r) => visibleTo(ctx.user, data.meta.get(r.id)))
    .slice(0, 50)
    .map((r) => {
      const supporters = data.supporters.get(r.id) ?? [];
      const distinct = new Set(supporters.map((s) => s.providerId));
      return {
        needId: r.id,
        state: r.item.state ?? "",
        text: r.item.text.slice(0, 300),
        score: fit(r.score, NEED_SCALE),
        supporters,
        overlap: distinct.size > 1,
        supportedByMe: distinct.has(providerId),
      };
    });
}
