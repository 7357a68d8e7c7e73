import { DAC_CRITERIA } from "@tahub/domain";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Badge, Card, ErrorState, PageHeader, Spinner } from "../../components/ui";
import { useLabels } from "../../lib/labels";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";
import { Moves } from "./Moves";
import { useInstant } from "./useEngagementText";

type Detail = RouterOutputs["engagements"]["byId"];
type Evaluation = NonNullable<Detail["evaluation"]>;

/** One engagement: where it stands, the moves the caller may make, both evaluations and the history. */
export default function EngagementPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
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
          <AboutCard e={e} />
          {e.evaluation || e.stateEvaluation ? (
            <Card title={t("engagements.evaluations")} id="engagement-evaluations">
              <Scores title={t("engagements.providerEvaluation")} evaluation={e.evaluation} />
              <Scores title={t("engagements.stateEvaluation")} evaluation={e.stateEvaluation} />
            </Card>
          ) : null}
        </div>
        <HistoryCard history={e.history} />
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

/** Who supports the need, under which offer, what they said, and the need status proposed. */
function AboutCard({ e }: { e: Detail }) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
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
  );
}

/** Every move so far, oldest first, with who made it and the message that went with it. */
function HistoryCard({ history }: { history: Detail["history"] }) {
  const { t } = useTranslation();
  const l = useLabels();
  const instant = useInstant();
  return (
    <Card title={t("engagements.history")} id="engagement-history">
      <ol className="timeline">
        {history.map((h, i) => (
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
  );
}
