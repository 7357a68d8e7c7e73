import { useTranslation } from "react-i18next";

/**
 * Numbers and days in the reader's language (1,234 / 1 234 / 1.234), through Intl, so that a
 * waiting time reads the same way as the interface around it.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return {
    number: (n: number) => new Intl.NumberFormat(lang).format(n),
    /** A yyyy-mm-dd day, as that calendar day whatever the reader's time zone. */
    day: (iso: string) =>
      new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" }).format(
        new Date(`${iso.slice(0, 10)}T00:00:00Z`),
      ),
  };
}
