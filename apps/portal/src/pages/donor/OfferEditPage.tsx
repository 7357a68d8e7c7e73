import {
  CATEGORY_IDS,
  MODALITY_IDS,
  REGIONAL_GROUP_IDS,
  UN_LANGUAGES,
  type TOfferInput,
} from "@tahub/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import {
  CheckboxGroup,
  ConfidentialityField,
  describedBy,
  errorFor,
  Field,
} from "../../components/form";
import { ConflictNotice, isConflict } from "../../components/ConflictNotice";
import { Card, ErrorState, PageHeader, Spinner } from "../../components/ui";
import { parseArticles } from "../../lib/articles";
import { describeError, fieldErrors } from "../../lib/errors";
import { useLabels } from "../../lib/labels";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";
import {
  EMPTY_TERMS,
  OfferTermsFields,
  termsDraftOf,
  termsInput,
  type TermsDraft,
} from "./OfferTermsFields";

type Draft = {
  providerId: string;
  title: string;
  description: string;
  modalities: TOfferInput["modalities"];
  categories: TOfferInput["categories"];
  regions: TOfferInput["regions"];
  languages: TOfferInput["languages"];
  articles: string;
  from: string;
  to: string;
  capacity: string;
  southSouth: boolean;
  confidentiality: TOfferInput["confidentiality"];
  terms: TermsDraft;
};

const EMPTY: Draft = {
  providerId: "",
  title: "",
  description: "",
  modalities: [],
  categories: [],
  regions: [],
  languages: ["en"],
  articles: "",
  from: "",
  to: "",
  capacity: "",
  southSouth: false,
  confidentiality: "public",
  terms: EMPTY_TERMS,
};

/** Create or edit an offer; the same zod schema as the API checks it there. */
export default function OfferEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { user, isSecretariat } = useSession();
  const existing = useQuery({ ...trpc.offers.byId.queryOptions({ id: id ?? "" }), enabled: !!id });
  const providers = useQuery({ ...trpc.providers.list.queryOptions({}), enabled: isSecretariat });
  const [d, setD] = useState<Draft>({ ...EMPTY, providerId: user?.providerId ?? "" });

  useEffect(() => {
    const o = existing.data;
    if (!o) return;
    setD({
      providerId: o.providerId,
      title: o.title,
      description: o.description,
      modalities: o.modalities as Draft["modalities"],
      categories: o.categories as Draft["categories"],
      regions: o.regions as Draft["regions"],
      languages: o.languages as Draft["languages"],
      articles: o.articles.join(", "),
      from: o.periodFrom ?? "",
      to: o.periodTo ?? "",
      capacity: o.capacity === null ? "" : String(o.capacity),
      southSouth: o.southSouth,
      confidentiality: o.confidentiality,
      terms: termsDraftOf(o),
    });
  }, [existing.data]);

  const done = {
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.offers.pathKey() });
      await navigate("/my/offers");
    },
  };
  const create = useMutation(trpc.offers.create.mutationOptions(done));
  const update = useMutation(trpc.offers.update.mutationOptions(done));
  const error = create.error ?? update.error;
  const errors = fieldErrors(error);
  const parsedArticles = parseArticles(d.articles);

  function submit(e: FormEvent) {
    e.preventDefault();
    const offer: TOfferInput = {
      providerId: d.providerId,
      title: d.title,
      description: d.description,
      modalities: d.modalities,
      categories: d.categories,
      regions: d.regions,
      languages: d.languages,
      articles: parsedArticles.articles,
      southSouth: d.southSouth,
      confidentiality: d.confidentiality,
      ...(d.from ? { period: { from: d.from, ...(d.to ? { to: d.to } : {}) } } : {}),
      ...(d.capacity ? { capacity: Number(d.capacity) } : {}),
      ...termsInput(d.terms),
    };
    // The version loaded with the form: if someone saved meanwhile, the API refuses (CONFLICT).
    if (id && existing.data) update.mutate({ id, version: existing.data.version, offer });
    else create.mutate(offer);
  }

  if (id && existing.isPending) return <Spinner />;
  if (id && existing.isError) return <ErrorState error={existing.error} />;
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));
  const busy = create.isPending || update.isPending;

  return (
    <>
      <PageHeader
        title={id ? t("offerForm.editTitle") : t("offerForm.newTitle")}
        lead={t("offerForm.lead")}
      />
      <Card id="offer-form">
        <form className="form" onSubmit={submit} noValidate>
          {isConflict(error) ? (
            <ConflictNotice
              error={error}
              onReload={() => {
                update.reset();
                void existing.refetch();
              }}
            />
          ) : error ? (
            <div className="alert alert-error" role="alert">
              {describeError(error, t)}
            </div>
          ) : null}
          {isSecretariat ? (
            <Field
              id="of-provider"
              label={t("offerForm.provider")}
              error={errorFor(errors, "providerId")}
            >
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
          ) : null}
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
              <input
                id="of-to"
                type="date"
                value={d.to}
                onChange={(e) => set("to", e.target.value)}
              />
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
          <OfferTermsFields value={d.terms} onChange={(v) => set("terms", v)} errors={errors} />
          <ConfidentialityField
            id="of-conf"
            value={d.confidentiality}
            onChange={(v) => set("confidentiality", v)}
          />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              {id ? t("common.save") : t("offerForm.create")}
            </button>
            <button type="button" className="button" onClick={() => void navigate("/my/offers")}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      </Card>
    </>
  );
}
