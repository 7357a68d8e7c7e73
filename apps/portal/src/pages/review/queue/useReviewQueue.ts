import type { CategoryId } from "@tahub/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { parseArticles } from "../../../lib/articles";
import { useLabels } from "../../../lib/labels";
import { useTRPC } from "../../../lib/trpc";
import { reviewKey } from "./keys";

const BATCH = 20;

/**
 * The queue itself: the batch, what was handled or skipped this session, the need now shown
 * and its detail. The next need's detail is prefetched while this one is read; an exhausted
 * batch is fetched again (the handled needs have left the queue).
 */
function useQueue() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const queue = useQuery(trpc.classify.queue.queryOptions({ offset: 0, limit: BATCH }));
  const [done, setDone] = useState<string[]>([]);
  const [skipped, setSkipped] = useState<string[]>([]);
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
  useEffect(() => {
    const items = queue.data?.items ?? [];
    if (pending.length === 0 && !queue.isFetching && items.some((n) => done.includes(n.id)))
      void queue.refetch();
  }, [pending.length, queue, done]);
  const remaining = queue.data
    ? Math.max(0, queue.data.total - queue.data.items.filter((n) => done.includes(n.id)).length)
    : undefined;
  const skip = useCallback(() => {
    if (current) setSkipped((s) => [...s, current.id]);
  }, [current]);
  const markDone = useCallback((id: string) => setDone((d) => [...d, id]), []);
  return { queue, current, detail, remaining, skip, markDone };
}

/** Confirm and correct; either marks the need done, says what was saved and refreshes lists. */
function useReviewMutations(markDone: (id: string) => void, setFlash: (message: string) => void) {
  const { t } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const afterReview = useCallback(
    (id: string, message: string) => {
      markDone(id);
      setFlash(message);
      void queryClient.invalidateQueries({ queryKey: trpc.needs.pathKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.analytics.pathKey() });
    },
    [queryClient, trpc, markDone, setFlash],
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
  return { confirm, correct };
}

/** The decision on the current need: the category picked, the articles, confirm or correct. */
export function useReviewQueue() {
  const q = useQueue();
  const { current, detail, markDone } = q;
  const [picked, setPicked] = useState<CategoryId | null>(null);
  const [articlesText, setArticlesText] = useState("");
  const [flash, setFlash] = useState<string | null>(null);
  useEffect(() => {
    setPicked(null);
    setArticlesText(current ? current.articles.join(", ") : "");
  }, [current]);

  const { confirm, correct } = useReviewMutations(markDone, setFlash);
  const busy = confirm.isPending || correct.isPending;
  const parsed = parseArticles(articlesText);
  const suggestedTop = detail.data?.suggestion?.categories[0]?.id ?? current?.category ?? null;
  const selected = picked ?? current?.category ?? suggestedTop;
  const articlesChanged = current
    ? parsed.articles.join(",") !== current.articles.join(",")
    : false;
  const isCorrection =
    (picked !== null && picked !== (current?.category ?? suggestedTop)) || articlesChanged;
  // The version of the need as loaded: another reviewer's save meanwhile answers CONFLICT.
  const version = detail.data && detail.data.id === current?.id ? detail.data.version : undefined;

  const submit = useCallback(() => {
    if (!current || busy) return;
    if (!isCorrection) {
      confirm.mutate({ needId: current.id, ...(version !== undefined ? { version } : {}) });
      return;
    }
    if (!selected || parsed.invalid.length || version === undefined) return;
    correct.mutate({ needId: current.id, version, category: selected, articles: parsed.articles });
  }, [current, busy, isCorrection, selected, parsed, correct, confirm, version]);

  const reloadAfterConflict = useCallback(() => {
    confirm.reset();
    correct.reset();
    void detail.refetch();
    void q.queue.refetch();
  }, [confirm, correct, detail, q.queue]);

  useReviewKeys(submit, setPicked, q.skip);
  const error = confirm.error ?? correct.error;
  return {
    ...q,
    decision: { selected, setPicked, articlesText, setArticlesText, parsed, isCorrection },
    busy,
    flash,
    error,
    submit,
    reloadAfterConflict,
  };
}

/** Binds the queue's keyboard shortcuts (keys.ts) to the window while the page is shown. */
function useReviewKeys(submit: () => void, pick: (c: CategoryId) => void, skip: () => void) {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const action = reviewKey(e, e.target instanceof HTMLElement ? e.target : null);
      if (!action) return;
      if (action.kind === "submit") {
        e.preventDefault();
        submit();
      } else if (action.kind === "pick") pick(action.category);
      else skip();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [submit, pick, skip]);
}
