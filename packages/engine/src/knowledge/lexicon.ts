import { analyse, type Analysed } from "../text/analyse.js";
import type { Language } from "../text/language.js";

/**
 * A phrase lexicon matched on stems, so that inflections and word order match:
 * "declaration of assets", "asset declarations" and "declared assets" all hit the term
 * "asset declaration". A term matches when all its stems occur within (term length) stems
 * of the first one's position; stop words are already gone, so "protection of
 * witnesses" and "witness protection" are the same two stems.
 */
export interface LexiconHit<T> {
  payload: T;
  term: string;
  /** Stem position of the first matched stem. */
  position: number;
  /** Stems in the term. */
  length: number;
}

interface Entry<T> {
  payload: T;
  payloadIndex: number;
  term: string;
  stems: string[];
}

export interface Lexicon<T> {
  match(a: Analysed): LexiconHit<T>[];
  size: number;
}

export function compileLexicon<T>(
  items: readonly { payload: T; language: Language; term: string }[],
): Lexicon<T> {
  const byLang: Record<Language, Map<string, Entry<T>[]>> = {
    en: new Map(),
    fr: new Map(),
    es: new Map(),
  };
  const payloadIds = new Map<T, number>();
  for (const it of items) {
    const stems = analyse(it.term, { language: it.language }).stems;
    if (stems.length === 0) continue;
    let pid = payloadIds.get(it.payload);
    if (pid === undefined) payloadIds.set(it.payload, (pid = payloadIds.size));
    const e: Entry<T> = { payload: it.payload, payloadIndex: pid, term: it.term, stems };
    // Index under the first stem only: every match contains it, so no match is missed.
    const key = stems[0] as string;
    const list = byLang[it.language].get(key);
    if (list) list.push(e);
    else byLang[it.language].set(key, [e]);
  }
  return {
    size: items.length,
    match(a) {
      const index = byLang[a.language];
      const stems = a.stems;
      const hits: LexiconHit<T>[] = [];
      // Payloads already hit: a need hits a handful, so a short list beats a bitmap per call.
      const seen: number[] = [];
      for (let i = 0; i < stems.length; i++) {
        const list = index.get(stems[i] as string);
        if (!list) continue;
        for (const e of list) {
          if (seen.includes(e.payloadIndex)) continue;
          if (e.stems.length > 1 && !windowHas(stems, i, e.stems)) continue;
          seen.push(e.payloadIndex);
          hits.push({ payload: e.payload, term: e.term, position: i, length: e.stems.length });
        }
      }
      return hits;
    },
  };
}

/**
 * Whether every stem of `term` (after the first, found at `at`) lies near position `at`: at
 * most one other stem between the words of a two-word term ("asset and income declarations"),
 * so that "legal advice on protection of reporting persons" is not "legal persons".
 */
function windowHas(stems: readonly string[], at: number, term: readonly string[]): boolean {
  const span = term.length;
  const lo = Math.max(0, at - span);
  const hi = Math.min(stems.length, at + span + 1);
  for (let k = 1; k < term.length; k++) {
    const want = term[k];
    let found = false;
    for (let j = lo; j < hi; j++) {
      if (j !== at && stems[j] === want) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}
