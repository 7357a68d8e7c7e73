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

export function detectLanguage(words: readonly string[]): Language {
  const score: Record<Language, number> = { en: 0, fr: 0, es: 0 };
  for (const w of words) {
    if (SHARED.has(w)) continue;
    for (const lang of LANGUAGES) if (MARKERS[lang].has(w)) score[lang]++;
    // Spelling cues survive accent folding poorly, so look at endings too.
    if (w.endsWith("cion") || w.endsWith("ciones") || w.endsWith("idad")) score.es += 0.5;
    if (w.endsWith("tion") && !w.endsWith("ation")) score.fr += 0.25;
    if (w.endsWith("ement") || w.endsWith("eaux")) score.fr += 0.5;
  }
  // A lone "-tion" ending is no evidence of French ("whistle-blower protection law"): another
  // language needs at least one marker word's worth of evidence to win over English.
  if (score.fr >= 1 && score.fr > score.en && score.fr >= score.es) return "fr";
  if (score.es >= 1 && score.es > score.en && score.es > score.fr) return "es";
  return "en";
}
