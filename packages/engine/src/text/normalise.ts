/**
 * Normalisation shared by the classifier, the matcher and the language detector:
 * lower case, accents folded (déclaration -> declaration), typographic dashes and quotes made
 * plain, control characters and other non-text removed. Stemming happens after this.
 */
const COMBINING = /[\u0300-\u036f]/g;
const NON_TEXT = /[^a-z0-9\s'-]+/g;
const SPACE = /\s+/g;

export function foldAccents(s: string): string {
  return s.normalize("NFKD").replace(COMBINING, "");
}

// Printable ASCII but the backtick: no accents to fold, no typographic punctuation to replace.
const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

/** Whether `s` is printable ASCII (backtick aside): nothing for `normalise` to fold or replace. */
export function isPlainAscii(s: string): boolean {
  return PLAIN_ASCII.test(s);
}

export function normalise(text: string): string {
  const lower = text.toLowerCase();
  if (PLAIN_ASCII.test(lower)) return lower.replace(NON_TEXT, " ").replace(SPACE, " ").trim();
  return foldAccents(lower)
    .replace(/[‐-―]/g, "-")
    .replace(/[‘’`´]/g, "'")
    .replace(NON_TEXT, " ")
    .replace(SPACE, " ")
    .trim();
}
