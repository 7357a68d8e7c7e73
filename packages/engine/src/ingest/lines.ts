/**
 * From extracted text to logical lines: typographic clean-up, noise removal (page numbers,
 * document-symbol footers) and PDF line-break joining. Pure string work; the splitter
 * (split.ts) reads the result.
 */

/** One logical line: a paragraph, a heading or a list item, with its indentation. */
export interface Line {
  text: string;
  /** Leading spaces in the source (a tab counts 4): nested lists are indented. */
  indent: number;
  /** A blank line came before it (paragraph break). */
  afterBlank: boolean;
}

// Page furniture that PDF extraction leaves between paragraphs.
const PAGE_NUMBER =
  /^(?:(?:page|p\.|página)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/|de|sur)\s*\d{1,4})?$/i;
/** UN document symbols and job numbers: "CAC/COSP/IRG/II/2/1/Add.5", "V.23-01234", "GE.21-1234 (E)". */
const SYMBOL = /^(?:[A-Z]{1,10}(?:\/[A-Za-z0-9.]+){2,}|[A-Z]{1,3}\.\d{2}-\d{4,6}|\d{2}-\d{4,6})$/;
const FOOTER_TAIL = /^(?:\(\s*[EFSACR]\s*\)|[*\d\s]+)$/;

/** Whether a whole line is page furniture rather than text of the summary. */
export function isNoiseLine(line: string): boolean {
  const s = line.trim();
  if (!s) return false;
  if (PAGE_NUMBER.test(s)) return true;
  // A footer may hold several symbols and tails on one line: "V.23-01234 (E) *2301234*".
  const parts = s.split(/\s+/);
  return (
    parts.some((p) => SYMBOL.test(p)) &&
    parts.every((p) => SYMBOL.test(p) || FOOTER_TAIL.test(p) || /^[*]?\d{5,}[*]?$/.test(p))
  );
}

/** List markers: bullets, "(a)", "a)", "a.", "(i)", "1.", "1)". */
export const MARKER =
  /^(?:[•●▪■◦○·‣⁃∙➢►✓✔\-–—*]|o(?=\s)|\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})\)|(?:[a-z]|[ivxlc]{1,6}|\d{1,2})[.)])\s+/i;

const TERMINAL = /[.;:!?]["”’)\]]*$/;

/** Short, unpunctuated lines such as "Article 52" or "Technical assistance needs". */
export function looksLikeHeading(s: string): boolean {
  const t = s.trim();
  if (!t || TERMINAL.test(t) || t.length > 90) return false;
  const words = t.split(/\s+/).length;
  if (words > 12) return false;
  if (/^(?:chap(?:ter|itre|ítulo)|arts?\.?\s*\d|articles?\s+\d|art[ií]culos?\s+\d)/i.test(t))
    return true;
  if (/technical assistance|assistance technique|asistencia t[eé]cnica/i.test(t) && words <= 8)
    return true;
  // "5. Technical ..." or "II. ..." numbered section titles.
  if (/^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+\p{Lu}/u.test(t) && words <= 8) return true;
  return /^\p{Lu}/u.test(t) && words <= 6;
}

const KEEP_HYPHEN =
  /(?:^|[^a-z])(?:anti|non|co|self|cross|inter|multi|pre|post|sub|well|follow|long|short|high|low|case|capacity|whistle|e|cyber|mid|ex|vice|state|agency|country|peer|sector|risk|gender|money|asset|off|on|up|in|over|know|how)$/i;

/** Joins a word broken across lines: "imple-" + "mentation"; keeps real compounds' hyphens. */
function joinHyphenated(prev: string, next: string): string {
  const m = /(\p{L}+)-$/u.exec(prev);
  if (m && /^\p{Ll}/u.test(next)) {
    return KEEP_HYPHEN.test(m[1] ?? "") ? prev + next : prev.slice(0, -1) + next;
  }
  return `${prev} ${next}`;
}

const indentOf = (raw: string) => {
  let n = 0;
  for (const ch of raw) {
    if (ch === " " || ch === "\u00a0") n += 1;
    else if (ch === "\t") n += 4;
    else break;
  }
  return n;
};

/** Normalises characters that extraction tools and word processors vary. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\f\v\u2028\u2029]/g, "\n")
    .replace(/\u00ad/g, "") // soft hyphen
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, "")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/\uf0b7|\uf0a7|\uf076|\uf0d8|\uf0fc/g, "•"); // Symbol-font bullets from Word
}

/**
 * Logical lines of a text: noise dropped; a line continues the one before unless it starts a
 * list item, follows a blank line, or the one before ended a sentence or was a heading.
 */
export function logicalLines(text: string): Line[] {
  const out: Line[] = [];
  let blank = true;
  let prevHeading = false;
  const rawLines = cleanText(text).split("\n");
  for (const [i, raw] of rawLines.entries()) {
    const s = raw.trim().replace(/\s+/g, " ");
    if (!s) {
      blank = true;
      continue;
    }
    if (isNoiseLine(s)) continue;
    const last = out[out.length - 1];
    const nextRaw = rawLines.slice(i + 1).find((l) => l.trim() && !isNoiseLine(l)) ?? "";
    const heading: boolean =
      looksLikeHeading(s) &&
      !MARKER.test(s) &&
      (blank || !last || TERMINAL.test(last.text) || prevHeading) &&
      (!nextRaw.trim() || /^[\p{Lu}\d([•●▪■◦○·‣⁃∙➢►✓✔\-–—*]/u.test(nextRaw.trim()));
    const continues =
      last &&
      !blank &&
      !heading &&
      !prevHeading &&
      !MARKER.test(s) &&
      (!TERMINAL.test(last.text) || /^\p{Ll}/u.test(s));
    if (continues) last.text = joinHyphenated(last.text, s);
    else out.push({ text: s, indent: indentOf(raw), afterBlank: blank });
    prevHeading = heading;
    blank = false;
  }
  return out;
}
