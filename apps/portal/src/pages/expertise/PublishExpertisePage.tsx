import { CATEGORY_IDS, UN_LANGUAGES, type TExpertiseInput } from "@tahub/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { CheckboxGroup, ConfidentialityField, errorFor, Field } from "../../components/form";
import { Card, PageHeader } from "../../components/ui";
import { parseArticles } from "../../lib/articles";
import { describeError, fieldErrors } from "../../lib/errors";
import { useLabels } from "../../lib/labels";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";

/** A State or provider shares its expertise in the knowledge bank. */
export default function PublishExpertisePage() {
  const { t } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [articles, setArticles] = useState("");
  const [categories, setCategories] = useState<TExpertiseInput["categories"]>([]);
  const [languages, setLanguages] = useState<TExpertiseInput["languages"]>(["en"]);
  const [contact, setContact] = useState("");
  const [confidentiality, setConfidentiality] =
    useState<TExpertiseInput["confidentiality"]>("public");
  const create = useMutation(
    trpc.expertise.create.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.expertise.pathKey() });
        setTitle("");
        setDescription("");
      },
    }),
  );
  const errors = fieldErrors(create.error);
  const parsed = parseArticles(articles);

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate({
      ...(user?.state ? { state: user.state } : {}),
      ...(user?.providerId ? { providerId: user.providerId } : {}),
      title,
      description,
      articles: parsed.articles,
      categories,
      languages,
      confidentiality,
      ...(contact.trim() ? { contact: contact.trim() } : {}),
    });
  }

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
          <Field id="pe-title" label={t("publish.titleField")} error={errorFor(errors, "title")}>
            <input
              id="pe-title"
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              required
              maxLength={200}
            />
          </Field>
          <Field
            id="pe-desc"
            label={t("publish.description")}
            error={errorFor(errors, "description")}
          >
            <textarea
              id="pe-desc"
              rows={5}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
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
              value={articles}
              onChange={(e) => setArticles(e.target.value)}
              aria-describedby="pe-articles-hint"
            />
          </Field>
          <CheckboxGroup
            legend={t("offerForm.categories")}
            options={CATEGORY_IDS}
            value={categories}
            onChange={setCategories}
            label={(c) => l.category(c)}
          />
          <CheckboxGroup
            legend={t("offerForm.languages")}
            options={UN_LANGUAGES}
            value={languages}
            onChange={setLanguages}
            label={(x) => t(`language.${x}`)}
          />
          <Field id="pe-contact" label={t("expertise.contact")}>
            <input
              id="pe-contact"
              value={contact}
              onChange={(e) => setContact(e.target.value)}
              maxLength={300}
            />
          </Field>
          <ConfidentialityField
            id="pe-conf"
            value={confidentiality}
            onChange={setConfidentiality}
          />
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {t("publish.submit")}
          </button>
        </form>
      </Card>
    </>
  );
}
