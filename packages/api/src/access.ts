/**
 * Row-level visibility, as Prisma `where` fragments. Every read path (lists, look-ups, search,
 * matching, analytics drill-downs, exports) goes through these, so a restricted record cannot
 * leak through a path that forgot to check.
 */
import { canRead, isSecretariat, readableTiers, type RoleId } from "@tahub/domain";
import type { Prisma } from "@tahub/db";

type NeedWhereInput = Prisma.NeedWhereInput;
type OfferWhereInput = Prisma.OfferWhereInput;
type ExpertiseWhereInput = Prisma.ExpertiseWhereInput;
type ExpertWhereInput = Prisma.ExpertWhereInput;
import type { SessionUser } from "./context.js";
import { forbidden } from "./errors.js";

const role = (u: SessionUser | null): RoleId => u?.role ?? "public";

export function visibleNeeds(u: SessionUser | null): NeedWhereInput {
  if (u && isSecretariat(u.role)) return {};
  const tiers = { confidentiality: { in: readableTiers(role(u)) } };
  if (u?.role === "state" && u.state) return { OR: [tiers, { stateId: u.state }] };
  return tiers;
}

export function visibleOffers(u: SessionUser | null): OfferWhereInput {
  if (u && isSecretariat(u.role)) return {};
  const tiers = { confidentiality: { in: readableTiers(role(u)) } };
  if (u?.role === "provider" && u.providerId) return { OR: [tiers, { providerId: u.providerId }] };
  return tiers;
}

export function visibleExpertise(u: SessionUser | null): ExpertiseWhereInput {
  if (u && isSecretariat(u.role)) return {};
  const tiers = { confidentiality: { in: readableTiers(role(u)) } };
  const own: ExpertiseWhereInput[] = [];
  if (u?.role === "state" && u.state) own.push({ stateId: u.state });
  if (u?.role === "provider" && u.providerId) own.push({ providerId: u.providerId });
  return own.length ? { OR: [tiers, ...own] } : tiers;
}

/**
 * Experts appear only with their consent; the secretariat sees every entry to manage them, and
 * the provider that added an entry sees it, so it can complete it or record the consent.
 */
export function visibleExperts(u: SessionUser | null): ExpertWhereInput {
  if (u && isSecretariat(u.role)) return {};
  if (u?.role === "provider" && u.providerId)
    return { OR: [{ consentToList: true }, { ownerProviderId: u.providerId }] };
  return { consentToList: true };
}

/** The same rule as `visibleOffers`, for one offer already loaded (e.g. through an engagement). */
export function mayReadOffer(
  u: SessionUser | null,
  offer: { confidentiality: string; providerId: string },
): boolean {
  const owns = u?.role === "provider" && u.providerId === offer.providerId;
  return canRead(role(u), offer.confidentiality as Parameters<typeof canRead>[1], owns);
}

export function assertCanEditNeed(u: SessionUser, need: { stateId: string }): void {
  if (isSecretariat(u.role)) return;
  if (u.role === "state" && u.state === need.stateId) return;
  throw forbidden("Only the State that identified this need, or the secretariat, can change it");
}

export function assertCanActForState(u: SessionUser, state: string): void {
  if (isSecretariat(u.role)) return;
  if (u.role === "state" && u.state === state) return;
  throw forbidden(`You act for ${u.state ?? "no State"}, not for ${state}`);
}

export function assertCanActForProvider(u: SessionUser, providerId: string): void {
  if (isSecretariat(u.role)) return;
  if (u.role === "provider" && u.providerId === providerId) return;
  throw forbidden("You can only act for your own organization");
}

/** Callers with the same key see exactly the same records, so they may share cached reads. */
export function visibilityKey(u: SessionUser | null): string {
  if (!u) return "public";
  if (isSecretariat(u.role)) return "secretariat";
  if (u.role === "state") return `state:${u.state ?? ""}`;
  return `provider:${u.providerId ?? ""}`;
}
