import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { CategoryGuide } from "../../components/CategoryGuide";
import { ConflictNotice, isConflict } from "../../components/ConflictNotice";
import { Badge, Card, EmptyState, ErrorState, PageHeader, Spinner } from "../../components/ui";
import { describeError } from "../../lib/errors";
import { CorrectionProposals } from "./CorrectionProposals";
import { ArticlesField, CategoryChoices } from "./queue/DecisionFields";
import { ReviewNeedCard } from "./queue/ReviewNeedCard";
import { useReviewQueue } from "./queue/useReviewQueue";

type Review = ReturnType<typeof useReviewQueue>;

/** The decision card: category, articles, the API's refusal, confirm/save and skip. */
function DecisionCard({ r }: { r: Review }) {
  const { t } = useTranslation();
  const d = r.decision;
  const suggestion = r.detail.data?.suggestion;
  return (
    <Card title={t("review.decision")} id="review-decision">
      <CategoryChoices
        selected={d.selected}
        scores={suggestion?.categories ?? []}
        onPick={d.setPicked}
      />
      <ArticlesField
        value={d.articlesText}
        onChange={d.setArticlesText}
        invalid={d.parsed.invalid}
        suggested={suggestion?.articles.map((a) => a.article) ?? []}
      />
      {isConflict(r.error) ? (
        <ConflictNotice error={r.error} onReload={r.reloadAfterConflict} />
      ) : r.error ? (
        <p className="field-error" role="alert">
          {describeError(r.error, t)}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          onClick={r.submit}
          disabled={r.busy}
        >
          {d.isCorrection ? t("review.saveCorrection") : t("review.confirm")}{" "}
          <kbd aria-hidden="true">Enter</kbd>
        </button>
        <button type="button" className="button" onClick={r.skip} disabled={r.busy}>
          {t("review.skip")} <kbd aria-hidden="true">S</kbd>
        </button>
      </div>
      <p className="hint">{t("review.shortcuts")}</p>
      <CategoryGuide />
    </Card>
  );
}

/**
 * The secretariat's review queue: one need at a time, lowest confidence first. Enter confirms
 * the suggestion (or saves the correction when one is picked), 1-6 pick a category, S skips.
 * The next need's detail is fetched while this one is being read, so it appears at once.
 */
export default function ReviewQueuePage() {
  const { t } = useTranslation();
  const r = useReviewQueue();
  const { queue, current } = r;
  return (
    <>
      <PageHeader
        title={t("review.title")}
        lead={t("review.lead")}
        actions={
          r.remaining !== undefined ? (
            <Badge tone="info">{t("review.remaining", { count: r.remaining })}</Badge>
          ) : null
        }
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {r.flash ?? ""}
      </p>
      {/* States (issue 15, deliverable 3): their correction proposals. */}
      <CorrectionProposals />
      {queue.isPending ? (
        <Spinner />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : !current ? (
        <EmptyState title={t("review.empty")}>
          <Link to="/analytics">{t("review.seeAnalytics")}</Link>
        </EmptyState>
      ) : (
        <div className="grid-2 review">
          <ReviewNeedCard need={current} suggestion={r.detail.data?.suggestion} flash={r.flash} />
          <DecisionCard r={r} />
        </div>
      )}
    </>
  );
}
