/** Parses "5, 6 and 52" or "art. 5; 6" into valid article numbers (1-71), keeping order, no repeats. */
export function parseArticles(text: string): { articles: number[]; invalid: string[] } {
  const articles: number[] = [];
  const invalid: string[] = [];
  for (const token of text.split(/[\s,;]+|\band\b|\bet\b|\by\b/i)) {
    const t = token.replace(/^(art(icle)?s?\.?)/i, "").trim();
    if (!t) continue;
    const n = Number(t);
    if (Number.isInteger(n) && n >= 1 && n <= 71) {
      if (!articles.includes(n)) articles.push(n);
    } else invalid.push(token.trim());
  }
  return { articles, invalid };
}
