/**
 * Parses explicit references to Convention articles out of free text, the way executive
 * summaries and needs write them: "art. 52, para. 5", "articles 14, 52 and 58",
 * "arts. 53-55", "article 12, paragraph 2 (c)", "art. 52(1)", and the French and Spanish
 * forms ("articles 5 et 6", "artículos 14, 52 y 58", "párrafo 1").
 */
export interface ArticleReference {
  article: number;
  paragraph?: number;
  subparagraph?: string;
  /** The text span the reference was read from. */
  span: [start: number, end: number];
}

// No "u" flag: with it, V8 cannot scan for the literal start and \b costs ~20x more; the
// pattern has no astral characters and "í" folds to "Í" either way.
const KEYWORD = /\b(?:arts?\.?|articles?|art[ií]culos?)(?=[\s\d(])\s*/gi;
const NUMBER = /^(\d{1,3})(?!\d|\s*%|\s*per\s*cent)/u;
const PARAGRAPH =
  /^(?:\s*,?\s*(?:paras?\.?|paragraphs?|paragraphes?|par\.|p[aá]rrafos?|§)\s*(\d{1,2})(?:\s*\(([a-z])\))?|\s*\((\d{1,2})\)(?:\s*\(([a-z])\))?)/iu;
const RANGE = /^\s*(?:-|–|—|to|à|a)\s*(\d{1,3})(?!\d)/iu;
const SEPARATOR =
  /^\s*(?:,|;|and|et|y|e|&|or|ou|o|as well as)\s*(?:(?:arts?\.?|articles?|art[ií]culos?)\s*)?(?=\d)/iu;

const MAY_CITE = /art/i;
const MAX_ARTICLE = 71;
/** Ranges longer than this are almost certainly not article lists ("articles 1 to 71"). */
const MAX_RANGE = 10;

export function parseArticleReferences(text: string): ArticleReference[] {
  const found: ArticleReference[] = [];
  for (const m of text.matchAll(KEYWORD)) {
    let pos = (m.index ?? 0) + m[0].length;
    const start = m.index ?? 0;
    for (;;) {
      const rest = text.slice(pos);
      const num = NUMBER.exec(rest);
      if (!num) break;
      const article = Number(num[1]);
      pos += num[0].length;
      const ref: ArticleReference = { article, span: [start, pos] };
      const para = PARAGRAPH.exec(text.slice(pos));
      if (para) {
        ref.paragraph = Number(para[1] ?? para[3]);
        const sub = para[2] ?? para[4];
        if (sub) ref.subparagraph = sub.toLowerCase();
        pos += para[0].length;
        ref.span = [start, pos];
      }
      const range = PARAGRAPH.test(text.slice(pos)) ? null : RANGE.exec(text.slice(pos));
      if (range) {
        const last = Number(range[1]);
        pos += range[0].length;
        if (last > article && last - article <= MAX_RANGE) {
          for (let a = article; a <= last; a++) found.push({ article: a, span: [start, pos] });
        } else found.push(ref);
      } else found.push(ref);
      const sep = SEPARATOR.exec(text.slice(pos));
      if (!sep) break;
      pos += sep[0].length;
    }
  }
  return found.filter((r) => r.article >= 1 && r.article <= MAX_ARTICLE);
}

/** The distinct article numbers referenced, in order of first mention. */
export function referencedArticles(text: string): number[] {
  // Most needs cite nothing: a literal scan rules them out cheaply (every KEYWORD match
  // contains "art" in some case).
  if (!MAY_CITE.test(text)) return [];
  const seen = new Set<number>();
  for (const r of parseArticleReferences(text)) seen.add(r.article);
  return [...seen];
}
