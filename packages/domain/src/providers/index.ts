/**
 * Technical assistance comes from States and from non-State providers: UNODC, regional hubs
 * and platforms, international organizations, NGOs, academia. A provider acting for a State
 * (an agency, a ministry) carries that State's code so South-South matching can use it.
 */
export const PROVIDER_KINDS = [
  "state-agency",
  "bilateral-donor",
  "unodc",
  "regional-hub",
  "international-organization",
  "ngo",
  "academia",
  "private-sector",
] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export const PROVIDER_KIND_NAMES: Readonly<Record<ProviderKind, string>> = {
  "state-agency": "National agency of a State party",
  "bilateral-donor": "Bilateral donor",
  unodc: "UNODC",
  "regional-hub": "Regional hub or platform",
  "international-organization": "International organization",
  ngo: "Non-governmental organization",
  academia: "Academic institution",
  "private-sector": "Private sector",
};
