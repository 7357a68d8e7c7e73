import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { FilterBar, SelectFilter } from "../../components/form";
import { pageItems, PagedList } from "../../components/Paged";
import { Badge, PageHeader } from "../../components/ui";
import { describeError } from "../../lib/errors";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";
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

type Mail = RouterOutputs["outbox"]["list"]["items"][number];
interface OutboxFilter {
  status: Status | "";
  to: string;
  kind: Kind | "";
}

/** The filter form: applied on submit, with each status's count in its choice. */
function OutboxFilters({
  counts,
  onApply,
}: {
  counts: Partial<Record<Status, number>> | undefined;
  onApply: (filter: OutboxFilter) => void;
}) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<OutboxFilter>({ status: "", to: "", kind: "" });
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  function apply(e: FormEvent) {
    e.preventDefault();
    onApply(draft);
  }
  return (
    <FilterBar onSubmit={apply} label={t("mail.outbox.filter")}>
      <SelectFilter
        id="outbox-status"
        label={t("mail.outbox.status")}
        value={draft.status}
        onChange={(status) => setDraft({ ...draft, status })}
        options={STATUSES}
        optionLabel={(s) =>
          t(`mail.outbox.statuses.${s}`) + (counts ? ` (${number(counts[s] ?? 0)})` : "")
        }
        anyLabel={t("mail.outbox.any")}
      />
      <div className="field field-grow">
        <label htmlFor="outbox-to">{t("mail.outbox.recipient")}</label>
        <input
          id="outbox-to"
          type="search"
          value={draft.to}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
        />
      </div>
      <SelectFilter
        id="outbox-kind"
        label={t("mail.outbox.kind")}
        value={draft.kind}
        onChange={(kind) => setDraft({ ...draft, kind })}
        options={KINDS}
        optionLabel={(k) => t(`mail.outbox.kinds.${k.replace(".", "-")}`)}
        anyLabel={t("mail.outbox.any")}
      />
      <button type="submit" className="button">
        {t("mail.outbox.filter")}
      </button>
    </FilterBar>
  );
}

/** One mail: status, subject, recipient, kind, attempts and error; retry when failed or held. */
function OutboxItem({ m, onRetry, busy }: { m: Mail; onRetry: () => void; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const instant = useInstant();
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  return (
    <li className="inbox-item">
      <p>
        <Badge tone={TONE[m.status]}>{t(`mail.outbox.statuses.${m.status}`)}</Badge>{" "}
        <strong>{m.subject}</strong>
      </p>
      <p className="cell-sub">
        {m.to} · {t(`mail.outbox.kinds.${m.kind.replace(".", "-")}`)} · {t("mail.outbox.created")}{" "}
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
        <p className="field-error">{t("mail.outbox.lastError", { error: m.lastError })}</p>
      ) : null}
      <details>
        <summary>{t("mail.outbox.show")}</summary>
        <pre className="mail-text">{m.text}</pre>
      </details>
      {m.status === "failed" || m.status === "held" ? (
        <button type="button" className="button" disabled={busy} onClick={onRetry}>
          {t("mail.outbox.retry")}
        </button>
      ) : null}
    </li>
  );
}

/** The administrator's view of the mail outbox (issue 15): held, failed and sent mail; retry. */
export default function OutboxPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<OutboxFilter>({ status: "", to: "", kind: "" });
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
  const items = pageItems(list.data);
  const first = list.data?.pages[0];
  return (
    <>
      <PageHeader title={t("mail.outbox.title")} lead={t("mail.outbox.lead")} />
      <OutboxFilters counts={first?.counts} onApply={setFilter} />
      {retry.isSuccess ? (
        <p className="alert alert-success" role="status">
          {t("mail.outbox.retried", { count: retry.data.queued })}
        </p>
      ) : retry.error ? (
        <p className="alert alert-error" role="alert">
          {describeError(retry.error, t)}
        </p>
      ) : null}
      <PagedList list={list} count={items.length} empty={t("mail.outbox.empty")}>
        <p className="result-count" role="status">
          {t("mail.outbox.total", { count: first?.total ?? 0 })}
        </p>
        <ul className="plain-list inbox-list" id="outbox">
          {items.map((m) => (
            <OutboxItem
              key={m.id}
              m={m}
              busy={retry.isPending}
              onRetry={() => retry.mutate({ ids: [m.id] })}
            />
          ))}
        </ul>
      </PagedList>
    </>
  );
}
