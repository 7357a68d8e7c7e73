/**
 * The languages TA Hub shows domain text in (the portal's interface languages), and a text given
 * in each of them. Other UN languages fall back to English until their texts are added.
 */
export const TEXT_LANGUAGES = ["en", "fr", "es"] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];
export type Localized = Readonly<Record<TextLanguage, string>>;

/** "fr", "fr-CA", "FR" -> "fr"; anything not offered -> "en". */
export function textLanguage(lang: string | null | undefined): TextLanguage {
  const two = (lang ?? "").slice(0, 2).toLowerCase();
  return (TEXT_LANGUAGES as readonly string[]).includes(two) ? (two as TextLanguage) : "en";
}

/** The text in this language (a BCP 47 tag or its first two letters), English if not offered. */
export function pick(text: Localized, lang: string | null | undefined): string {
  return text[textLanguage(lang)];
}
