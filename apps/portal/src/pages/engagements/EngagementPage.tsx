import { DAC_CRITERIA, DELIVERY_NEED_STATUSES } from "@tahub/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ConflictNotice, isConflict } from "../../components/ConflictNotice";
import { Badge, Card, ErrorState, PageHeader, Spinner } from "../../components/ui";
import { describeError } from "../../lib/errors";
import { useLabels } from "../../lib/labels";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";
import { useInstant } from "./useEngagementText";

type Detail = RouterOutputs["engagements"]["byId"];
type Evaluation = NonNullable<Detail["evaluation"]>;

/** One engagement: where it stands, the moves the caller may make, both evaluations and the history. */
export default function EngagementPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const instant = useInstant();
  const q = useQuery(trpc.engagements.byId.queryOptions({ id }));
  if (q.isPending) return <Spinner />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const e = q.data;
  return (
    <>
      <PageHeader
        title={t("engagements.detailTitle", { provider: e.providerName })}
        lead={
          <>
            <Badge tone="info">{l.engagement(e.status)}</Badge>{" "}
            <Link to={`/needs/${e.needId}`}>{e.needExcerpt}</Link> · {l.state(e.state)}
          </>
        }
      />
      <div className="grid-2">
        <div className="stack">
          {e.actions.length ? <Moves e={e} onReload={() => void q.refetch()} /> : null}
          <Card title={t("engagements.about")} id="engagement-about">
            <dl className="facts">
              <dt>{t("engagements.provider")}</dt>
              <dd>{e.providerName}</dd>
              {e.offerTitle ? (
                <>
                  <dt>{t("engagements.offer")}</dt>
                  <dd>{e.offerTitle}</dd>
                </>
              ) : null}
              {e.description ? (
                <>
                  <dt>{t("engagement.description")}</dt>
                  <dd>{e.description}</dd>
                </>
              ) : null}
              {e.proposedNeedStatus ? (
                <>
                  <dt>{t("engagements.proposedNeedStatus")}</dt>
                  <dd>
                    {l.status(e.proposedNeedStatus)}
                    {" · "}
                    {t(`engagements.decision.${e.needStatusDecision ?? "pending"}`)}
                  </dd>
                </>
              ) : null}
            </dl>
          </Card>
          {e.evaluation || e.stateEvaluation ? (
            <Card title={t("engagements.evaluations")} id="engagement-evaluations">
              <Scores title={t("engagements.providerEvaluation")} evaluation={e.evaluation} />
              <Scores title={t("engagements.stateEvaluation")} evaluation={e.stateEvaluation} />
            </Card>
          ) : null}
        </div>
        <Card title={t("engagements.history")} id="engagement-history">
          <ol className="timeline">
            {e.history.map((h, i) => (
              <li key={i}>
                <span className="timeline-date">{instant(h.at)}</span>
                <span>
                  {t(`engagements.historyLine.${h.action}`, {
                    who: h.by ?? t(`engagements.party.${h.party}`),
                  })}{" "}
                  {h.from && h.from !== h.to ? `${l.engagement(h.from)} → ` : ""}
                  <strong>{l.engagement(h.to)}</strong>
                  {h.needStatus ? (
                    <span className="cell-sub">
                      {t("engagements.needStatusLine", { status: l.status(h.needStatus) })}
                    </span>
                  ) : null}
                  {h.message ? <blockquote className="message">{h.message}</blockquote> : null}
                </span>
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </>
  );
}

function Scores({ title, evaluation }: { title: string; evaluation: Evaluation | null }) {
  const { t, i18n } = useTranslation();
  if (!evaluation) return null;
  // Scores through Intl like every number (donors, issue 15).
  const n = new Intl.NumberFormat(i18n.language);
  return (
    <>
      <h3>{title}</h3>
      <dl className="facts">
        {DAC_CRITERIA.flatMap((c) => {
          const e = evaluation[c];
          return e
            ? [
                <div key={c}>
                  <dt>{t(`engagements.criterion.${c}`)}</dt>
                  <dd>
                    {t("evaluations.scoreOf", { score: n.format(e.score), max: n.format(4) })}
                    {e.note ? ` · ${e.note}` : ""}
                  </dd>
                </div>,
              ]
            : [];
        })}
      </dl>
    </>
  );
}

/** The moves the caller may make now, with the message that goes with them. */
function Moves({ e, onReload }: { e: Detail; onReload: () => void }) {
  const { t } = useTranslation();
  const l = useLabels();
  const id = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState("");
  const [needStatus, setNeedStatus] = useState<(typeof DELIVERY_NEED_STATUSES)[number]>("met");
  const [scores, setScores] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string | null>(null);
  const done = (detail: Detail) => {
    queryClient.setQueryData(trpc.engagements.byId.queryKey({ id: e.id }), detail);
    void queryClient.invalidateQueries({ queryKey: trpc.engagements.list.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.needs.byId.queryKey({ id: e.needId }) });
    setMessage("");
    setMissing(null);
  };
  const move = useMutation(trpc.engagements.move.mutationOptions({ onSuccess: done }));
  const evaluate = useMutation(trpc.engagements.evaluate.mutationOptions({ onSuccess: done }));
  const decide = useMutation(
    trpc.engagements.decideNeedStatus.mutationOptions({ onSuccess: done }),
  );
  const pending = move.isPending || evaluate.isPending || decide.isPending;
  const error = move.error ?? evaluate.error ?? decide.error;
  const msg = message.trim() || undefined;
  const has = (a: Detail["actions"][number]) => e.actions.includes(a);

  function run(kind: "accept" | "decline" | "start" | "deliver" | "withdraw") {
    if (kind === "decline" && !msg) return setMissing(t("engagements.reasonNeeded"));
    move.mutate({
      id: e.id,
      version: e.version,
      move: kind,
      message: msg,
      ...(kind === "deliver" ? { needStatus } : {}),
    });
  }
  function submitEvaluation(ev: FormEvent) {
    ev.preventDefault();
    const evaluation = Object.fromEntries(
      Object.entries(scores)
        .filter(([, v]) => v)
        .map(([c, v]) => [c, { score: Number(v) }]),
    );
    if (!Object.keys(evaluation).length) return setMissing(t("engagements.scoreNeeded"));
    evaluate.mutate({ id: e.id, version: e.version, evaluation, message: msg });
  }
  return (
    <Card title={t("engagements.yourMove")} id="engagement-moves">
      <form className="form" onSubmit={submitEvaluation} aria-label={t("engagements.yourMove")}>
        <div className="field">
          <label htmlFor={`${id}-msg`}>
            {has("decline") ? t("engagements.messageDecline") : t("engagements.message")}
          </label>
          <textarea
            id={`${id}-msg`}
            rows={2}
            maxLength={2000}
            value={message}
            onChange={(ev) => setMessage(ev.target.value)}
          />
        </div>
        {has("deliver") ? (
          <div className="field">
            <label htmlFor={`${id}-need`}>{t("engagements.needStatusProposal")}</label>
            <select
              id={`${id}-need`}
              value={needStatus}
              onChange={(ev) => setNeedStatus(ev.target.value as typeof needStatus)}
            >
              {DELIVERY_NEED_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {l.status(s)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {has("evaluate") ? (
          <fieldset className="field">
            <legend>{t("engagements.evaluateLegend")}</legend>
            {DAC_CRITERIA.map((c) => (
              <div className="field field-inline" key={c}>
                <label htmlFor={`${id}-${c}`}>{t(`engagements.criterion.${c}`)}</label>
                <select
                  id={`${id}-${c}`}
                  value={scores[c] ?? ""}
                  onChange={(ev) => setScores((s) => ({ ...s, [c]: ev.target.value }))}
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
        ) : null}
        {e.proposedNeedStatus && has("confirm-status") ? (
          <p>{t("engagements.confirmQuestion", { status: l.status(e.proposedNeedStatus) })}</p>
        ) : null}
        <div className="form-row">
          {(["accept", "decline", "start", "deliver", "withdraw"] as const).filter(has).map((m) => (
            <button
              key={m}
              type="button"
              className={m === "decline" || m === "withdraw" ? "button" : "button button-primary"}
              disabled={pending}
              onClick={() => run(m)}
            >
              {t(`engagements.move.${m}`)}
            </button>
          ))}
          {has("confirm-status") ? (
            <>
              <button
                type="button"
                className="button button-primary"
                disabled={pending}
                onClick={() =>
                  decide.mutate({ id: e.id, version: e.version, confirm: true, message: msg })
                }
              >
                {t("engagements.move.confirm")}
              </button>
              <button
                type="button"
                className="button"
                disabled={pending}
                onClick={() =>
                  decide.mutate({ id: e.id, version: e.version, confirm: false, message: msg })
                }
              >
                {t("engagements.move.reject")}
              </button>
            </>
          ) : null}
          {has("evaluate") ? (
            <button type="submit" className="button button-primary" disabled={pending}>
              {t("engagements.move.evaluate")}
            </button>
          ) : null}
        </div>
        {missing ? (
          <p className="field-error" role="alert">
            {missing}
          </p>
        ) : isConflict(error) ? (
          <ConflictNotice error={error} onReload={onReload} />
        ) : error ? (
          <p className="field-error" role="alert">
            {describeError(error, t)}
          </p>
        ) : move.isSuccess || evaluate.isSuccess || decide.isSuccess ? (
          <p className="field-ok" role="status">
            {t("engagements.saved")}
          </p>
        ) : null}
      </form>
    </Card>
  );
}
