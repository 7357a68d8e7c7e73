/** The needs an executive summary yielded, as the user edits them before storing them. */

/** One need as the user edits it before confirming. */
export interface Draft {
  key: number;
  text: string;
  articles: string;
  paragraph: string;
  heading: string | null;
  category: string | null;
  abstain: boolean;
}

let nextKey = 1;

/** A key for a new draft, unique on the page. */
export function newKey(): number {
  return nextKey++;
}

/** The articles typed, as numbers of the Convention (1-71), each once. */
export const parseArticles = (s: string) =>
  [
    ...new Set(
      s
        .split(/[\s,;]+/)
        .filter(Boolean)
        .map(Number),
    ),
  ].filter((n) => Number.isInteger(n) && n >= 1 && n <= 71);

/** Merges need `i` with the next: texts joined, articles united, paragraphs kept. */
export function mergeDrafts(d: Draft[], i: number): Draft[] {
  const a = d[i];
  const b = d[i + 1];
  if (!a || !b) return d;
  const merged: Draft = {
    ...a,
    text: `${a.text.replace(/[.;\s]+$/, "")}; ${b.text}`,
    articles: parseArticles(`${a.articles},${b.articles}`).join(", "),
    paragraph: a.paragraph === b.paragraph ? a.paragraph : `${a.paragraph}\n${b.paragraph}`,
  };
  return [...d.slice(0, i), merged, ...d.slice(i + 2)];
}

/** Splits need `i` at `at` (or, outside its text, at the space nearest the middle). */
export function splitDraft(d: Draft[], i: number, at: number, key: number): Draft[] {
  const a = d[i];
  if (!a) return d;
  if (at <= 0 || at >= a.text.length) at = a.text.indexOf(" ", Math.floor(a.text.length / 2));
  if (at <= 0) return d;
  const first = { ...a, text: a.text.slice(0, at).trim() };
  const second = { ...a, key, text: a.text.slice(at).trim() };
  return [...d.slice(0, i), first, second, ...d.slice(i + 1)];
}
