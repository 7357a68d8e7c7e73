/**
 * The audit-log viewer, for the admin (issue 15, deliverable 6): who did what to which record,
 * filtered by actor, entity, action and day range (all in the URL), newest first, page by page.
 */
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { EmptyState, ErrorState, PageHeader, SkeletonRows } from "../../components/ui";
import { useTRPC } from "../../lib/trpc";
import { useDebounced } from "../../lib/useDebounced";
import { useUrlParams } from "../../lib/useUrlParams";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const { params, set } = useUrlParams();
  const actor = useDebounced(params.get("actor") ?? "", 300);
  const action = useDebounced(params.get("action") ?? "", 300);
  const entity = params.get("entity") ?? "";
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "medium" });
  const filters = {
    ...(actor ? { actor } : {}),
    ...(action ? { action } : {}),
    ...(entity ? { entity } : {}),
    ...(DAY.test(from) ? { from } : {}),
    ...(DAY.test(to) ? { to } : {}),
  };
  const list = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(
      { limit: 50, filters },
      { getNextPageParam: (p) => p.nextCursor ?? undefined },
    ),
  );
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const text = (k: "actor" | "action", label: string) => (
    <div className="field field-inline">
      <label htmlFor={`a-${k}`}>{label}</label>
      <input id={`a-${k}`} value={params.get(k) ?? ""} onChange={(e) => set(k, e.target.value)} />
    </div>
  );
  return (
    <>
      <PageHeader title={t("audit.title")} lead={t("audit.lead")} />
      <div className="filters" role="group" aria-label={t("filters.label")}>
        {text("actor", t("audit.actor"))}
        {text("action", t("audit.action"))}
        <div className="field field-inline">
          <label htmlFor="a-entity">{t("audit.entity")}</label>
          <select id="a-entity" value={entity} onChange={(e) => set("entity", e.target.value)}>
            <option value="">{t("filters.any")}</option>
            {["Need", "Offer", "Expert", "Expertise", "Engagement", "User", "Provider"].map((x) => (
              <option key={x} value={x}>
                {t(`audit.entities.${x}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor="a-from">{t("audit.fromDay")}</label>
          <input
            id="a-from"
            type="date"
            value={from}
            onChange={(e) => set("from", e.target.value)}
          />
        </div>
        <div className="field field-inline">
          <label htmlFor="a-to">{t("audit.toDay")}</label>
          <input id="a-to" type="date" value={to} onChange={(e) => set("to", e.target.value)} />
        </div>
      </div>
      {list.isPending ? (
        <SkeletonRows />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t("audit.empty")} />
      ) : (
        <>
          <p className="result-count">
            {t("audit.count", { count: list.data.pages[0]?.total ?? 0 })}
          </p>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t("audit.title")}>
            <table className="table" id="audit-table">
              <thead>
                <tr>
                  <th scope="col">{t("audit.at")}</th>
                  <th scope="col">{t("audit.actor")}</th>
                  <th scope="col">{t("audit.action")}</th>
                  <th scope="col">{t("audit.record")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <time dateTime={a.at}>{when.format(new Date(a.at))}</time>
                    </td>
                    <td>{a.actor ?? t("audit.system")}</td>
                    <td>
                      <code>{a.action}</code>
                    </td>
                    <td>
                      {t(`audit.entities.${a.entity}`, { defaultValue: a.entity })}{" "}
                      <span className="cell-sub">{a.entityId}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.hasNextPage ? (
            <div className="load-more">
              <button
                type="button"
                className="button"
                onClick={() => void list.fetchNextPage()}
                disabled={list.isFetchingNextPage}
              >
                {t("common.loadMore")}
              </button>
            </div>
          ) : null}
        </>
      )}
    </>
  );
}
