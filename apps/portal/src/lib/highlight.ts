export interface Segment {
  text: string;
  /** The evidence term this segment matched, if any. */
  term: string | null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Splits a need's text into plain and highlighted segments for the classifier's evidence
 * terms. Terms are stems or phrases ("train", "asset declar"), so a term matches at the start
 * of a word and runs to the end of that word; longer terms win over shorter ones.
 */
export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  const clean = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  if (!text || clean.length === 0) return [{ text, term: null }];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${clean.map((t) => t.split(/\s+/).map(escapeRegExp).join("\\p{L}*\\s+")).join("|")})\\p{L}*`,
    "giu",
  );
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    if (start > last) out.push({ text: text.slice(last, start), term: null });
    const found = (m[1] ?? m[0]).toLowerCase();
    const term = clean.find((t) => found.startsWith(t.toLowerCase().split(/\s+/)[0] ?? t)) ?? found;
    out.push({ text: m[0], term });
    last = start + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), term: null });
  return out;
}

/**
 * The words of the text that the evidence terms matched, once each, in reading order: the
 * classifier's terms are stems ("dedic", "offici wit") that people should not have to decode.
 * Terms that match nothing are dropped.
 */
export function evidenceWords(text: string, terms: readonly string[]): string[] {
  return [
    ...new Set(
      highlightSegments(text, terms)
        .filter((g) => g.term)
        .map((g) => g.text.toLowerCase()),
    ),
  ];
}
