/**
 * Reference-data types for the parties to the United Nations Convention against Corruption.
 *
 * Conventions used throughout `states/`:
 *
 * - `group` is the United Nations regional group used for elections and for the UNCAC
 *   Conference of the States Parties and its Implementation Review Mechanism (drawing of lots,
 *   regional representation). Two members sit where they vote, not where they are on a map:
 *   Türkiye and Israel are in the Western European and other States group (WEOG); the United
 *   States of America is formally an observer of WEOG but counted in it for elections, and we
 *   count it there. Cyprus and Kiribati are in the Asia-Pacific group.
 *   Parties that are not UN members take part in the group of their region: the Cook Islands,
 *   Niue and the State of Palestine in Asia-Pacific, the Holy See in WEOG. The Holy See takes part
 *   as an observer, not a member (`groupObserver`): it is filtered and matched with WEOG, but not
 *   counted among the group's States (figure III of the CAC/COSP/2023 note on TA needs counts
 *   members only; docs/figures.md).
 * - `subregion` is the UN M49 "intermediate region" where M49 defines one (Africa south of the
 *   Sahara and Latin America and the Caribbean: "Western Africa", "Caribbean", "South America",
 *   ...), otherwise the M49 "sub-region" ("Northern Africa", "Western Asia", "Northern Europe",
 *   "Melanesia", ...). `m49` is the three-digit M49 code, zero-padded.
 * - `developing` is the UN M49 developed/developing distinction as last published in the
 *   "Developed / Developing Countries" column of the M49 overview table (UNSD, before the column
 *   was withdrawn in December 2021; UNSD now says there is no established convention). In it
 *   Europe, Northern America, Japan, Australia, New Zealand, Israel and Cyprus are "Developed" and
 *   everything else — including the Republic of Korea, Singapore and the Gulf States — is
 *   "Developing". It is a historical, statistical grouping used here only to find South-South
 *   partners, not a judgement on any State.
 * - `languages` lists the State's official languages that are among the six UN languages, in the
 *   order of `UN_LANGUAGES`; it is empty when none is (Germany, Brazil, Japan, ...). De facto
 *   official languages count (English in the United Kingdom and Australia, Spanish in Mexico and
 *   Argentina). Where a recent constitution kept French only as a "working language" of the State
 *   (Mali 2023, Burkina Faso 2023, Niger 2025) we still list "fr", since it remains the language
 *   of government business, which is what matching needs.
 * - `ratified` is the date the instrument of ratification, acceptance, approval, accession or
 *   succession was deposited with the Secretary-General — not the date of entry into force
 *   (thirty days later). See `states-parties.ts` for sources and the dates known only roughly.
 */

export const REGIONAL_GROUP_IDS = [
  "african",
  "asia-pacific",
  "eastern-european",
  "latin-american-caribbean",
  "western-european-other",
] as const;
export type RegionalGroupId = (typeof REGIONAL_GROUP_IDS)[number];

/** The six official languages of the United Nations, as ISO 639-1 codes, in UN (alphabetical English-name) order. */
export const UN_LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];

export interface StateParty {
  /** ISO 3166-1 alpha-3 code, upper case. */
  iso3: string;
  /** ISO 3166-1 alpha-2 code, upper case ("KE" for Kenya, "PS" for the State of Palestine). */
  iso2: string;
  /** English short name as the UN uses it ("Bolivia (Plurinational State of)", "Türkiye"). */
  name: string;
  /** UN regional group (for non-members, the group they take part in; see the note above). */
  group: RegionalGroupId;
  /** UN M49 intermediate region where defined, otherwise the M49 sub-region. */
  subregion: string;
  /** Three-digit UN M49 numeric code, zero-padded ("004" for Afghanistan). */
  m49: string;
  /** Official languages among the six UN languages; may be empty. */
  languages: UnLanguage[];
  /** UN M49 developing region (historical classification; see the note above). */
  developing: boolean;
  /** ISO date (yyyy-mm-dd) the instrument of ratification or accession was deposited. */
  ratified: string;
  /**
   * True when the State takes part in `group` as an observer, not a member (the Holy See in
   * WEOG). Unlike the United States, which is formally an observer too but counted in WEOG for
   * elections, such a State is not counted among the group's States.
   */
  groupObserver?: true;
}

/**
 * A regional economic integration organization that is party to the Convention (article 67(2)).
 * Only the European Union is. It is not a State: it is kept out of `STATES_PARTIES`, has no
 * regional group, and is exported on its own as `EUROPEAN_UNION`.
 */
export interface OrganizationParty {
  kind: "organization";
  /** A short identifier; "EU" is not an ISO 3166-1 alpha-3 code. */
  id: string;
  name: string;
  /** ISO date (yyyy-mm-dd) the instrument of formal confirmation/approval was deposited. */
  ratified: string;
}

export interface RegionalGroup {
  id: RegionalGroupId;
  /** English name as used in UN documents ("African States", ...). */
  name: string;
}
