import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId } from "react";
import { useTranslation } from "react-i18next";
import { isLocale, LOCALE_NAMES, LOCALES, rememberLocale, type Locale } from "../i18n";
import { useSession } from "../lib/session";
import { useTRPC } from "../lib/trpc";

/**
 * The language is kept per user: on the account (`auth.setLocale`) when logged in, in
 * localStorage for the public. A logged-in user's saved locale wins when the session loads.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const setLocale = useMutation(
    trpc.auth.setLocale.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
    }),
  );

  useEffect(() => {
    if (user && isLocale(user.locale) && user.locale !== i18n.language)
      void i18n.changeLanguage(user.locale);
  }, [user, i18n]);

  function change(locale: Locale) {
    void i18n.changeLanguage(locale);
    rememberLocale(locale);
    if (user) setLocale.mutate({ locale });
  }

  return (
    <div className="lang">
      <label htmlFor={id} className="visually-hidden">
        {t("common.language")}
      </label>
      <select
        id={id}
        value={isLocale(i18n.language) ? i18n.language : "en"}
        onChange={(e) => change(e.target.value as Locale)}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
