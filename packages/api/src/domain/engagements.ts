/** The engagement row every read path shows (a need's page, the engagements list). */
import type { Prisma } from "@tahub/db";
import { mayReadOffer } from "../access.js";
import type { SessionUser } from "../context.js";
import { toDay } from "./dates.js";

export const engagementSelect = {
  id: true,
  needId: true,
  offerId: true,
  offer: { select: { title: true, confidentiality: true, providerId: true } },
  providerId: true,
  provider: { select: { name: true } },
  status: true,
  startedOn: true,
  endedOn: true,
  description: true,
  evaluation: true,
} satisfies Prisma.EngagementSelect;

/**
 * The row as `user` may see it. The need is visible (the caller filtered on it) but the offer
 * behind the engagement may be restricted: then neither its id nor its title is shown
 * (issue 12: restricted offers leaked through engagements), only that the provider supports
 * the need.
 */
export const toEngagementRow = (
  e: Prisma.EngagementGetPayload<{ select: typeof engagementSelect }>,
  user: SessionUser | null,
) => {
  const offer = e.offer && mayReadOffer(user, e.offer) ? e.offer : null;
  return {
    id: e.id,
    needId: e.needId,
    offerId: offer ? e.offerId : null,
    offerTitle: offer?.title ?? null,
    providerId: e.providerId,
    providerName: e.provider.name,
    status: e.status,
    startedOn: toDay(e.startedOn),
    endedOn: toDay(e.endedOn),
    description: e.description,
    evaluation: (e.evaluation as Record<string, { score: number; note?: string }> | null) ?? null,
  };
};
