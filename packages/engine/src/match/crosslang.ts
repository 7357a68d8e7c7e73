import type { Analysed } from "../text/index.js";
import { isStopword, stem } from "../text/index.js";
import type { WeightedTerm } from "./bm25.js";
import type { FoundConcept } from "./concepts.js";
import { pivotTerms } from "../knowledge/glossary.js";
import type { MatchWeights } from "./weights.js";

/**
 * Language-neutral "cognate keys" of a text's content words, so that a French or Spanish need
 * meets an English offer on the words they share by origin, not only on the concepts the
 * lexicon knows: déclaration / declaración / declaration, stratégie / estrategia / strategy,
 * blanchiment stays apart from laundering (the concept lexicon joins those).
 *
 * A key is the word (already lower-cased and accent-folded by the text pipeline) with the
 * spelling differences between the three languages evened out, cut to its first
 * `COGNATE_PREFIX` letters: long enough that unrelated words rarely share it (confiscation /
 * conflict differ at the fifth letter), short enough to cut off the endings, which is where the
 * three languages differ most (-tion / -cion, -ie / -ia / -y). Stop words of the text's language
 * and words shorter than the prefix are skipped. Keys only ever add evidence; BM25's idf keeps
 * common prefixes ("inter", "publi") cheap.
 */
const COGNATE_PREFIX = 5;

// Spelling correspondences, applied in order to the folded word.
const RULES: readonly [RegExp, string][] = [
  // Spanish prothetic e- before s + consonant: estrategia / strategy, especial / special.
  [/^es(?=[bcdfgjklmnpqrstvz])/, "s"],
  [/ph/g, "f"],
  [/th/g, "t"],
  [/qu/g, "c"],
  [/[kq]/g, "c"],
  [/[yj]/g, "i"],
  [/z/g, "s"],
  // Doubled letters once (accion / action, communication / comunicacion).
  [/([a-z])\1/g, "$1"],
];

function cognateKey(word: string): string | undefined {
  if (word.length < COGNATE_PREFIX || /\d/.test(word)) return undefined;
  let w = word;
  for (const [re, to] of RULES) w = w.replace(re, to);
  return w.length >= COGNATE_PREFIX - 1 ? `k:${w.slice(0, COGNATE_PREFIX)}` : undefined;
}

/** A content word part (hyphenated compounds and elisions count as their parts) and its stem. */
interface Part {
  word: string;
  stem: string;
}

function contentParts(a: Analysed): Part[] {
  const out: Part[] = [];
  for (const raw of a.words)
    for (const word of raw.split(/['-]/)) {
      if (word.length < 2 || isStopword(word, a.language) || /^\d+$/.test(word)) continue;
      out.push({ word, stem: stem(word, a.language) });
    }
  return out;
}

/** The cognate keys of a text's content words, in order (repeats kept: they are term frequency). */
function cognateKeys(a: Analysed): string[] {
  const out: string[] = [];
  for (const p of contentParts(a)) {
    const k = cognateKey(p.word);
    if (k) out.push(k);
  }
  return out;
}

/**
 * The language-neutral terms of a text: its cognate keys, the English pivot stems of the words
 * the glossary knows (`../knowledge/glossary.ts`: "funcionarios" and "officials" both give "p:offici"), and
 * its concept ids (weighted like in the word index). Indexed apart from the stems so that their
 * idf is computed over every language at once: a Spanish word is rare in a mostly English
 * catalogue whatever it means, which made same-language candidates win on common words.
 * (Dropping the cognate key of a word the glossary translates was tried: no better on dev.)
 */
export function neutralTerms(
  a: Analysed,
  concepts: readonly FoundConcept[],
  w: MatchWeights,
): WeightedTerm[] {
  const out: WeightedTerm[] = cognateKeys(a).map((term) => ({ term, weight: 1 }));
  if (w.pivot > 0)
    for (const p of pivotTerms(a)) out.push({ term: p.term, weight: p.weight * w.pivot });
  for (const c of concepts) out.push({ term: `c:${c.id}`, weight: w.neutralConcept });
  return out;
}
