import { getState, STATES_PARTIES, textLanguage, type StateParty } from "@tahub/domain";

/**
 * Where ICU's short name contradicts the name of the party to the Convention, the UN's own name
 * in that language: the State of Palestine and the Holy See are the parties (ICU names a
 * territory and Vatican City State), and ICU's French "Congo-Kinshasa"/"Congo-Brazzaville" are
 * colloquial, not the names the United Nations uses. Every other name is ICU's.
 */
const UN_NAMES: Readonly<Record<string, Partial<Record<"fr" | "es", string>>>> = {
  PS: { fr: "État de Palestine", es: "Estado de Palestina" },
  VA: { fr: "Saint-Siège", es: "Santa Sede" },
  CD: { fr: "République démocratique du Congo" },
  CG: { fr: "Congo" },
};

const displayNames = new Map<string, Intl.DisplayNames | null>();

function regionNames(lang: string): Intl.DisplayNames | null {
  if (!displayNames.has(lang)) {
    try {
      displayNames.set(lang, new Intl.DisplayNames([lang], { type: "region", fallback: "none" }));
    } catch {
      displayNames.set(lang, null);
    }
  }
  return displayNames.get(lang) ?? null;
}

/**
 * A State party's name in the reader's language, from its ISO 3166-1 code: in English the UN
 * short name the records use ("Bolivia (Plurinational State of)"); in French and Spanish the
 * name the runtime's ICU data gives for the ISO 3166-1 alpha-2 code ("Allemagne", "Kenia"),
 * except the few in `UN_NAMES`; the English name when neither has one. Codes that are not a
 * State party's are returned as given.
 */
export function stateName(iso3: string, lang: string): string {
  const s = getState(iso3);
  if (!s) return iso3;
  const l = textLanguage(lang);
  if (l === "en") return s.name;
  return UN_NAMES[s.iso2]?.[l] ?? regionNames(l)?.of(s.iso2) ?? s.name;
}

/** The States parties sorted by their name in the reader's language, each with that name. */
export function statesByName(lang: string): Array<StateParty & { label: string }> {
  const collator = new Intl.Collator(lang);
  return STATES_PARTIES.map((s) => ({ ...s, label: stateName(s.iso3, lang) })).sort((a, b) =>
    collator.compare(a.label, b.label),
  );
}
