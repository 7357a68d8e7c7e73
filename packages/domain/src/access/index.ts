import type { Confidentiality } from "../lifecycle/index.js";

export const ROLE_IDS = ["admin", "analyst", "state", "provider", "public"] as const;
/** admin and analyst are the secretariat; state is a State focal point; provider acts for a donor/provider. */
export type RoleId = (typeof ROLE_IDS)[number];

export function isSecretariat(role: RoleId): boolean {
  return role === "admin" || role === "analyst";
}

/**
 * Whether a role may read a record of this confidentiality. A State always reads its own
 * needs and a provider its own offers, whatever their tier (`owns`).
 */
export function canRead(role: RoleId, tier: Confidentiality, owns = false): boolean {
  if (owns || isSecretariat(role)) return true;
  if (tier === "public") return true;
  if (tier === "donors-secretariat") return role === "provider";
  return false;
}

/** The tiers a role may read without owning the record; the API turns this into a query filter. */
export function readableTiers(role: RoleId): Confidentiality[] {
  if (isSecretariat(role)) return ["public", "donors-secretariat", "secretariat-only"];
  if (role === "provider") return ["public", "donors-secretariat"];
  return ["public"];
}
