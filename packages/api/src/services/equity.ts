/**
 * Equity views of the match data (issue 13): the needs that have waited longest for support,
 * and regional programme proposals. The engine finds them over every record; here the caller's
 * read rights decide which needs are listed and which offers are counted or named
 * (`visibleTo`, the rule every match path uses), and records become API rows.
 */
import { getState, REGIONAL_GROUP_IDS } from "@tahub/domain";
import { regionalProgrammes, waitingNeeds } from "@tahub/engine";
import { z } from "zod";
import type { SessionUser } from "../auth/user.js";
import { visibleTo, type MatchData } from "./matcher.js";
import { excerpt } from "../lib/excerpt.js";
import { labelsOf, ZLabels } from "./reasons.js";

const ZRegion = z.enum(REGIONAL_GROUP_IDS);
const ZArticle = z.number().int().min(1).max(71);

export const ZWaitingInputSchema = z.object({
  region: ZRegion.optional(),
  article: ZArticle.optional(),
  limit: z.number().int().min(1).max(200).default(20),
});

export const ZWaitingNeedSchema = z.object({
  id: z.string(),
  state: z.string(),
  region: ZRegion.nullable(),
  excerpt: z.string(),
  status: z.string(),
  articles: z.array(ZArticle),
  /** yyyy-mm-dd: identified on, or recorded on when the review gave no date. */
  waitingSince: z.string(),
  days: z.number().int().min(0),
  /** Open offers the caller may read that pass the filters for this need and are about it. */
  offers: z.number().int().min(0),
});

export function waitingList(
  data: MatchData,
  user: SessionUser | null,
  input: z.infer<typeof ZWaitingInputSchema>,
  today?: string,
): z.infer<typeof ZWaitingNeedSchema>[] {
  const admit = (id: string) => visibleTo(user, data.meta.get(id));
  return waitingNeeds(data.index, {
    ...input,
    ...(today ? { today } : {}),
    admitNeed: admit,
    admitOffer: admit,
  }).map(({ need, days, offers }) => ({
    id: need.id,
    state: need.state ?? "",
    region: (getState(need.state ?? "")?.group) ?? null,
    excerpt: excerpt(need.text),
    status: need.status ?? "identified",
    articles: [...(need.articles ?? [])],
    waitingSince: need.waitingSince ?? "",
    days,
    offers: offers.length,
  }));
}

export const ZProgrammesInputSchema = z
  .object({
    /** Distinct States of one regional group whose open needs coincide. Default 3. */
    minStates: z.number().int().min(2).max(50).default(3),
    region: ZRegion.optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .default({ minStates: 3, limit: 50 });

export const ZProgrammeSchema = z.object({
  region: ZRegion,
  concept: z.string(),
  labels: ZLabels,
  articles: z.array(ZArticle),
  stateCount: z.number().int(),
  needCount: z.number().int(),
  states: z.array(
    z.object({
      state: z.string(),
      name: z.string(),
      needs: z.array(z.object({ id: z.string(), excerpt: z.string(), status: z.string() })),
    }),
  ),
  /** Candidate providers: their open offers on the concept that reach the region, most States first. */
  providers: z.array(
    z.object({
      providerId: z.string(),
      provider: z.string(),
      offers: z.array(z.object({ id: z.string(), title: z.string(), states: z.array(z.string()) })),
    }),
  ),
});

export function programmeProposals(
  data: MatchData,
  user: SessionUser | null,
  input: z.infer<typeof ZProgrammesInputSchema>,
  today?: string,
): z.infer<typeof ZProgrammeSchema>[] {
  const admit = (id: string) => visibleTo(user, data.meta.get(id));
  const found = regionalProgrammes(data.index, {
    minStates: input.minStates,
    ...(input.region ? { region: input.region } : {}),
    ...(today ? { today } : {}),
    admitNeed: admit,
    admitOffer: admit,
  });
  return found.slice(0, input.limit).map((p) => {
    const providers = new Map<string, z.infer<typeof ZProgrammeSchema>["providers"][number]>();
    for (const { offer, states } of p.offers) {
      const id = data.meta.get(offer.id)?.providerId ?? offer.provider ?? offer.id;
      const row = providers.get(id) ?? {
        providerId: id,
        provider: offer.provider ?? "",
        offers: [],
      };
      row.offers.push({ id: offer.id, title: data.meta.get(offer.id)?.title ?? "", states });
      providers.set(id, row);
    }
    return {
      region: p.region,
      concept: p.concept,
      labels: labelsOf(p.concept, p.label),
      articles: p.articles,
      stateCount: p.states.length,
      needCount: p.needCount,
      states: p.states.map((s) => ({
        state: s.state,
        name: getState(s.state)?.name ?? s.state,
        needs: s.needs.map((n) => ({
          id: n.id,
          excerpt: excerpt(n.text),
          status: n.status ?? "identified",
        })),
      })),
      // Offers come most States first, so a provider's place is that of its widest offer.
      providers: [...providers.values()],
    };
  });
}
