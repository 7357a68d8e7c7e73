/**
 * Counts outside the secretariat may be withheld (null) when they are small (issue 12: small-count
 * suppression of public figures). Shown as "<3" wherever a number would be.
 */
export type Disclosed = number | null;

export function shownCount(n: Disclosed | undefined, below: number | null = 3): string {
  if (n === null) return `<${below ?? 3}`;
  return (n ?? 0).toLocaleString();
}

/** A withheld count in arithmetic that needs a number (bar length, colour): at least one. */
export function atLeast(n: Disclosed | undefined): number {
  return n === null ? 1 : (n ?? 0);
}
