import { type TNeedInput } from "@tahub/domain";
import { CategoryGuide } from "../../components/CategoryGuide";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ConfidentialityField, errorFor, Field } from "../../components/form";
import { Card, Confidence, PageHeader } from "../../components/ui";
import { parseArticles } from "../../lib/articles";
import { describeError, fieldErrors } from "../../lib/errors";
import { useLabels } from "../../lib/labels";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";
import { evidenceWords } from "../../lib/highlight";
import { useDebounced } from "../../lib/useDebounced";

/**
 * A State adds a need. As it types, `classify.text` (debounced) suggests the category and the
 * articles; one click adopts a suggested article. The need is classified again on the server.
 */
export default function NewNeedPage() {
  const { t } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { user, isSecretariat } = useSession();
  const [state, setState] = useState(user?.state ?? "");
  const [text, setText] = useState("");
  const [articles, setArticles] = useState("");
  const [confidentiality, setConfidentiality] = useState<TNeedInput["confidentiality"]>("public");
  const [gender, setGender] = useState(false);
  const debounced = useDebounced(text.trim(), 400);
  const suggestion = useQuery({
    ...trpc.classify.text.queryOptions({ text: debounced }),
    enabled: debounced.length >= 12,
    placeholderData: (prev) => prev,
  });
  const stateCode = (state || user?.state || "").toUpperCase();
  // Near-duplicates of the same State, checked as the text settles; saving stays possible.
  const duplicates = useQuery({
    ...trpc.needs.duplicates.queryOptions({ state: stateCode, text: debounced }),
    enabled: debounced.length >= 12 && /^[A-Z]{3}$/.test(stateCode),
    placeholderData: (prev) => prev,
  });
  const close = debounced.length >= 12 ? (duplicates.data?.needs ?? []) : [];
  const [confirming, setConfirming] = useState(false);
  const create = useMutation(
    trpc.needs.create.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.needs.pathKey() });
        setText("");
        setArticles("");
        setConfirming(false);
      },
    }),
  );
  const errors = fieldErrors(create.error);
  const parsed = parseArticles(articles);
  const s = debounced.length >= 12 ? suggestion.data : undefined;

  function addArticle(n: number) {
    if (!parsed.articles.includes(n)) setArticles([...parsed.articles, n].join(", "));
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    // A close need of the same State: ask first; "add it anyway" saves.
    if (close.length > 0 && !confirming) {
      setConfirming(true);
      return;
    }
    save();
  }

  function save() {
    create.mutate({
      state: stateCode,
      text,
      articles: parsed.articles,
      cycle: 2,
      language: "en",
      confidentiality,
      genderResponsive: gender,
    });
  }

  return (
    <>
      <PageHeader title={t("newNeed.title")} lead={t("newNeed.lead")} />
      <div className="grid-2 grid-wide-left">
        <Card id="new-need-form">
          <form className="form" onSubmit={submit} noValidate>
            {create.error ? (
              <div className="alert alert-error" role="alert">
                {describeError(create.error, t)}
              </div>
            ) : null}
            {create.data ? (
              <div className="alert alert-success" role="status">
                {t("newNeed.created", {
                  category: l.category(
                    create.data.category ?? create.data.suggestion?.categories[0]?.id,
                  ),
                })}{" "}
                <Link to={`/needs/${create.data.id}`}>{t("newNeed.open")}</Link> ·{" "}
                <Link to={`/needs/${create.data.id}/partners`}>{t("newNeed.findPartners")}</Link>
              </div>
            ) : null}
            {isSecretariat ? (
              <Field id="nn-state" label={t("newNeed.state")} error={errorFor(errors, "state")}>
                <input
                  id="nn-state"
                  value={state}
                  onChange={(e) => setState(e.target.value)}
                  maxLength={3}
                  placeholder="KEN"
                />
              </Field>
            ) : null}
            <Field
              id="nn-text"
              label={t("newNeed.text")}
              hint={t("newNeed.textHint")}
              error={errorFor(errors, "text")}
            >
              <textarea
                id="nn-text"
                rows={7}
                value={text}
                onChange={(e) => {
                  setText(e.target.value);
                  setConfirming(false);
                }}
                required
                aria-describedby="nn-text-hint"
                aria-invalid={!!errorFor(errors, "text")}
              />
            </Field>
            <Field
              id="nn-articles"
              label={t("newNeed.articles")}
              hint={
                parsed.invalid.length
                  ? t("review.badArticles", { list: parsed.invalid.join(", ") })
                  : t("review.articlesHint")
              }
              error={errorFor(errors, "articles")}
            >
              <input
                id="nn-articles"
                value={articles}
                onChange={(e) => setArticles(e.target.value)}
                aria-describedby="nn-articles-hint"
              />
            </Field>
            <ConfidentialityField
              id="nn-conf"
              value={confidentiality}
              onChange={setConfidentiality}
            />
            <label className="check">
              <input
                type="checkbox"
                checked={gender}
                onChange={(e) => setGender(e.target.checked)}
              />
              <span>{t("newNeed.gender")}</span>
            </label>
            {close.length > 0 ? (
              <div
                className="alert alert-warning"
                role={confirming ? "alert" : "status"}
                data-testid="duplicate-warning"
              >
                <strong>{t("newNeed.duplicateTitle")}</strong>
                <p>{t("newNeed.duplicateLead")}</p>
                <ul>
                  {close.map((d) => (
                    <li key={d.id}>
                      <Link to={`/needs/${d.id}`}>{d.excerpt}</Link>{" "}
                      <span className="cell-sub">
                        {l.status(d.status)} ·{" "}
                        {t("newNeed.duplicateSimilarity", { pct: Math.round(d.similarity * 100) })}
                      </span>
                    </li>
                  ))}
                </ul>
                {confirming ? (
                  <>
                    <p>{t("newNeed.duplicateAsk")}</p>
                    <button
                      type="button"
                      className="button"
                      onClick={save}
                      disabled={create.isPending}
                    >
                      {t("newNeed.duplicateConfirm")}
                    </button>
                  </>
                ) : null}
              </div>
            ) : null}
            <button type="submit" className="button button-primary" disabled={create.isPending}>
              {t("newNeed.submit")}
            </button>
          </form>
        </Card>
        <Card title={t("newNeed.suggestions")} id="suggestions">
          <div aria-live="polite" aria-busy={suggestion.isFetching}>
            {!s ? (
              <p className="hint">{t("newNeed.typeMore")}</p>
            ) : (
              <>
                <h3 className="h3">{t("newNeed.suggestedCategory")}</h3>
                <p className="suggested-category" data-testid="suggested-category">
                  <strong>{l.category(s.categories[0]?.id)}</strong>{" "}
                  {s.categories[0] ? <Confidence value={s.categories[0].score} /> : null}
                </p>
                <ul className="score-list">
                  {s.categories.slice(1, 3).map((c) => (
                    <li key={c.id}>
                      <span>{l.category(c.id)}</span>
                      <Confidence value={c.score} />
                    </li>
                  ))}
                </ul>
                <h3 className="h3">{t("newNeed.suggestedArticles")}</h3>
                {s.articles.length ? (
                  <ul className="score-list" data-testid="suggested-articles">
                    {s.articles.slice(0, 4).map((a) => (
                      <li key={a.article}>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => addArticle(a.article)}
                        >
                          {t("newNeed.useArticle", { n: a.article })}
                          <span className="cell-sub">{l.articleTitle(a.article)}</span>
                        </button>
                        <Confidence value={a.score} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="hint">
                    {t("newNeed.noArticle", { chapter: l.chapter(s.chapter) })}
                  </p>
                )}
                {evidenceWords(debounced, s.evidence).length ? (
                  <p className="hint">
                    {t("need.evidenceHint")}{" "}
                    <span className="evidence-terms">
                      {evidenceWords(debounced, s.evidence).join(", ")}
                    </span>
                  </p>
                ) : null}
                {s.abstain ? <p className="hint">{t("newNeed.abstain")}</p> : null}
                <CategoryGuide />
              </>
            )}
          </div>
        </Card>
      </div>
    </>
  );
}
