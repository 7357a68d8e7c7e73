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
 * (issue 12: restricted offers leaked through engagements), and neither is the provider's
 * description or evaluation of the work, which quotes the offer; only that the provider supports
 * the need, and how far the work has gone.
 */
export const toEngagementRow = (
  e: Prisma.EngagementGetPayload<{ select: typeof engagementSelect }>,
  user: SessionUser | null,
) => {
  const hidden = !!e.offer && !mayReadOffer(user, e.offer);
  const offer = e.offer && !hidden ? e.offer : null;
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
    description: hidden ? null : e.description,
    evaluation: hidden
      ? null
      : ((e.evaluation as Record<string, { score: number; note?: string }> | null) ?? null),
  };
};
