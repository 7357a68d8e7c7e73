import { CATEGORY_IDS, type CategoryId } from "@tahub/domain";
import { CategoryGuide } from "../../components/CategoryGuide";
import { ConflictNotice, isConflict } from "../../components/ConflictNotice";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { evidenceWords } from "../../lib/highlight";
import { Highlighted } from "../../components/Highlighted";
import {
  Badge,
  Card,
  Confidence,
  EmptyState,
  ErrorState,
  PageHeader,
  Spinner,
} from "../../components/ui";
import { parseArticles } from "../../lib/articles";
import { describeError } from "../../lib/errors";
import { useLabels } from "../../lib/labels";
import { useTRPC } from "../../lib/trpc";
import { CorrectionProposals } from "./CorrectionProposals";

const BATCH = 20;

/**
 * The secretariat's review queue: one need at a time, lowest confidence first. Enter confirms
 * the suggestion (or saves the correction when one is picked), 1-6 pick a category, S skips.
 * The next need's detail is fetched while this one is being read, so it appears at once.
 */
export default function ReviewQueuePage() {
  const { t } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const queue = useQuery(trpc.classify.queue.queryOptions({ offset: 0, limit: BATCH }));
  const [done, setDone] = useState<string[]>([]);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [picked, setPicked] = useState<CategoryId | null>(null);
  const [articlesText, setArticlesText] = useState("");
  const [flash, setFlash] = useState<string | null>(null);

  const pending = (queue.data?.items ?? []).filter(
    (n) => !done.includes(n.id) && !skipped.includes(n.id),
  );
  const current = pending[0];
  const next = pending[1];
  const detail = useQuery({
    ...trpc.needs.byId.queryOptions({ id: current?.id ?? "" }),
    enabled: !!current,
  });

  useEffect(() => {
    if (next) void queryClient.prefetchQuery(trpc.needs.byId.queryOptions({ id: next.id }));
  }, [next, queryClient, trpc]);

  // When this batch is exhausted, fetch the next one (the handled needs have left the queue).
  useEffect(() => {
    const items = queue.data?.items ?? [];
    if (pending.length === 0 && !queue.isFetching && items.some((n) => done.includes(n.id)))
      void queue.refetch();
  }, [pending.length, queue, done]);

  useEffect(() => {
    setPicked(null);
    const suggested = current ? (current.articles.length ? current.articles : []) : [];
    setArticlesText(suggested.join(", "));
  }, [current]);

  const afterReview = useCallback(
    (id: string, message: string) => {
      setDone((d) => [...d, id]);
      setFlash(message);
      void queryClient.invalidateQueries({ queryKey: trpc.needs.pathKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.analytics.pathKey() });
    },
    [queryClient, trpc],
  );
  const confirm = useMutation(
    trpc.classify.confirm.mutationOptions({
      onSuccess: (d) => afterReview(d.id, t("review.confirmed")),
    }),
  );
  const correct = useMutation(
    trpc.classify.correct.mutationOptions({
      onSuccess: (d) =>
        afterReview(d.id, t("review.corrected", { category: l.category(d.category) })),
    }),
  );
  const busy = confirm.isPending || correct.isPending;
  const parsed = parseArticles(articlesText);
  const suggestedTop = detail.data?.suggestion?.categories[0]?.id ?? current?.category ?? null;
  const articlesChanged = current
    ? parsed.articles.join(",") !== current.articles.join(",")
    : false;
  const isCorrection =
    (picked !== null && picked !== (current?.category ?? suggestedTop)) || articlesChanged;

  const submit = useCallback(() => {
    if (!current || busy) return;
    if (isCorrection) {
      const category = picked ?? current.category ?? suggestedTop;
      // The version of the need as loaded: another reviewer's save meanwhile answers CONFLICT.
      const version = detail.data?.id === current.id ? detail.data.version : undefined;
      if (!category || parsed.invalid.length || version === undefined) return;
      correct.mutate({ needId: current.id, version, category, articles: parsed.articles });
    } else {
      confirm.mutate({
        needId: current.id,
        ...(detail.data?.id === current.id ? { version: detail.data.version } : {}),
      });
    }
  }, [current, busy, isCorrection, picked, suggestedTop, parsed, correct, confirm, detail.data]);

  const reloadAfterConflict = useCallback(() => {
    confirm.reset();
    correct.reset();
    void detail.refetch();
    void queue.refetch();
  }, [confirm, correct, detail, queue]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      const typing =
        !!target &&
        (target.tagName === "INPUT" ||
          target.tagName === "TEXTAREA" ||
          target.tagName === "SELECT" ||
          target.isContentEditable);
      if (typing && !(e.key === "Enter" && target?.id === "review-articles")) return;
      // Enter on a focused button or link activates that control, as the person expects.
      if (
        e.key === "Enter" &&
        !typing &&
        target &&
        (target.tagName === "BUTTON" || target.tagName === "A" || target.tagName === "SUMMARY")
      )
        return;
      if (e.key === "Enter") {
        e.preventDefault();
        submit();
      } else if (/^[1-6]$/.test(e.key)) {
        const id = CATEGORY_IDS[Number(e.key) - 1];
        if (id) setPicked(id);
      } else if (e.key === "s" || e.key === "S") {
        if (current) setSkipped((s) => [...s, current.id]);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [submit, current]);

  const error = confirm.error ?? correct.error;
  const remaining = queue.data
    ? Math.max(0, queue.data.total - queue.data.items.filter((n) => done.includes(n.id)).length)
    : undefined;

  return (
    <>
      <PageHeader
        title={t("review.title")}
        lead={t("review.lead")}
        actions={
          remaining !== undefined ? (
            <Badge tone="info">{t("review.remaining", { count: remaining })}</Badge>
          ) : null
        }
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {flash ?? ""}
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
          <Card
            title={`${l.state(current.state)} · ${l.chapter(current.chapter)}`}
            id="review-need"
          >
            {flash ? (
              <p className="flash" aria-hidden="true">
                {flash}
              </p>
            ) : null}
            <Highlighted text={current.text} terms={detail.data?.suggestion?.evidence ?? []} />
            <p className="hint">
              <Link to={`/needs/${current.id}`}>{t("review.openNeed")}</Link>
            </p>
            {detail.data?.suggestion ? (
              <p className="hint">
                {t("need.evidenceHint")}{" "}
                <span className="evidence-terms">
                  {evidenceWords(current.text, detail.data.suggestion.evidence).join(", ") || "–"}
                </span>
              </p>
            ) : null}
            {detail.data?.suggestion?.reason ? (
              <p className="hint">
                {t(`review.reason.${detail.data.suggestion.reason}`, { defaultValue: "" })}
              </p>
            ) : null}
            {detail.data?.suggestion?.secondary ? (
              <p className="hint">
                {t("review.secondary", {
                  category: l.category(detail.data.suggestion.secondary.id),
                })}
              </p>
            ) : null}
          </Card>
          <Card title={t("review.decision")} id="review-decision">
            <fieldset className="choices">
              <legend>{t("review.category")}</legend>
              {CATEGORY_IDS.map((c, i) => {
                const score = detail.data?.suggestion?.categories.find((s) => s.id === c)?.score;
                const selected = (picked ?? current.category ?? suggestedTop) === c;
                return (
                  <label key={c} className={`choice${selected ? " selected" : ""}`}>
                    <input
                      type="radio"
                      name="category"
                      value={c}
                      checked={selected}
                      onChange={() => setPicked(c)}
                    />
                    <kbd aria-hidden="true">{i + 1}</kbd>
                    <span className="choice-label">{l.category(c)}</span>
                    {score !== undefined ? <Confidence value={score} /> : null}
                  </label>
                );
              })}
            </fieldset>
            <div className="field">
              <label htmlFor="review-articles">{t("review.articles")}</label>
              <input
                id="review-articles"
                value={articlesText}
                onChange={(e) => setArticlesText(e.target.value)}
                aria-describedby="review-articles-hint"
                aria-invalid={parsed.invalid.length > 0}
              />
              <p id="review-articles-hint" className="hint">
                {parsed.invalid.length
                  ? t("review.badArticles", { list: parsed.invalid.join(", ") })
                  : t("review.articlesHint")}
                {detail.data?.suggestion?.articles.length
                  ? ` ${t("review.suggestedArticles", {
                      list: detail.data.suggestion.articles
                        .slice(0, 3)
                        .map((a) => a.article)
                        .join(", "),
                    })}`
                  : ""}
              </p>
            </div>
            {isConflict(error) ? (
              <ConflictNotice error={error} onReload={reloadAfterConflict} />
            ) : error ? (
              <p className="field-error" role="alert">
                {describeError(error, t)}
              </p>
            ) : null}
            <div className="button-row">
              <button
                type="button"
                className="button button-primary"
                onClick={submit}
                disabled={busy}
              >
                {isCorrection ? t("review.saveCorrection") : t("review.confirm")}{" "}
                <kbd aria-hidden="true">Enter</kbd>
              </button>
              <button
                type="button"
                className="button"
                onClick={() => setSkipped((s) => [...s, current.id])}
                disabled={busy}
              >
                {t("review.skip")} <kbd aria-hidden="true">S</kbd>
              </button>
            </div>
            <p className="hint">{t("review.shortcuts")}</p>
            <CategoryGuide />
          </Card>
        </div>
      )}
    </>
  );
}
