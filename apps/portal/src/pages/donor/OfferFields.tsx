/** The offer form's fields, grouped as the form reads: what, for whom, when and how much. */
import { CATEGORY_IDS, MODALITY_IDS, REGIONAL_GROUP_IDS, UN_LANGUAGES } from "@tahub/domain";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { CheckboxGroup, describedBy, errorFor, Field } from "../../components/form";
import { parseArticles } from "../../lib/articles";
import type { FieldError } from "../../lib/errors";
import { useLabels } from "../../lib/labels";
import { useTRPC } from "../../lib/trpc";
import type { OfferDraft, SetOfferDraft } from "./offerDraft";

interface FieldsProps {
  d: OfferDraft;
  set: SetOfferDraft;
  errors: readonly FieldError[];
}

/** The secretariat records offers for a provider, so it chooses which. */
export function ProviderField({ d, set, errors }: FieldsProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const providers = useQuery(trpc.providers.list.queryOptions({}));
  return (
    <Field id="of-provider" label={t("offerForm.provider")} error={errorFor(errors, "providerId")}>
      <select
        id="of-provider"
        value={d.providerId}
        onChange={(e) => set("providerId", e.target.value)}
        required
      >
        <option value="">{t("offerForm.chooseProvider")}</option>
        {(providers.data ?? []).map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** What is offered: title, description, forms of assistance and the articles it concerns. */
export function OfferWhatFields({ d, set, errors }: FieldsProps) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <>
      <Field id="of-title" label={t("offerForm.title")} error={errorFor(errors, "title")}>
        <input
          id="of-title"
          value={d.title}
          onChange={(e) => set("title", e.target.value)}
          required
          maxLength={200}
          aria-describedby={describedBy("of-title", false, !!errorFor(errors, "title"))}
        />
      </Field>
      <Field
        id="of-desc"
        label={t("offerForm.description")}
        error={errorFor(errors, "description")}
      >
        <textarea
          id="of-desc"
          rows={5}
          value={d.description}
          onChange={(e) => set("description", e.target.value)}
          required
          aria-describedby={describedBy("of-desc", false, !!errorFor(errors, "description"))}
        />
      </Field>
      <CheckboxGroup
        legend={t("offerForm.modalities")}
        options={MODALITY_IDS}
        value={d.modalities}
        onChange={(v) => set("modalities", v)}
        label={l.modality}
        error={errorFor(errors, "modalities")}
      />
      <CheckboxGroup
        legend={t("offerForm.categories")}
        options={CATEGORY_IDS}
        value={d.categories}
        onChange={(v) => set("categories", v)}
        label={(c) => l.category(c)}
      />
      <ArticlesField d={d} set={set} errors={errors} />
    </>
  );
}

/** The articles, as typed; the hint names any that are not articles of the Convention. */
function ArticlesField({ d, set, errors }: FieldsProps) {
  const { t } = useTranslation();
  const parsedArticles = parseArticles(d.articles);
  return (
    <Field
      id="of-articles"
      label={t("offerForm.articles")}
      hint={
        parsedArticles.invalid.length
          ? t("review.badArticles", { list: parsedArticles.invalid.join(", ") })
          : t("review.articlesHint")
      }
      error={errorFor(errors, "articles")}
    >
      <input
        id="of-articles"
        value={d.articles}
        onChange={(e) => set("articles", e.target.value)}
        aria-describedby="of-articles-hint"
      />
    </Field>
  );
}

/** For whom: the regional groups it is open to and the languages it is given in. */
export function OfferWhereFields({ d, set }: Omit<FieldsProps, "errors">) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <>
      <CheckboxGroup
        legend={t("offerForm.regions")}
        options={REGIONAL_GROUP_IDS}
        value={d.regions}
        onChange={(v) => set("regions", v)}
        label={l.region}
      />
      <CheckboxGroup
        legend={t("offerForm.languages")}
        options={UN_LANGUAGES}
        value={d.languages}
        onChange={(v) => set("languages", v)}
        label={(x) => t(`language.${x}`)}
      />
    </>
  );
}

/** When and how much: the period, the capacity, and whether it is South-South cooperation. */
export function OfferWhenFields({ d, set, errors }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="form-row">
        <Field id="of-from" label={t("offerForm.from")} error={errorFor(errors, "period")}>
          <input
            id="of-from"
            type="date"
            value={d.from}
            onChange={(e) => set("from", e.target.value)}
          />
        </Field>
        <Field id="of-to" label={t("offerForm.to")}>
          <input id="of-to" type="date" value={d.to} onChange={(e) => set("to", e.target.value)} />
        </Field>
        <Field
          id="of-capacity"
          label={t("offerForm.capacity")}
          error={errorFor(errors, "capacity")}
        >
          <input
            id="of-capacity"
            type="number"
            min={0}
            value={d.capacity}
            onChange={(e) => set("capacity", e.target.value)}
          />
        </Field>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={d.southSouth}
          onChange={(e) => set("southSouth", e.target.checked)}
        />
        <span>{t("offerForm.southSouth")}</span>
      </label>
    </>
  );
}
