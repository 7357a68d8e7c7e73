/**
 * The UN M49 sub-region and intermediate-region names used in `StateParty.subregion`, in the
 * English, French and Spanish versions of the M49 standard (UN Statistics Division, "Standard
 * country or area codes for statistical use", published in the six UN languages).
 */
import { pick, type Localized } from "../convention/localized.js";

const M49: Readonly<Record<string, Localized>> = {
  "Australia and New Zealand": {
    en: "Australia and New Zealand",
    fr: "Australie et Nouvelle-Zélande",
    es: "Australia y Nueva Zelandia",
  },
  Caribbean: { en: "Caribbean", fr: "Caraïbes", es: "Caribe" },
  "Central America": { en: "Central America", fr: "Amérique centrale", es: "Centroamérica" },
  "Central Asia": { en: "Central Asia", fr: "Asie centrale", es: "Asia central" },
  "Eastern Africa": { en: "Eastern Africa", fr: "Afrique orientale", es: "África oriental" },
  "Eastern Asia": { en: "Eastern Asia", fr: "Asie orientale", es: "Asia oriental" },
  "Eastern Europe": { en: "Eastern Europe", fr: "Europe orientale", es: "Europa oriental" },
  Melanesia: { en: "Melanesia", fr: "Mélanésie", es: "Melanesia" },
  Micronesia: { en: "Micronesia", fr: "Micronésie", es: "Micronesia" },
  "Middle Africa": { en: "Middle Africa", fr: "Afrique centrale", es: "África central" },
  "Northern Africa": {
    en: "Northern Africa",
    fr: "Afrique septentrionale",
    es: "África septentrional",
  },
  "Northern America": {
    en: "Northern America",
    fr: "Amérique septentrionale",
    es: "América septentrional",
  },
  "Northern Europe": {
    en: "Northern Europe",
    fr: "Europe septentrionale",
    es: "Europa septentrional",
  },
  Polynesia: { en: "Polynesia", fr: "Polynésie", es: "Polinesia" },
  "South America": { en: "South America", fr: "Amérique du Sud", es: "América del Sur" },
  "South-eastern Asia": {
    en: "South-eastern Asia",
    fr: "Asie du Sud-Est",
    es: "Asia sudoriental",
  },
  "Southern Africa": { en: "Southern Africa", fr: "Afrique australe", es: "África meridional" },
  "Southern Asia": { en: "Southern Asia", fr: "Asie du Sud", es: "Asia meridional" },
  "Southern Europe": { en: "Southern Europe", fr: "Europe méridionale", es: "Europa meridional" },
  "Western Africa": { en: "Western Africa", fr: "Afrique occidentale", es: "África occidental" },
  "Western Asia": { en: "Western Asia", fr: "Asie occidentale", es: "Asia occidental" },
  "Western Europe": { en: "Western Europe", fr: "Europe occidentale", es: "Europa occidental" },
};

/** The names of every M49 sub-region a State party is in, keyed by the English name. */
export const SUBREGION_NAMES: Readonly<Record<string, Localized>> = M49;

/** An M49 sub-region's name (given in English, as `StateParty.subregion`) in a language. */
export function subregionName(english: string, lang: string): string {
  const names = M49[english];
  return names ? pick(names, lang) : english;
}
