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

// donors (issue 15, deliverable 4): the provider type of an offer.
/**
 * How an offer is delivered, as donors report it: by one State to another (bilateral), through a
 * multilateral organisation (multilateral), or as a programme for one region or for the world.
 * It belongs to the offer, not the provider: UNODC runs both global and regional programmes.
 */
export const PROVIDER_TYPES = ["bilateral", "regional", "global", "multilateral"] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];

/**
 * The type an offer gets when its provider does not say: a State's agency or a bilateral donor
 * gives bilaterally, a regional hub regionally, UNODC and other international organisations
 * multilaterally; NGOs, academia and the private sector by their reach (one or more named
 * regions: regional; none: global).
 */
export function providerTypeFor(kind: string, offerRegions: readonly string[] = []): ProviderType {
  switch (kind) {
    case "state-agency":
    case "bilateral-donor":
      return "bilateral";
    case "regional-hub":
      return "regional";
    case "unodc":
    case "international-organization":
      return "multilateral";
    default:
      return offerRegions.length ? "regional" : "global";
  }
}
