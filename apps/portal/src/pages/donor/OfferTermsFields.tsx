/**
 * The offer form's terms (issue 15, deliverable 4): gender-responsive, provider type (default:
 * the one the provider's kind implies, said so in the hint), budget range with an ISO 4217
 * currency, and duration in months. The API's zod schema checks them; the form only converts.
 */
import { PROVIDER_TYPES, type ProviderType, type TOfferInput } from "@tahub/domain";
import { useTranslation } from "react-i18next";
import { errorFor, Field } from "../../components/form";
import type { FieldError } from "../../lib/errors";
import type { RouterOutputs } from "../../lib/trpc";

export interface TermsDraft {
  genderResponsive: boolean;
  /** "" = let the API choose from the provider's kind. */
  providerType: ProviderType | "";
  budgetMin: string;
  budgetMax: string;
  currency: string;
  durationMonths: string;
}

export const EMPTY_TERMS: TermsDraft = {
  genderResponsive: false,
  providerType: "",
  budgetMin: "",
  budgetMax: "",
  currency: "",
  durationMonths: "",
};

type Offer = RouterOutputs["offers"]["byId"];

export function termsDraftOf(o: Offer): TermsDraft {
  return {
    genderResponsive: o.genderResponsive,
    providerType: o.providerType,
    budgetMin: o.budgetMin === null ? "" : String(o.budgetMin),
    budgetMax: o.budgetMax === null ? "" : String(o.budgetMax),
    currency: o.currency ?? "",
    durationMonths: o.durationMonths === null ? "" : String(o.durationMonths),
  };
}

/** The input fields the draft sets; a budget is sent whenever any of its parts is filled in. */
export function termsInput(
  d: TermsDraft,
): Pick<TOfferInput, "genderResponsive"> & Partial<TOfferInput> {
  const num = (s: string) => Number(s.replace(/[\s,._']/g, ""));
  const anyBudget = d.budgetMin || d.budgetMax || d.currency;
  return {
    genderResponsive: d.genderResponsive,
    ...(d.providerType ? { providerType: d.providerType } : {}),
    ...(anyBudget
      ? {
          budget: {
            currency: d.currency.trim(),
            ...(d.budgetMin ? { min: num(d.budgetMin) } : {}),
            ...(d.budgetMax ? { max: num(d.budgetMax) } : {}),
          },
        }
      : {}),
    ...(d.durationMonths ? { durationMonths: Number(d.durationMonths) } : {}),
  };
}

export function OfferTermsFields({
  value,
  onChange,
  errors,
}: {
  value: TermsDraft;
  onChange: (d: TermsDraft) => void;
  errors: readonly FieldError[];
}) {
  const { t } = useTranslation();
  const set = <K extends keyof TermsDraft>(k: K, v: TermsDraft[K]) =>
    onChange({ ...value, [k]: v });
  return (
    <fieldset className="entries" id="offer-terms">
      <legend>{t("offerTerms.legend")}</legend>
      <Field
        id="of-ptype"
        label={t("offerTerms.providerType")}
        hint={t("offerTerms.providerTypeHint")}
        error={errorFor(errors, "providerType")}
      >
        <select
          id="of-ptype"
          value={value.providerType}
          onChange={(e) => set("providerType", e.target.value as TermsDraft["providerType"])}
          aria-describedby="of-ptype-hint"
        >
          <option value="">{t("offerTerms.providerTypeDefault")}</option>
          {PROVIDER_TYPES.map((p) => (
            <option key={p} value={p}>
              {t(`providerType.${p}`)}
            </option>
          ))}
        </select>
      </Field>
      <BudgetAndDuration value={value} set={set} errors={errors} />
      <label className="check">
        <input
          type="checkbox"
          checked={value.genderResponsive}
          onChange={(e) => set("genderResponsive", e.target.checked)}
        />
        <span>{t("offerTerms.genderResponsiveLong")}</span>
      </label>
    </fieldset>
  );
}

/** The budget range, its currency and the duration, on one row. */
function BudgetAndDuration({
  value,
  set,
  errors,
}: {
  value: TermsDraft;
  set: <K extends keyof TermsDraft>(k: K, v: TermsDraft[K]) => void;
  errors: readonly FieldError[];
}) {
  const { t } = useTranslation();
  return (
    <div className="form-row">
      <Field id="of-bmin" label={t("offerTerms.budgetMin")} error={errorFor(errors, "budget.min")}>
        <input
          id="of-bmin"
          inputMode="numeric"
          value={value.budgetMin}
          onChange={(e) => set("budgetMin", e.target.value)}
        />
      </Field>
      <Field id="of-bmax" label={t("offerTerms.budgetMax")} error={errorFor(errors, "budget.max")}>
        <input
          id="of-bmax"
          inputMode="numeric"
          value={value.budgetMax}
          onChange={(e) => set("budgetMax", e.target.value)}
        />
      </Field>
      <Field
        id="of-currency"
        label={t("offerTerms.currency")}
        hint={t("offerTerms.currencyHint")}
        error={errorFor(errors, "budget.currency")}
      >
        <input
          id="of-currency"
          value={value.currency}
          maxLength={3}
          autoCapitalize="characters"
          onChange={(e) => set("currency", e.target.value.toUpperCase())}
          aria-describedby="of-currency-hint"
        />
      </Field>
      <Field
        id="of-duration"
        label={t("offerTerms.durationMonths")}
        error={errorFor(errors, "durationMonths")}
      >
        <input
          id="of-duration"
          type="number"
          min={1}
          max={120}
          value={value.durationMonths}
          onChange={(e) => set("durationMonths", e.target.value)}
        />
      </Field>
    </div>
  );
}
