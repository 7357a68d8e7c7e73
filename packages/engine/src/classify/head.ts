/**
 * The head of a request: the first content words after the openers that say nothing about the
 * kind of help ("support in", "technical assistance for", "the development of"). The labelling
 * guideline (`GUIDELINE_PRINCIPLES`, "head-decides") files a need by what it asks to be
 * delivered, and needs written as nominal list items ("the conduct of risk-based audits",
 * "the drafting of a manual on ...") carry that in their head, not in the topic words around it.
 */
import { GENERIC_HEADS } from "@tahub/domain";
import { analyse } from "../text/analyse.js";
import type { Language } from "../text/language.js";

/**
 * Opener words beyond the guideline's phrases: intensifiers and request verbs that also say
 * nothing about the form of help. Kept short on purpose; every word here hides a head.
 */
const MORE_GENERIC: Readonly<Record<Language, readonly string[]>> = {
  en: ["technical", "assistance", "needs", "need", "support", "further", "general", "specific", "request", "requests", "help", "enhancing", "enhancement", "improving", "improvement", "strengthening", "development", "continued", "provision", "providing", "area", "field"],
  fr: ["assistance", "technique", "besoins", "besoin", "appui", "soutien", "aide", "amelioration", "renforcement", "elaboration", "fourniture", "domaine", "general"],
  es: ["asistencia", "tecnica", "necesidades", "necesidad", "apoyo", "ayuda", "mejora", "fortalecimiento", "elaboracion", "desarrollo", "provision", "ambito", "general"],
};

let generic: Record<Language, Set<string>> | undefined;

/** Stems of the generic openers, per language (built once, through the same analysis). */
function genericStems(): Record<Language, Set<string>> {
  if (generic) return generic;
  const out = { en: new Set<string>(), fr: new Set<string>(), es: new Set<string>() };
  for (const lang of ["en", "fr", "es"] as const) {
    for (const phrase of [...GENERIC_HEADS[lang], ...MORE_GENERIC[lang]])
      for (const s of analyse(phrase, { language: lang, bigrams: false }).stems) out[lang].add(s);
  }
  return (generic = out);
}

/** Index in `stems` of the first stem that is not a generic opener; `stems.length` if none. */
export function headIndex(stems: readonly string[], language: Language): number {
  const g = genericStems()[language];
  let i = 0;
  while (i < stems.length && g.has(stems[i] as string)) i++;
  return i;
}
