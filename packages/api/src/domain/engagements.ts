/** The engagement row every read path shows (a need's page, the engagements list). */
import type { Prisma } from "@tahub/db";
import { toDay } from "./dates.js";

export const engagementSelect = {
  id: true,
  needId: true,
  offerId: true,
  offer: { select: { title: true } },
  providerId: true,
  provider: { select: { name: true } },
  status: true,
  startedOn: true,
  endedOn: true,
  description: true,
  evaluation: true,
} satisfies Prisma.EngagementSelect;

export const toEngagementRow = (
  e: Prisma.EngagementGetPayload<{ select: typeof engagementSelect }>,
) => ({
  id: e.id,
  needId: e.needId,
  offerId: e.offerId,
  offerTitle: e.offer?.title ?? null,
  providerId: e.providerId,
  providerName: e.provider.name,
  status: e.status,
  startedOn: toDay(e.startedOn),
  endedOn: toDay(e.endedOn),
  description: e.description,
  evaluation: (e.evaluation as Record<string, { score: number; note?: string }> | null) ?? null,
});
