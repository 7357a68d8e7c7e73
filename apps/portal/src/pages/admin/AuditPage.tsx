/**
 * The audit-log viewer, for the admin (issue 15, deliverable 6): who did what to which record,
 * filtered by actor, entity, action and day range (all in the URL), newest first, page by page.
 */
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { FilterBar, SelectFilter } from "../../components/form";
import { pageItems, PagedList } from "../../components/Paged";
import { PageHeader } from "../../components/ui";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";
import { useDebounced } from "../../lib/useDebounced";
import { useUrlParams } from "../../lib/useUrlParams";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ENTITIES = [
  "Need",
  "Offer",
  "Expert",
  "Expertise",
  "Engagement",
  "User",
  "Provider",
] as const;

type AuditItem = RouterOutputs["audit"]["list"]["items"][number];

/** The filter bar; every filter lives in the URL. */
function AuditFilters() {
  const { t } = useTranslation();
  const { params, set } = useUrlParams();
  const input = (k: "actor" | "action" | "from" | "to", label: string, type?: "date") => (
    <div className="field field-inline">
      <label htmlFor={`a-${k}`}>{label}</label>
      <input
        id={`a-${k}`}
        type={type}
        value={params.get(k) ?? ""}
        onChange={(e) => set(k, e.target.value)}
      />
    </div>
  );
  return (
    <FilterBar>
      {input("actor", t("audit.actor"))}
      {input("action", t("audit.action"))}
      <SelectFilter
        id="a-entity"
        label={t("audit.entity")}
        value={params.get("entity") ?? ""}
        onChange={(v) => set("entity", v)}
        options={ENTITIES}
        optionLabel={(x) => t(`audit.entities.${x}`)}
      />
      {input("from", t("audit.fromDay"), "date")}
      {input("to", t("audit.toDay"), "date")}
    </FilterBar>
  );
}

function AuditTable({ items }: { items: AuditItem[] }) {
  const { t, i18n } = useTranslation();
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "medium" });
  return (
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
  );
}

export default function AuditPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { params } = useUrlParams();
  const actor = useDebounced(params.get("actor") ?? "", 300);
  const action = useDebounced(params.get("action") ?? "", 300);
  const entity = params.get("entity") ?? "";
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";
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
  const items = pageItems(list.data);
  return (
    <>
      <PageHeader title={t("audit.title")} lead={t("audit.lead")} />
      <AuditFilters />
      <PagedList list={list} count={items.length} empty={t("audit.empty")}>
        <p className="result-count">
          {t("audit.count", { count: list.data?.pages[0]?.total ?? 0 })}
        </p>
        <AuditTable items={items} />
      </PagedList>
    </>
  );
}
