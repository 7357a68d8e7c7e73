import { CATEGORY_IDS, UN_LANGUAGES, type TExpertiseInput } from "@tahub/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { CheckboxGroup, ConfidentialityField, errorFor, Field } from "../../components/form";
import { Card, PageHeader } from "../../components/ui";
import { parseArticles } from "../../lib/articles";
import { describeError, fieldErrors, type FieldError } from "../../lib/errors";
import { useLabels } from "../../lib/labels";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";

interface ExpertiseDraft {
  title: string;
  description: string;
  /** As typed, e.g. "5, 6 and 52": parsed when sent. */
  articles: string;
  categories: TExpertiseInput["categories"];
  languages: TExpertiseInput["languages"];
  contact: string;
  confidentiality: TExpertiseInput["confidentiality"];
}

const EMPTY_DRAFT: ExpertiseDraft = {
  title: "",
  description: "",
  articles: "",
  categories: [],
  languages: ["en"],
  contact: "",
  confidentiality: "public",
};

type SetDraft = <K extends keyof ExpertiseDraft>(k: K, v: ExpertiseDraft[K]) => void;

/**
 * The draft and `expertise.create`, published for the user's State or provider. After a
 * success the title and description are cleared for the next entry; the rest stays.
 */
function usePublishExpertise() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const [draft, setDraft] = useState<ExpertiseDraft>(EMPTY_DRAFT);
  const set: SetDraft = (k, v) => setDraft((d) => ({ ...d, [k]: v }));
  const create = useMutation(
    trpc.expertise.create.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.expertise.pathKey() });
        setDraft((d) => ({ ...d, title: "", description: "" }));
      },
    }),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    const { contact, articles, ...rest } = draft;
    create.mutate({
      ...(user?.state ? { state: user.state } : {}),
      ...(user?.providerId ? { providerId: user.providerId } : {}),
      ...rest,
      articles: parseArticles(articles).articles,
      ...(contact.trim() ? { contact: contact.trim() } : {}),
    });
  }

  return { draft, set, create, submit };
}

/** A State or provider shares its expertise in the knowledge bank. */
export default function PublishExpertisePage() {
  const { t } = useTranslation();
  const { draft, set, create, submit } = usePublishExpertise();
  const errors = fieldErrors(create.error);
  return (
    <>
      <PageHeader title={t("publish.title")} lead={t("publish.lead")} />
      <Card id="publish-form">
        <form className="form" onSubmit={submit} noValidate>
          {create.error ? (
            <div className="alert alert-error" role="alert">
              {describeError(create.error, t)}
            </div>
          ) : null}
          {create.data ? (
            <div className="alert alert-success" role="status">
              {t("publish.done")}{" "}
              <Link to={`/expertise?focus=${create.data.id}`}>{t("publish.see")}</Link>
            </div>
          ) : null}
          <ExpertiseTextFields draft={draft} set={set} errors={errors} />
          <ExpertiseReachFields draft={draft} set={set} />
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {t("publish.submit")}
          </button>
        </form>
      </Card>
    </>
  );
}

/** What the expertise is: its title, description and the Convention articles it concerns. */
function ExpertiseTextFields({
  draft,
  set,
  errors,
}: {
  draft: ExpertiseDraft;
  set: SetDraft;
  errors: readonly FieldError[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field id="pe-title" label={t("publish.titleField")} error={errorFor(errors, "title")}>
        <input
          id="pe-title"
          value={draft.title}
          onChange={(e) => set("title", e.target.value)}
          required
          maxLength={200}
        />
      </Field>
      <Field id="pe-desc" label={t("publish.description")} error={errorFor(errors, "description")}>
        <textarea
          id="pe-desc"
          rows={5}
          value={draft.description}
          onChange={(e) => set("description", e.target.value)}
          required
        />
      </Field>
      <Field
        id="pe-articles"
        label={t("offerForm.articles")}
        hint={t("review.articlesHint")}
        error={errorFor(errors, "articles")}
      >
        <input
          id="pe-articles"
          value={draft.articles}
          onChange={(e) => set("articles", e.target.value)}
          aria-describedby="pe-articles-hint"
        />
      </Field>
    </>
  );
}

/** Its form of assistance and languages, whom to contact, and who may see it. */
function ExpertiseReachFields({ draft, set }: { draft: ExpertiseDraft; set: SetDraft }) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <>
      <CheckboxGroup
        legend={t("offerForm.categories")}
        options={CATEGORY_IDS}
        value={draft.categories}
        onChange={(v) => set("categories", v)}
        label={(c) => l.category(c)}
      />
      <CheckboxGroup
        legend={t("offerForm.languages")}
        options={UN_LANGUAGES}
        value={draft.languages}
        onChange={(v) => set("languages", v)}
        label={(x) => t(`language.${x}`)}
      />
      <Field id="pe-contact" label={t("expertise.contact")}>
        <input
          id="pe-contact"
          value={draft.contact}
          onChange={(e) => set("contact", e.target.value)}
          maxLength={300}
        />
      </Field>
      <ConfidentialityField
        id="pe-conf"
        value={draft.confidentiality}
        onChange={(v) => set("confidentiality", v)}
      />
    </>
  );
}
