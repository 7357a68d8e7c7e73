/**
 * An offer's terms (issue 15, deliverable 4): gender-responsive, provider type, budget range in
 * its currency and duration, written through Intl in the reader's language; and the two list
 * filters (gender-responsive, provider type) the offers page adds.
 */
import { PROVIDER_TYPES, type ProviderType } from "@tahub/domain";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../lib/trpc";

type Terms = Pick<
  RouterOutputs["offers"]["byId"],
  "genderResponsive" | "providerType" | "budgetMin" | "budgetMax" | "currency" | "durationMonths"
>;

/** "€20,000 – €60,000", "from KES 2,600,000", "up to US$100,000", or null without a budget. */
function formatBudget(o: Terms, lang: string, t: TFunction) {
  if (!o.currency || (o.budgetMin === null && o.budgetMax === null)) return null;
  const money = new Intl.NumberFormat(lang, {
    style: "currency",
    currency: o.currency,
    maximumFractionDigits: 0,
  });
  if (o.budgetMin !== null && o.budgetMax !== null)
    return o.budgetMin === o.budgetMax
      ? money.format(o.budgetMin)
      : money.formatRange(o.budgetMin, o.budgetMax);
  if (o.budgetMin !== null)
    return t("offerTerms.budgetFrom", { amount: money.format(o.budgetMin) });
  return o.budgetMax !== null
    ? t("offerTerms.budgetUpTo", { amount: money.format(o.budgetMax) })
    : null;
}

/** "18 months" / "18 mois" / "18 meses", through Intl's unit formatting. */
function formatDuration(months: number, lang: string) {
  return new Intl.NumberFormat(lang, { style: "unit", unit: "month", unitDisplay: "long" }).format(
    months,
  );
}

/** The terms as rows of a facts list (dt/dd pairs). */
export function OfferTermsFacts({ offer }: { offer: Terms }) {
  const { t, i18n } = useTranslation();
  const budget = formatBudget(offer, i18n.language, t);
  return (
    <>
      <dt>{t("offerTerms.providerType")}</dt>
      <dd>{t(`providerType.${offer.providerType}`)}</dd>
      <dt>{t("offerTerms.budget")}</dt>
      <dd>{budget ?? "–"}</dd>
      <dt>{t("offerTerms.duration")}</dt>
      <dd>
        {offer.durationMonths === null ? "–" : formatDuration(offer.durationMonths, i18n.language)}
      </dd>
      <dt>{t("offerTerms.genderResponsive")}</dt>
      <dd>{offer.genderResponsive ? t("common.yes") : t("common.no")}</dd>
    </>
  );
}

/** Short tags for an offer in a list: type, gender-responsive, budget, duration. */
export function OfferTermsTags({ offer }: { offer: Terms }) {
  const { t, i18n } = useTranslation();
  const budget = formatBudget(offer, i18n.language, t);
  return (
    <>
      <span className="tag">{t(`providerType.${offer.providerType}`)}</span>
      {offer.genderResponsive ? (
        <span className="tag">{t("offerTerms.genderResponsive")}</span>
      ) : null}
      {budget ? <span className="tag">{budget}</span> : null}
      {offer.durationMonths !== null ? (
        <span className="tag">{formatDuration(offer.durationMonths, i18n.language)}</span>
      ) : null}
    </>
  );
}

/** The offers list's two filters, read from and written to the URL by the page. */
export function OfferTermsFilters({
  gender,
  providerType,
  set,
}: {
  gender: string;
  providerType: string;
  set: (k: "gender" | "providerType", v: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field field-inline">
        <label htmlFor="o-ptype">{t("offerTerms.providerType")}</label>
        <select
          id="o-ptype"
          value={providerType}
          onChange={(e) => set("providerType", e.target.value)}
        >
          <option value="">{t("filters.any")}</option>
          {PROVIDER_TYPES.map((p) => (
            <option key={p} value={p}>
              {t(`providerType.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-inline">
        <label htmlFor="o-gender">{t("offerTerms.genderResponsive")}</label>
        <select id="o-gender" value={gender} onChange={(e) => set("gender", e.target.value)}>
          <option value="">{t("filters.any")}</option>
          <option value="yes">{t("common.yes")}</option>
          <option value="no">{t("common.no")}</option>
        </select>
      </div>
    </>
  );
}

/** The list input those filters make. */
export function offerTermsQuery(gender: string, providerType: string) {
  return {
    ...(gender === "yes"
      ? { genderResponsive: true }
      : gender === "no"
        ? { genderResponsive: false }
        : {}),
    ...((PROVIDER_TYPES as readonly string[]).includes(providerType)
      ? { providerType: providerType as ProviderType }
      : {}),
  };
}
