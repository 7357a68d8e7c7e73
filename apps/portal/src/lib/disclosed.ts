import i18n from "i18next";

/**
 * Counts outside the secretariat may be withheld (null) when they are small (issue 12: small-count
 * suppression of public figures). Shown as "<3" wherever a number would be.
 */
export type Disclosed = number | null;

/** A number in the interface's language (3,829 / 3 829 / 3.829), not the browser's. */
export function formatNumber(n: number, lang: string = i18n.language || "en"): string {
  return new Intl.NumberFormat(lang).format(n);
}

export function shownCount(
  n: Disclosed | undefined,
  below: number | null = 3,
  lang: string = i18n.language || "en",
): string {
  if (n === null) return `<${below ?? 3}`;
  return formatNumber(n ?? 0, lang);
}

/** A count as a CSV cell: the plain number (spreadsheets read it), "<3" where withheld. */
export function csvCount(n: Disclosed | undefined, below = 3): string | number {
  return n === null ? `<${below}` : (n ?? 0);
}

/** A withheld count in arithmetic that needs a number (bar length, colour): at least one. */
export function atLeast(n: Disclosed | undefined): number {
  return n === null ? 1 : (n ?? 0);
}
