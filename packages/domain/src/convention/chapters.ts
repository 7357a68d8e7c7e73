export const CHAPTER_IDS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"] as const;
export type ChapterId = (typeof CHAPTER_IDS)[number];

export interface Chapter {
  id: ChapterId;
  title: string;
  /** Inclusive article range. */
  first: number;
  last: number;
}

export const CHAPTERS: readonly Chapter[] = [
  { id: "I", title: "General provisions", first: 1, last: 4 },
  { id: "II", title: "Preventive measures", first: 5, last: 14 },
  { id: "III", title: "Criminalization and law enforcement", first: 15, last: 42 },
  { id: "IV", title: "International cooperation", first: 43, last: 50 },
  { id: "V", title: "Asset recovery", first: 51, last: 59 },
  { id: "VI", title: "Technical assistance and information exchange", first: 60, last: 62 },
  { id: "VII", title: "Mechanisms for implementation", first: 63, last: 64 },
  { id: "VIII", title: "Final provisions", first: 65, last: 71 },
];

export const REVIEW_CYCLES = [
  { id: 1, chapters: ["III", "IV"] as ChapterId[], launched: 2010 },
  { id: 2, chapters: ["II", "V"] as ChapterId[], launched: 2016 },
] as const;
export type ReviewCycleId = 1 | 2;
