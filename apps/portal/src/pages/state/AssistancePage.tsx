/**
 * Assistance received (issue 15, States; 2021 questionnaire, Q9 and Q11): a State lists and
 * records what it received, tied to one of its needs or not, with its OECD-DAC evaluation on the
 * engagements' 1-4 scale. The secretariat sees every State's records.
 */
import { DAC_CRITERIA } from "@tahub/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Fragment, useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Card, EmptyState, ErrorState, PageHeader, Spinner } from "../../components/ui";
import { parseArticles } from "../../lib/articles";
import { describeError } from "../../lib/errors";
import { useLabels } from "../../lib/labels";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";

type Criterion = (typeof DAC_CRITERIA)[number];
type Scores = Partial<Record<Criterion, string>>;

function toEvaluation(scores: Scores): Partial<Record<Criterion, { score: number }>> | undefined {
  const entries = DAC_CRITERIA.filter((c) => scores[c]).map(
    (c) => [c, { score: Number(scores[c]) }] as const,
  );
  return entries.length ? Object.fromEntries(entries) : undefined;
}

function ScoreFields({ scores, onChange }: { scores: Scores; onChange: (s: Scores) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="field">
      <legend>{t("states.assistance.evaluation")}</legend>
      {DAC_CRITERIA.map((c) => (
        <div className="field field-inline" key={c}>
          <label htmlFor={`${id}-${c}`}>{t(`engagements.criterion.${c}`)}</label>
          <select
            id={`${id}-${c}`}
            value={scores[c] ?? ""}
            onChange={(e) => onChange({ ...scores, [c]: e.target.value })}
          >
            <option value="">{t("engagements.notScored")}</option>
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {t(`engagements.score.${n}`)}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}

function RecordForm({ state }: { state: string }) {
  const { t } = useTranslation();
  const id = useId();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const needs = useQuery(trpc.needs.list.queryOptions({ state, limit: 200 }));
  const providers = useQuery(trpc.providers.list.queryOptions({}));
  const [needId, setNeedId] = useState("");
  const [providerId, setProviderId] = useState("");
  const [providerName, setProviderName] = useState("");
  const [periodFrom, setPeriodFrom] = useState("");
  const [periodTo, setPeriodTo] = useState("");
  const [description, setDescription] = useState("");
  const [articles, setArticles] = useState("");
  const [scores, setScores] = useState<Scores>({});
  const record = useMutation(
    trpc.assistance.record.mutationOptions({
      onSuccess: () => {
        void qc.invalidateQueries({ queryKey: trpc.assistance.list.pathKey() });
        setDescription("");
        setScores({});
      },
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    const evaluation = toEvaluation(scores);
    record.mutate({
      state,
      ...(needId ? { needId } : {}),
      ...(providerId ? { providerId } : { providerName }),
      ...(periodFrom ? { periodFrom } : {}),
      ...(periodTo ? { periodTo } : {}),
      description,
      articles: parseArticles(articles).articles,
      ...(evaluation ? { evaluation } : {}),
    });
  }
  return (
    <form className="form" onSubmit={submit} aria-label={t("states.assistance.add")}>
      <div className="field">
        <label htmlFor={`${id}-need`}>{t("states.assistance.need")}</label>
        <select id={`${id}-need`} value={needId} onChange={(e) => setNeedId(e.target.value)}>
          <option value="">{t("states.assistance.noNeed")}</option>
          {(needs.data?.items ?? []).map((n) => (
            <option key={n.id} value={n.id}>
              {n.text.slice(0, 90)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-prov`}>{t("states.assistance.provider")}</label>
        <select
          id={`${id}-prov`}
          value={providerId}
          onChange={(e) => setProviderId(e.target.value)}
        >
          <option value="">{t("states.assistance.otherProvider")}</option>
          {(providers.data ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      {providerId ? null : (
        <div className="field">
          <label htmlFor={`${id}-pname`}>{t("fields.providerName")}</label>
          <input
            id={`${id}-pname`}
            value={providerName}
            onChange={(e) => setProviderName(e.target.value)}
            required
          />
        </div>
      )}
      <div className="form-row">
        <div className="field field-inline">
          <label htmlFor={`${id}-from`}>{t("fields.periodFrom")}</label>
          <input
            id={`${id}-from`}
            placeholder={t("wording.dayFormat")}
            value={periodFrom}
            onChange={(e) => setPeriodFrom(e.target.value.trim())}
          />
        </div>
        <div className="field field-inline">
          <label htmlFor={`${id}-to`}>{t("fields.periodTo")}</label>
          <input
            id={`${id}-to`}
            placeholder={t("wording.dayFormat")}
            value={periodTo}
            onChange={(e) => setPeriodTo(e.target.value.trim())}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-desc`}>{t("fields.description")}</label>
        <textarea
          id={`${id}-desc`}
          rows={3}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          required
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-art`}>{t("fields.articles")}</label>
        <input id={`${id}-art`} value={articles} onChange={(e) => setArticles(e.target.value)} />
      </div>
      <ScoreFields scores={scores} onChange={setScores} />
      <button type="submit" className="button button-primary" disabled={record.isPending}>
        {t("states.assistance.save")}
      </button>
      {record.error ? (
        <p className="field-error" role="alert">
          {describeError(record.error, t)}
        </p>
      ) : record.isSuccess ? (
        <p className="field-ok" role="status">
          {t("states.assistance.saved")}
        </p>
      ) : null}
    </form>
  );
}

export default function AssistancePage() {
  const { t, i18n } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const s = useSession();
  const state = s.user?.state ?? null;
  const list = useQuery(trpc.assistance.list.queryOptions({}));
  const period = (from: string | null, to: string | null) =>
    [from, to]
      .map((d) =>
        d ? new Date(d).toLocaleDateString(i18n.language, { dateStyle: "medium" }) : "…",
      )
      .join(" – ");
  return (
    <>
      <PageHeader
        title={t("states.assistance.title")}
        lead={
          s.isSecretariat ? t("states.assistance.leadSecretariat") : t("states.assistance.lead")
        }
      />
      <div className="grid-2">
        <div className="stack">
          {list.isPending ? (
            <Spinner />
          ) : list.isError ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : list.data.length === 0 ? (
            <EmptyState title={t("states.assistance.empty")} />
          ) : (
            list.data.map((a) => (
              <Card key={a.id} title={a.provider}>
                <p>{a.description}</p>
                <dl className="facts">
                  {s.isSecretariat ? (
                    <>
                      <dt>{t("fields.state")}</dt>
                      <dd>{l.state(a.state)}</dd>
                    </>
                  ) : null}
                  <dt>{t("states.assistance.period")}</dt>
                  <dd>{period(a.periodFrom, a.periodTo)}</dd>
                  <dt>{t("fields.articles")}</dt>
                  <dd>{l.articles(a.articles)}</dd>
                  <dt>{t("states.assistance.need")}</dt>
                  <dd>
                    {a.needId ? (
                      <Link to={`/needs/${a.needId}`}>{a.needExcerpt}</Link>
                    ) : (
                      t("states.assistance.noNeed")
                    )}
                  </dd>
                  {DAC_CRITERIA.flatMap((c) => {
                    const e = a.evaluation?.[c];
                    return e
                      ? [
                          <Fragment key={c}>
                            <dt>{t(`engagements.criterion.${c}`)}</dt>
                            <dd>{t(`engagements.score.${e.score}`)}</dd>
                          </Fragment>,
                        ]
                      : [];
                  })}
                </dl>
              </Card>
            ))
          )}
        </div>
        {state ? (
          <Card title={t("states.assistance.add")} id="assistance-add">
            <RecordForm state={state} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
