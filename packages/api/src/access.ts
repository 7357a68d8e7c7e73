/**
 * Row-level visibility, as Prisma `where` fragments. Every read path (lists, look-ups, search,
 * matching, analytics drill-downs, exports) goes through these, so a restricted record cannot
 * leak through a path that forgot to check.
 */
import {
  canRead,
  isSecretariat,
  readableTiers,
  type EngagementParty,
  type RoleId,
} from "@tahub/domain";
import type { Prisma } from "@tahub/db";

type NeedWhereInput = Prisma.NeedWhereInput;
type OfferWhereInput = Prisma.OfferWhereInput;
type ExpertiseWhereInput = Prisma.ExpertiseWhereInput;
type ExpertWhereInput = Prisma.ExpertWhereInput;
import type { SessionUser } from "./auth/user.js";
import { forbidden } from "./errors.js";

const role = (u: SessionUser | null): RoleId => u?.role ?? "public";

/**
 * Needs: the secretariat reads every one; a State its own, withdrawn ones included (their
 * history); everyone else the needs of the tiers their role reads that are not withdrawn, and a
 * provider also the restricted needs their State consented to share with it, while the consent
 * holds (not revoked, not past its last day; CAC/COSP/2021 note on TA needs, para 31). This one
 * filter serves lists, look-ups, search, exports and engagements; matching applies the same rule
 * in memory through `mayReadNeed`.
 */
export function visibleNeeds(u: SessionUser | null): NeedWhereInput {
  if (u && isSecretariat(u.role)) return {};
  const current = { status: { not: "withdrawn" } };
  const tiers: NeedWhereInput = {
    confidentiality: { in: readableTiers(role(u)) },
    ...current,
  };
  if (u?.role === "state" && u.state) return { OR: [tiers, { stateId: u.state }] };
  if (u?.role === "provider" && u.providerId)
    return { OR: [tiers, { ...current, shares: { some: activeShareOf(u.providerId) } }] };
  return tiers;
}

/** Today as yyyy-mm-dd (UTC): a consent holds through its last day. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A consent to share that holds today for `providerId`: not revoked, not past its last day. */
function activeShareOf(providerId: string): Prisma.NeedShareWhereInput {
  return {
    providerId,
    revokedAt: null,
    OR: [{ expiresOn: null }, { expiresOn: { gte: new Date(`${today()}T00:00:00Z`) } }],
  };
}

/** A need as the matching index holds it: enough to apply `visibleNeeds` in memory. */
export interface NeedAccessMeta {
  confidentiality: string;
  state?: string | null;
  status?: string;
  /** Consents to share: provider and last day (yyyy-mm-dd, null: until revoked), revoked ones left out. */
  sharedWith?: readonly { providerId: string; expiresOn: string | null }[];
}

/** The rule of `visibleNeeds`, for one need already loaded (the matching index). */
export function mayReadNeed(u: SessionUser | null, n: NeedAccessMeta): boolean {
  if (u && isSecretariat(u.role)) return true;
  if (u?.role === "state" && u.state && n.state === u.state) return true;
  if (n.status === "withdrawn") return false;
  if (canRead(role(u), n.confidentiality as Parameters<typeof canRead>[1], false)) return true;
  if (u?.role !== "provider" || !u.providerId) return false;
  const day = today();
  return (n.sharedWith ?? []).some(
    (s) => s.providerId === u.providerId && (s.expiresOn === null || s.expiresOn >= day),
  );
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
  // Consents to share end with their last day, which no write marks: the day is part of the key.
  return `provider:${u.providerId ?? ""}:${today()}`;
}

/**
 * Which side of the engagement `user` is on: the focal point of the need's State, or the
 * provider (its own users, and the secretariat, which records engagements on providers' behalf
 * but never answers for a State). Null for everyone else.
 */
export function partyOf(
  user: SessionUser | null,
  e: { providerId: string; need: { stateId: string } },
): EngagementParty | null {
  if (!user) return null;
  if (user.role === "state") return user.state === e.need.stateId ? "state" : null;
  if (user.role === "provider") return user.providerId === e.providerId ? "provider" : null;
  return isSecretariat(user.role) ? "provider" : null;
}
