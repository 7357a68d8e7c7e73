/**
 * States' pending correction proposals in the secretariat's review queue (issue 15, States;
 * docs/states.md): each beside the need's current grouping and the engine's suggestion; the
 * analyst accepts (applied as a correction) or rejects with a reason the State then reads.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Card, Confidence } from "../../components/ui";
import { describeError } from "../../lib/errors";
import { useLabels } from "../../lib/labels";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";

function Decide({ id, version }: { id: string; version: number }) {
  const { t } = useTranslation();
  const fid = useId();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [reason, setReason] = useState("");
  const done = () => {
    void qc.invalidateQueries({ queryKey: trpc.corrections.list.pathKey() });
    void qc.invalidateQueries({ queryKey: trpc.classify.queue.pathKey() });
  };
  const accept = useMutation(trpc.corrections.accept.mutationOptions({ onSuccess: done }));
  const reject = useMutation(trpc.corrections.reject.mutationOptions({ onSuccess: done }));
  const error = accept.error ?? reject.error;
  return (
    <div className="form">
      <div className="form-row">
        <button
          type="button"
          className="button button-primary"
          disabled={accept.isPending}
          onClick={() => accept.mutate({ id, version })}
        >
          {t("states.review.accept")}
        </button>
        <div className="field field-inline field-grow">
          <label htmlFor={`${fid}-reason`}>{t("fields.reason")}</label>
          <input id={`${fid}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <button
          type="button"
          className="button"
          disabled={reject.isPending || reason.trim().length < 3}
          onClick={() => reject.mutate({ id, reason })}
        >
          {t("states.review.reject")}
        </button>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {describeError(error, t)}
        </p>
      ) : null}
    </div>
  );
}

type Proposal = RouterOutputs["corrections"]["list"][number];

/** What the engine suggests for the need (categories and articles with their scores), if anything. */
function EngineSuggestion({ engine }: { engine: Proposal["engine"] }) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <div>
      <h3 className="h3">{t("states.review.engine")}</h3>
      {engine ? (
        <ul className="score-list">
          {engine.categories.map((x) => (
            <li key={x.id}>
              <span>{l.category(x.id)}</span>
              <Confidence value={x.score} />
            </li>
          ))}
          {engine.articles.map((a) => (
            <li key={a.article}>
              <span>{l.article(a.article)}</span>
              <Confidence value={a.score} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t("need.noSuggestion")}</p>
      )}
    </div>
  );
}

export function CorrectionProposals() {
  const { t } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const pending = useQuery(trpc.corrections.list.queryOptions({ status: "pending" }));
  if (!pending.data?.length) return null;
  return (
    <Card
      title={t("states.review.title", { count: pending.data.length })}
      id="correction-proposals"
    >
      <ul className="plain-list">
        {pending.data.map((c) => (
          <li key={c.id}>
            <p>
              <Link to={`/needs/${c.needId}`}>{l.state(c.state)}</Link>: {c.needText.slice(0, 200)}
            </p>
            <div className="grid-2">
              <div>
                <h3 className="h3">{t("states.review.proposed")}</h3>
                <p>
                  {c.proposed.categories.length
                    ? c.proposed.categories.map((x) => l.category(x)).join(", ")
                    : t("states.review.unchanged")}
                  {" · "}
                  {c.proposed.articles
                    ? l.articles(c.proposed.articles)
                    : t("states.review.unchanged")}
                </p>
                <p className="cell-sub">
                  {t("states.review.comment", { by: c.proposedBy ?? "—", comment: c.comment })}
                </p>
                <p className="hint">
                  {t("states.review.current", {
                    category: l.category(c.current.category),
                    articles: l.articles(c.current.articles),
                  })}
                </p>
              </div>
              <EngineSuggestion engine={c.engine} />
            </div>
            <Decide id={c.id} version={c.needVersion} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
