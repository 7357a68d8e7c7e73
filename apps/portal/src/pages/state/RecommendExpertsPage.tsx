/**
 * Expert recommendations (issue 15, States; 2009 working-group report, para 25): a State's focal
 * point recommends a directory entry with a reason, or a new person (contact for the secretariat
 * only). The secretariat sees every recommendation and turns a new person into a directory
 * entry, listed only with the person's consent.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Badge, Card, EmptyState, ErrorState, PageHeader, Spinner } from "../../components/ui";
import { parseArticles } from "../../lib/articles";
import { describeError } from "../../lib/errors";
import { useLabels } from "../../lib/labels";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";

function RecommendForm({ state }: { state: string }) {
  const { t } = useTranslation();
  const id = useId();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const experts = useQuery(trpc.experts.list.queryOptions({ limit: 200 }));
  const [expertId, setExpertId] = useState("");
  const [name, setName] = useState("");
  const [areas, setAreas] = useState("");
  const [articles, setArticles] = useState("");
  const [languages, setLanguages] = useState("");
  const [nationality, setNationality] = useState("");
  const [contact, setContact] = useState("");
  const [reason, setReason] = useState("");
  const create = useMutation(
    trpc.recommendations.create.mutationOptions({
      onSuccess: () => {
        void qc.invalidateQueries({ queryKey: trpc.recommendations.list.pathKey() });
        setName("");
        setReason("");
        setContact("");
      },
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    const list = (s: string) =>
      s
        .split(/[,;]/)
        .map((x) => x.trim())
        .filter(Boolean);
    create.mutate({
      state,
      reason,
      ...(expertId
        ? { expertId }
        : {
            person: {
              name,
              areas: list(areas),
              articles: parseArticles(articles).articles,
              languages: list(languages).map((x) => x.toLowerCase()),
              ...(nationality.trim() ? { nationality: nationality.trim() } : {}),
              ...(contact.trim() ? { contact: contact.trim() } : {}),
            },
          }),
    });
  }
  return (
    <form className="form" onSubmit={submit} aria-label={t("states.experts.add")}>
      <div className="field">
        <label htmlFor={`${id}-x`}>{t("states.experts.who")}</label>
        <select id={`${id}-x`} value={expertId} onChange={(e) => setExpertId(e.target.value)}>
          <option value="">{t("states.experts.newPerson")}</option>
          {(experts.data?.items ?? []).map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </select>
      </div>
      {expertId ? null : (
        <>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t("fields.name")}</label>
            <input
              id={`${id}-name`}
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-areas`}>{t("fields.areas")}</label>
            <input id={`${id}-areas`} value={areas} onChange={(e) => setAreas(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-art`}>{t("fields.articles")}</label>
            <input
              id={`${id}-art`}
              value={articles}
              onChange={(e) => setArticles(e.target.value)}
            />
          </div>
          <div className="form-row">
            <div className="field field-inline">
              <label htmlFor={`${id}-lang`}>{t("fields.languages")}</label>
              <input
                id={`${id}-lang`}
                value={languages}
                placeholder="en, fr"
                onChange={(e) => setLanguages(e.target.value)}
              />
            </div>
            <div className="field field-inline">
              <label htmlFor={`${id}-nat`}>{t("fields.nationality")}</label>
              <input
                id={`${id}-nat`}
                value={nationality}
                placeholder="KEN"
                maxLength={3}
                onChange={(e) => setNationality(e.target.value.toUpperCase())}
              />
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${id}-contact`}>{t("fields.contact")}</label>
            <input
              id={`${id}-contact`}
              value={contact}
              onChange={(e) => setContact(e.target.value)}
            />
            <p className="hint">{t("states.experts.contactHint")}</p>
          </div>
        </>
      )}
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t("fields.reason")}</label>
        <textarea
          id={`${id}-reason`}
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
        />
      </div>
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        {t("states.experts.submit")}
      </button>
      {create.error ? (
        <p className="field-error" role="alert">
          {describeError(create.error, t)}
        </p>
      ) : create.isSuccess ? (
        <p className="field-ok" role="status">
          {t("states.experts.sent")}
        </p>
      ) : null}
    </form>
  );
}

/** The secretariat's button: add the person to the directory, with or without consent. */
function AddToDirectory({ id }: { id: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [consent, setConsent] = useState(false);
  const add = useMutation(
    trpc.recommendations.addToDirectory.mutationOptions({
      onSuccess: () => void qc.invalidateQueries({ queryKey: trpc.recommendations.list.pathKey() }),
    }),
  );
  const dismiss = useMutation(
    trpc.recommendations.dismiss.mutationOptions({
      onSuccess: () => void qc.invalidateQueries({ queryKey: trpc.recommendations.list.pathKey() }),
    }),
  );
  return (
    <div className="form-row">
      <label className="check">
        <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
        <span>{t("states.experts.consent")}</span>
      </label>
      <button
        type="button"
        className="button button-small"
        disabled={add.isPending}
        onClick={() => add.mutate({ id, consentToList: consent })}
      >
        {t("states.experts.addToDirectory")}
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={dismiss.isPending}
        onClick={() => dismiss.mutate({ id })}
      >
        {t("states.experts.dismiss")}
      </button>
      {add.error || dismiss.error ? (
        <p className="field-error" role="alert">
          {describeError(add.error ?? dismiss.error, t)}
        </p>
      ) : null}
    </div>
  );
}

export default function RecommendExpertsPage() {
  const { t } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const s = useSession();
  const list = useQuery(trpc.recommendations.list.queryOptions({}));
  const state = s.user?.state ?? null;
  return (
    <>
      <PageHeader
        title={t("states.experts.title")}
        lead={s.isSecretariat ? t("states.experts.leadSecretariat") : t("states.experts.lead")}
      />
      <div className="grid-2">
        <div className="stack">
          {list.isPending ? (
            <Spinner />
          ) : list.isError ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : list.data.length === 0 ? (
            <EmptyState title={t("states.experts.empty")} />
          ) : (
            list.data.map((r) => (
              <Card
                key={r.id}
                title={r.name ?? r.expertName ?? t("states.experts.unnamed")}
                actions={<Badge>{t(`states.experts.status.${r.status}`)}</Badge>}
              >
                <p>{r.reason}</p>
                <dl className="facts">
                  {s.isSecretariat ? (
                    <>
                      <dt>{t("fields.state")}</dt>
                      <dd>{l.state(r.state)}</dd>
                    </>
                  ) : null}
                  {r.areas.length ? (
                    <>
                      <dt>{t("fields.areas")}</dt>
                      <dd>{r.areas.join(", ")}</dd>
                    </>
                  ) : null}
                  {r.articles.length ? (
                    <>
                      <dt>{t("fields.articles")}</dt>
                      <dd>{l.articles(r.articles)}</dd>
                    </>
                  ) : null}
                  {r.nationality ? (
                    <>
                      <dt>{t("fields.nationality")}</dt>
                      <dd>{l.state(r.nationality)}</dd>
                    </>
                  ) : null}
                  {r.contact ? (
                    <>
                      <dt>{t("fields.contact")}</dt>
                      <dd>{r.contact}</dd>
                    </>
                  ) : null}
                </dl>
                {r.expertId && r.expertName ? (
                  <Link to={`/experts/${r.expertId}`}>{t("states.experts.openEntry")}</Link>
                ) : null}
                {s.isSecretariat && r.status === "pending" && r.name ? (
                  <AddToDirectory id={r.id} />
                ) : null}
              </Card>
            ))
          )}
        </div>
        {state ? (
          <Card title={t("states.experts.add")} id="recommend-add">
            <RecommendForm state={state} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
