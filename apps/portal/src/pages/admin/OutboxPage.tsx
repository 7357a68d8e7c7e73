import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Badge, EmptyState, ErrorState, PageHeader, SkeletonRows } from "../../components/ui";
import { describeError } from "../../lib/errors";
import { useTRPC } from "../../lib/trpc";
import { useInstant } from "../engagements/useEngagementText";

const STATUSES = ["queued", "sent", "failed", "held"] as const;
const KINDS = [
  "notification",
  "password-reset",
  "subscription",
  "digest",
  "questionnaire.reminder",
] as const;
type Status = (typeof STATUSES)[number];
type Kind = (typeof KINDS)[number];

const TONE = { queued: "info", sent: "success", failed: "danger", held: "warning" } as const;

/** The administrator's view of the mail outbox (issue 15): held, failed and sent mail; retry. */
export default function OutboxPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const instant = useInstant();
  const [draft, setDraft] = useState<{ status: Status | ""; to: string; kind: Kind | "" }>({
    status: "",
    to: "",
    kind: "",
  });
  const [filter, setFilter] = useState(draft);
  const input = {
    limit: 50,
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.to.trim() ? { to: filter.to.trim() } : {}),
  };
  const list = useInfiniteQuery(
    trpc.outbox.list.infiniteQueryOptions(input, {
      getNextPageParam: (p) => p.nextCursor ?? undefined,
    }),
  );
  const retry = useMutation(
    trpc.outbox.retry.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.outbox.pathKey() }),
    }),
  );
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const first = list.data?.pages[0];
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);

  function apply(e: FormEvent) {
    e.preventDefault();
    setFilter(draft);
  }

  return (
    <>
      <PageHeader title={t("mail.outbox.title")} lead={t("mail.outbox.lead")} />
      <form className="filters" onSubmit={apply} aria-label={t("mail.outbox.filter")}>
        <div className="field field-inline">
          <label htmlFor="outbox-status">{t("mail.outbox.status")}</label>
          <select
            id="outbox-status"
            value={draft.status}
            onChange={(e) => setDraft({ ...draft, status: e.target.value as Status | "" })}
          >
            <option value="">{t("mail.outbox.any")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`mail.outbox.statuses.${s}`)}
                {first ? ` (${number(first.counts[s] ?? 0)})` : ""}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-grow">
          <label htmlFor="outbox-to">{t("mail.outbox.recipient")}</label>
          <input
            id="outbox-to"
            type="search"
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
        </div>
        <div className="field field-inline">
          <label htmlFor="outbox-kind">{t("mail.outbox.kind")}</label>
          <select
            id="outbox-kind"
            value={draft.kind}
            onChange={(e) => setDraft({ ...draft, kind: e.target.value as Kind | "" })}
          >
            <option value="">{t("mail.outbox.any")}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`mail.outbox.kinds.${k.replace(".", "-")}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("mail.outbox.filter")}
        </button>
      </form>
      {retry.isSuccess ? (
        <p className="alert alert-success" role="status">
          {t("mail.outbox.retried", { count: retry.data.queued })}
        </p>
      ) : retry.error ? (
        <p className="alert alert-error" role="alert">
          {describeError(retry.error, t)}
        </p>
      ) : null}
      {list.isPending ? (
        <SkeletonRows />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t("mail.outbox.empty")} />
      ) : (
        <>
          <p className="result-count" role="status">
            {t("mail.outbox.total", { count: first?.total ?? 0 })}
          </p>
          <ul className="plain-list inbox-list" id="outbox">
            {items.map((m) => (
              <li key={m.id} className="inbox-item">
                <p>
                  <Badge tone={TONE[m.status]}>{t(`mail.outbox.statuses.${m.status}`)}</Badge>{" "}
                  <strong>{m.subject}</strong>
                </p>
                <p className="cell-sub">
                  {m.to} · {t(`mail.outbox.kinds.${m.kind.replace(".", "-")}`)} ·{" "}
                  {t("mail.outbox.created")}{" "}
                  <time dateTime={m.createdAt}>{instant(m.createdAt)}</time>
                  {m.sentAt ? <> · {t("mail.outbox.sentAt", { when: instant(m.sentAt) })}</> : null}
                  {m.attempts ? (
                    <>
                      {" "}
                      · {t("mail.outbox.attempts")}: {number(m.attempts)}
                    </>
                  ) : null}
                  {m.nextAttemptAt && m.attempts ? (
                    <> · {t("mail.outbox.nextAttempt", { when: instant(m.nextAttemptAt) })}</>
                  ) : null}
                </p>
                {m.lastError ? (
                  <p className="field-error">
                    {t("mail.outbox.lastError", { error: m.lastError })}
                  </p>
                ) : null}
                <details>
                  <summary>{t("mail.outbox.show")}</summary>
                  <pre className="mail-text">{m.text}</pre>
                </details>
                {m.status === "failed" || m.status === "held" ? (
                  <button
                    type="button"
                    className="button"
                    disabled={retry.isPending}
                    onClick={() => retry.mutate({ ids: [m.id] })}
                  >
                    {t("mail.outbox.retry")}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
          {list.hasNextPage ? (
            <div className="load-more">
              <button type="button" className="button" onClick={() => void list.fetchNextPage()}>
                {t("common.loadMore")}
              </button>
            </div>
          ) : null}
        </>
      )}
    </>
  );
}
