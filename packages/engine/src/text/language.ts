/**
 * Language detection among the working languages TA Hub handles: English, French, Spanish.
 * Needs are short, so character n-gram models are overkill; counting each language's most
 * distinctive function words works on a dozen words and costs nothing.
 */
export const LANGUAGES = ["en", "fr", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

const MARKERS: Record<Language, ReadonlySet<string>> = {
  en: new Set(
    "the of and to for in on with by from an is are be this that which their its".split(" "),
  ),
  fr: new Set(
    "le la les des du de et pour dans sur au aux une un par en est sont lutte contre loi lois projet matiere aupres".split(
      " ",
    ),
  ),
  es: new Set(
    "el la los las del de y para en por con una un al es son lucha contra ley leyes proyecto materia sobre".split(
      " ",
    ),
  ),
};

/** Words shared by two languages count for neither: "de", "la", "en", "un" etc. */
const SHARED = new Set(
  [...MARKERS.fr]
    .filter((w) => MARKERS.es.has(w) || MARKERS.en.has(w))
    .concat([...MARKERS.en].filter((w) => MARKERS.es.has(w))),
);

/** A word's evidence for English, French and Spanish. */
export type Votes = readonly [en: number, fr: number, es: number];
const NO_VOTES: Votes = [0, 0, 0];

/** What one (normalised) word says about the language. */
export function votesOf(w: string): Votes {
  if (SHARED.has(w)) return NO_VOTES;
  const en = MARKERS.en.has(w) ? 1 : 0;
  let fr = MARKERS.fr.has(w) ? 1 : 0;
  let es = MARKERS.es.has(w) ? 1 : 0;
  // Spelling cues survive accent folding poorly, so look at endings too.
  if (w.endsWith("cion") || w.endsWith("ciones") || w.endsWith("idad")) es += 0.5;
  if (w.endsWith("tion") && !w.endsWith("ation")) fr += 0.25;
  if (w.endsWith("ement") || w.endsWith("eaux")) fr += 0.5;
  return en || fr || es ? [en, fr, es] : NO_VOTES;
}

/**
 * The language of a need's words. `analyse` memoises each word's votes with its stems and sums
 * them itself; this is the same decision for a list of words.
 */
export function detectLanguage(words: readonly string[]): Language {
  let en = 0;
  let fr = 0;
  let es = 0;
  for (const w of words) {
    const v = votesOf(w);
    en += v[0];
    fr += v[1];
    es += v[2];
  }
  return languageOf(en, fr, es);
}

/** The language the summed votes point to. */
export function languageOf(en: number, fr: number, es: number): Language {
  // A lone "-tion" ending is no evidence of French ("whistle-blower protection law"): another
  // language needs at least one marker word's worth of evidence to win over English.
  if (fr >= 1 && fr > en && fr >= es) return "fr";
  if (es >= 1 && es > en && es > fr) return "es";
  return "en";
}
