import { pick, type Localized } from "./localized.js";

export const CHAPTER_IDS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"] as const;
export type ChapterId = (typeof CHAPTER_IDS)[number];

export interface Chapter {
  id: ChapterId;
  /** Official English title. */
  title: string;
  /** Official title in the English, French and Spanish texts of the Convention. */
  titles: Localized;
  /** Inclusive article range. */
  first: number;
  last: number;
}

export const CHAPTERS: readonly Chapter[] = [
  {
    id: "I",
    title: "General provisions",
    titles: {
      en: "General provisions",
      fr: "Dispositions générales",
      es: "Disposiciones generales",
    },
    first: 1,
    last: 4,
  },
  {
    id: "II",
    title: "Preventive measures",
    titles: { en: "Preventive measures", fr: "Mesures préventives", es: "Medidas preventivas" },
    first: 5,
    last: 14,
  },
  {
    id: "III",
    title: "Criminalization and law enforcement",
    titles: {
      en: "Criminalization and law enforcement",
      fr: "Incrimination, détection et répression",
      es: "Penalización y aplicación de la ley",
    },
    first: 15,
    last: 42,
  },
  {
    id: "IV",
    title: "International cooperation",
    titles: {
      en: "International cooperation",
      fr: "Coopération internationale",
      es: "Cooperación internacional",
    },
    first: 43,
    last: 50,
  },
  {
    id: "V",
    title: "Asset recovery",
    titles: { en: "Asset recovery", fr: "Recouvrement d'avoirs", es: "Recuperación de activos" },
    first: 51,
    last: 59,
  },
  {
    id: "VI",
    title: "Technical assistance and information exchange",
    titles: {
      en: "Technical assistance and information exchange",
      fr: "Assistance technique et échange d'informations",
      es: "Asistencia técnica e intercambio de información",
    },
    first: 60,
    last: 62,
  },
  {
    id: "VII",
    title: "Mechanisms for implementation",
    titles: {
      en: "Mechanisms for implementation",
      fr: "Mécanismes d'application",
      es: "Mecanismos de aplicación",
    },
    first: 63,
    last: 64,
  },
  {
    id: "VIII",
    title: "Final provisions",
    titles: { en: "Final provisions", fr: "Dispositions finales", es: "Disposiciones finales" },
    first: 65,
    last: 71,
  },
];

/** A chapter's official title in a language (English when the language is not offered). */
export function chapterTitle(id: ChapterId, lang: string): string {
  const c = CHAPTERS.find((ch) => ch.id === id);
  return c ? pick(c.titles, lang) : id;
}

export const REVIEW_CYCLES = [
  { id: 1, chapters: ["III", "IV"] as ChapterId[], launched: 2010 },
  { id: 2, chapters: ["II", "V"] as ChapterId[], launched: 2016 },
] as const;
export type ReviewCycleId = 1 | 2;
