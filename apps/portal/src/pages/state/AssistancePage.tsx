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
import { DacScoreFields, evaluationOf, type DacScores } from "../../components/DacScores";
import { Outcome } from "../../components/form";
import { Card, EmptyState, ErrorState, PageHeader, Spinner } from "../../components/ui";
import { parseArticles } from "../../lib/articles";
import { useLabels } from "../../lib/labels";
import { useSession } from "../../lib/session";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";

interface Draft {
  needId: string;
  providerId: string;
  providerName: string;
  periodFrom: string;
  periodTo: string;
  description: string;
  articles: string;
  scores: DacScores;
}

const EMPTY_DRAFT: Draft = {
  needId: "",
  providerId: "",
  providerName: "",
  periodFrom: "",
  periodTo: "",
  description: "",
  articles: "",
  scores: {},
};

type FieldsProps = { id: string; d: Draft; set: (patch: Partial<Draft>) => void };

/** The record as sent: a listed provider or a named one, and only the fields filled in. */
export function recordInput(state: string, d: Draft) {
  const evaluation = evaluationOf(d.scores);
  return {
    state,
    ...(d.needId ? { needId: d.needId } : {}),
    ...(d.providerId ? { providerId: d.providerId } : { providerName: d.providerName }),
    ...(d.periodFrom ? { periodFrom: d.periodFrom } : {}),
    ...(d.periodTo ? { periodTo: d.periodTo } : {}),
    description: d.description,
    articles: parseArticles(d.articles).articles,
    ...(Object.keys(evaluation).length ? { evaluation } : {}),
  };
}

/** Which of the State's needs the assistance answered, if any. */
function NeedSelect({ id, state, d, set }: FieldsProps & { state: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const needs = useQuery(trpc.needs.list.queryOptions({ state, limit: 200 }));
  return (
    <div className="field">
      <label htmlFor={`${id}-need`}>{t("states.assistance.need")}</label>
      <select id={`${id}-need`} value={d.needId} onChange={(e) => set({ needId: e.target.value })}>
        <option value="">{t("states.assistance.noNeed")}</option>
        {(needs.data?.items ?? []).map((n) => (
          <option key={n.id} value={n.id}>
            {n.text.slice(0, 90)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The provider: one listed on the platform, or another one named. */
function ProviderFields({ id, d, set }: FieldsProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const providers = useQuery(trpc.providers.list.queryOptions({}));
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-prov`}>{t("states.assistance.provider")}</label>
        <select
          id={`${id}-prov`}
          value={d.providerId}
          onChange={(e) => set({ providerId: e.target.value })}
        >
          <option value="">{t("states.assistance.otherProvider")}</option>
          {(providers.data ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      {d.providerId ? null : (
        <div className="field">
          <label htmlFor={`${id}-pname`}>{t("fields.providerName")}</label>
          <input
            id={`${id}-pname`}
            value={d.providerName}
            onChange={(e) => set({ providerName: e.target.value })}
            required
          />
        </div>
      )}
    </>
  );
}

/** From and to, as days. */
function PeriodFields({ id, d, set }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="form-row">
      <div className="field field-inline">
        <label htmlFor={`${id}-from`}>{t("fields.periodFrom")}</label>
        <input
          id={`${id}-from`}
          placeholder={t("wording.dayFormat")}
          value={d.periodFrom}
          onChange={(e) => set({ periodFrom: e.target.value.trim() })}
        />
      </div>
      <div className="field field-inline">
        <label htmlFor={`${id}-to`}>{t("fields.periodTo")}</label>
        <input
          id={`${id}-to`}
          placeholder={t("wording.dayFormat")}
          value={d.periodTo}
          onChange={(e) => set({ periodTo: e.target.value.trim() })}
        />
      </div>
    </div>
  );
}

function RecordForm({ state }: { state: string }) {
  const { t } = useTranslation();
  const id = useId();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [d, setD] = useState<Draft>(EMPTY_DRAFT);
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }));
  const record = useMutation(
    trpc.assistance.record.mutationOptions({
      onSuccess: () => {
        void qc.invalidateQueries({ queryKey: trpc.assistance.list.pathKey() });
        set({ description: "", scores: {} });
      },
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    record.mutate(recordInput(state, d));
  }
  return (
    <form className="form" onSubmit={submit} aria-label={t("states.assistance.add")}>
      <NeedSelect id={id} state={state} d={d} set={set} />
      <ProviderFields id={id} d={d} set={set} />
      <PeriodFields id={id} d={d} set={set} />
      <div className="field">
        <label htmlFor={`${id}-desc`}>{t("fields.description")}</label>
        <textarea
          id={`${id}-desc`}
          rows={3}
          value={d.description}
          onChange={(e) => set({ description: e.target.value })}
          required
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-art`}>{t("fields.articles")}</label>
        <input
          id={`${id}-art`}
          value={d.articles}
          onChange={(e) => set({ articles: e.target.value })}
        />
      </div>
      <DacScoreFields
        legend={t("states.assistance.evaluation")}
        scores={d.scores}
        onChange={(scores) => set({ scores })}
      />
      <button type="submit" className="button button-primary" disabled={record.isPending}>
        {t("states.assistance.save")}
      </button>
      <Outcome error={record.error} ok={record.isSuccess ? t("states.assistance.saved") : null} />
    </form>
  );
}

type AssistanceRecord = RouterOutputs["assistance"]["list"][number];

/** One record: provider, description, State (for the secretariat), period, articles, need, scores. */
function AssistanceCard({ a }: { a: AssistanceRecord }) {
  const { t, i18n } = useTranslation();
  const l = useLabels();
  const s = useSession();
  const period = (from: string | null, to: string | null) =>
    [from, to]
      .map((d) =>
        d ? new Date(d).toLocaleDateString(i18n.language, { dateStyle: "medium" }) : "…",
      )
      .join(" – ");
  return (
    <Card title={a.provider}>
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
  );
}

export default function AssistancePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const s = useSession();
  const state = s.user?.state ?? null;
  const list = useQuery(trpc.assistance.list.queryOptions({}));
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
            list.data.map((a) => <AssistanceCard key={a.id} a={a} />)
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
