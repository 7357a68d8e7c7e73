import { useTranslation } from "react-i18next";

/** An instant in the reader's language and time zone ("3 Dec 2026, 14:05"). */
export function useWhen() {
  const { i18n } = useTranslation();
  const f = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  return (iso: string) => f.format(new Date(iso));
}
