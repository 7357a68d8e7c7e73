import { isSecretariat, type RoleId } from "@tahub/domain";
import {
  NAV_SECTIONS,
  type Access,
  type NavEntry,
  type NavSectionId,
  type RouteDef,
} from "./routes";

/** Whether a role may open a page guarded by `access` ("public" is the signed-out visitor). */
export function allows(access: Access, role: RoleId): boolean {
  const secretariat = isSecretariat(role);
  const state = role === "state";
  const donor = role === "provider";
  switch (access) {
    case "user":
      return role !== "public";
    case "secretariat":
      return secretariat;
    case "state":
    case "secretariatOrState":
      return state || secretariat;
    case "donor":
    case "secretariatOrDonor":
      return donor || secretariat;
    case "stateOrDonor":
      return state || donor || secretariat;
    case "admin":
      return role === "admin";
  }
}

/** Whether the side navigation shows a section to a role: each role sees its own section only. */
function showsSection(section: NavSectionId, role: RoleId): boolean {
  switch (section) {
    case "explore":
      return true;
    case "mine":
      return role !== "public";
    case "secretariat":
      return isSecretariat(role);
    case "donor":
      return role === "provider";
    case "state":
      return role === "state";
    case "admin":
      return role === "admin";
  }
}

export interface NavLinkDef extends NavEntry {
  to: string;
}

/** The navigation a role sees: its sections in order, each with its links in the table's order. */
export function navFor(
  table: readonly RouteDef[],
  role: RoleId,
): { section: NavSectionId; links: NavLinkDef[] }[] {
  return NAV_SECTIONS.filter((section) => showsSection(section, role))
    .map((section) => ({
      section,
      links: table.flatMap((r) =>
        (r.nav ?? []).filter((n) => n.section === section).map((n) => ({ ...n, to: r.path })),
      ),
    }))
    .filter((s) => s.links.length > 0);
}
