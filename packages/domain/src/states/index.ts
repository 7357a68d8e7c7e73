import { STATES_PARTIES } from "./states-parties.js";
import type { RegionalGroup, RegionalGroupId, StateParty } from "./types.js";

export * from "./types.js";
export { SUBREGION_NAMES, subregionName } from "./subregions.js";
export {
  APPROXIMATE_RATIFICATION_DATES,
  EUROPEAN_UNION,
  NON_PARTIES,
  STATES_PARTIES,
} from "./states-parties.js";
export type { NonParty } from "./states-parties.js";

/** The five UN regional groups, in `REGIONAL_GROUP_IDS` order, with their names in UN documents. */
export const REGIONAL_GROUPS: readonly RegionalGroup[] = [
  { id: "african", name: "African States" },
  { id: "asia-pacific", name: "Asia-Pacific States" },
  { id: "eastern-european", name: "Eastern European States" },
  { id: "latin-american-caribbean", name: "Latin American and Caribbean States" },
  { id: "western-european-other", name: "Western European and other States" },
];

const BY_ISO3: ReadonlyMap<string, StateParty> = new Map(STATES_PARTIES.map((s) => [s.iso3, s]));

const BY_ISO2: ReadonlyMap<string, StateParty> = new Map(STATES_PARTIES.map((s) => [s.iso2, s]));

function normalize(iso3: string): string {
  return iso3.trim().toUpperCase();
}

/** The State party with this ISO 3166-1 alpha-3 code (any case), or undefined if it is not one. */
export function getState(iso3: string): StateParty | undefined {
  return BY_ISO3.get(normalize(iso3));
}

/** The State party with this ISO 3166-1 alpha-2 code (any case), or undefined if it is not one. */
export function getStateByIso2(iso2: string): StateParty | undefined {
  return BY_ISO2.get(normalize(iso2));
}

/** Like `getState`, but throws when the code is not a State party's (a non-party, a typo, "EU"). */
export function requireState(iso3: string): StateParty {
  const state = getState(iso3);
  if (!state) throw new Error(`Unknown UNCAC State party: no State with ISO3 code "${iso3}"`);
  return state;
}

/** The regional group of a State party, or undefined if the code is not a State party's. */
export function regionOf(iso3: string): RegionalGroupId | undefined {
  return getState(iso3)?.group;
}

/** The States parties of a regional group, in name order. */
export function statesInGroup(group: RegionalGroupId): StateParty[] {
  return STATES_PARTIES.filter((s) => s.group === group);
}

/**
 * How many States parties each regional group counted on a day (yyyy-mm-dd; default: every
 * party of the reference list): its members whose instrument was deposited by then. Observers of
 * a group (`groupObserver`) are not counted, as the Conference's documents count groups.
 */
export function partiesPerGroup(on?: string): Record<RegionalGroupId, number> {
  const counts = Object.fromEntries(REGIONAL_GROUPS.map((g) => [g.id, 0])) as Record<
    RegionalGroupId,
    number
  >;
  for (const s of STATES_PARTIES)
    if (!s.groupObserver && (on === undefined || s.ratified <= on)) counts[s.group] += 1;
  return counts;
}

/**
 * Whether two States parties can be matched as South-South cooperation: both are developing
 * (historical UN M49 classification, see `types.ts`). False when either code is unknown.
 * The same code twice is answered like any pair; callers decide whether self-pairs make sense.
 */
export function isSouthSouth(a: string, b: string): boolean {
  const first = getState(a);
  const second = getState(b);
  return first !== undefined && second !== undefined && first.developing && second.developing;
}
