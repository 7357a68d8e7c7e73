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
  en: [
    "technical",
    "assistance",
    "needs",
    "need",
    "support",
    "further",
    "general",
    "specific",
    "request",
    "requests",
    "help",
    "enhancing",
    "enhancement",
    "improving",
    "improvement",
    "strengthening",
    "development",
    "continued",
    "provision",
    "providing",
    "area",
    "field",
  ],
  fr: [
    "assistance",
    "technique",
    "besoins",
    "besoin",
    "appui",
    "soutien",
    "aide",
    "amelioration",
    "renforcement",
    "elaboration",
    "fourniture",
    "domaine",
    "general",
  ],
  es: [
    "asistencia",
    "tecnica",
    "necesidades",
    "necesidad",
    "apoyo",
    "ayuda",
    "mejora",
    "fortalecimiento",
    "elaboracion",
    "desarrollo",
    "provision",
    "ambito",
    "general",
  ],
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

/** Index of the first stem from `from` on that is not a generic opener; `stems.length` if none. */
export function headIndex(stems: readonly string[], language: Language, from = 0): number {
  const g = genericStems()[language];
  let i = from;
  while (i < stems.length && g.has(stems[i] as string)) i++;
  return i;
}

/**
 * How a paragraph turns from the situation to the request ("we would like", "the country
 * requests assistance", "nous souhaiterions", "se solicita"). A focal point's paragraph starts
 * with context; its head is after the request (labelling guideline, "Paragraphs").
 */
const REQUEST: Readonly<Record<Language, RegExp>> = {
  en: /\b(?:would (?:like|welcome|appreciate|benefit from)|(?:we|it|state|country|government|authorities|ministry|office|agency|unit|commission) (?:needs?|requests?|seeks?|asks? for|requires?|wants?|wish(?:es)?|is seeking|are seeking|is requesting|are requesting)|(?:requests?|requesting|seeks?|seeking|requires?|needs?) (?:technical |external |the |international )?(?:assistance|support|help|advice|expertise)|(?:assistance|support|help|advice) (?:is|are|would be) (?:needed|requested|required|sought|welcome)|therefore)\b/,
  fr: /\b(?:souhait\w*|sollicit\w*|demand\w* (?:un |une |l'|d'un |d'une )?(?:appui|assistance|aide|soutien|accompagnement)|(?:aurions|avons|aurait|a) besoin|voudr\w*|aimerions|aimerait|c'est pourquoi)\b/,
  es: /\b(?:solicit\w*|requer\w*|requier\w*|quisi[eé]ramos|quisiera|dese\w*|necesit\w*|agradecer\w*|por ello|por lo tanto)\b/,
};

const SENTENCE_END = /(?<=[.;!?])\s+/;

/**
 * The head of the request: after generic openers from the start, or, in a paragraph whose
 * first sentence is context, after the request in the first later sentence that makes one.
 */
export function requestHead(text: string, stems: readonly string[], language: Language): number {
  const sentences = text.split(SENTENCE_END);
  if (sentences.length > 1) {
    let before = (sentences[0] as string) + " ";
    for (let i = 1; i < sentences.length; i++) {
      const sentence = sentences[i] as string;
      const m = REQUEST[language].exec(sentence.toLowerCase());
      if (m) {
        const prefix = before + sentence.slice(0, m.index + m[0].length);
        const from = analyse(prefix, { language, bigrams: false }).stems.length;
        if (from < stems.length) return headIndex(stems, language, from);
        break;
      }
      before += sentence + " ";
    }
  }
  return headIndex(stems, language);
}

/**
 * Words naming a body (the guideline's rule "bodies-and-procedures": creating or strengthening
 * a body is institution-building). "The strengthening of the financial intelligence unit"
 * names no form of help at all; that its head is a body is what decides it.
 */
const BODY_WORDS: Readonly<Record<Language, readonly string[]>> = {
  en: [
    "unit",
    "agency",
    "commission",
    "office",
    "body",
    "authority",
    "bodies",
    "directorate",
    "department",
    "secretariat",
    "inspectorate",
    "ombudsman",
    "fiu",
    "institution",
    "institutions",
    "council",
    "tribunal",
    "registry",
  ],
  fr: [
    "unite",
    "agence",
    "commission",
    "office",
    "organe",
    "autorite",
    "cellule",
    "direction",
    "inspection",
    "mediateur",
    "crf",
    "institution",
    "institutions",
    "conseil",
    "haute",
    "greffe",
    "organes",
  ],
  es: [
    "unidad",
    "agencia",
    "comision",
    "oficina",
    "organo",
    "autoridad",
    "direccion",
    "inspeccion",
    "defensoria",
    "uif",
    "institucion",
    "instituciones",
    "consejo",
    "organismo",
    "organismos",
    "registro",
  ],
};

let bodies: Record<Language, Set<string>> | undefined;

/** Whether the request's head (or one of the three stems after it) names a body, before any grouping cue. */
export function headIsBody(
  stems: readonly string[],
  language: Language,
  head: number,
  firstCueAt: number,
): boolean {
  bodies ??= {
    en: stemSet(BODY_WORDS.en, "en"),
    fr: stemSet(BODY_WORDS.fr, "fr"),
    es: stemSet(BODY_WORDS.es, "es"),
  };
  const b = bodies[language];
  const end = Math.min(stems.length, head + 4, firstCueAt);
  for (let i = head; i < end; i++) if (b.has(stems[i] as string)) return true;
  return false;
}

function stemSet(words: readonly string[], language: Language): Set<string> {
  const out = new Set<string>();
  for (const w of words) for (const s of analyse(w, { language, bigrams: false }).stems) out.add(s);
  return out;
}
