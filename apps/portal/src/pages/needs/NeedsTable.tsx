import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Badge, Confidence } from "../../components/ui";
import { statusTone, useLabels } from "../../lib/labels";
import type { RouterOutputs } from "../../lib/trpc";

export type NeedRow = RouterOutputs["needs"]["list"]["items"][number];

export interface SortState {
  sort: string;
  order: "asc" | "desc";
}

function SortHeader({
  id,
  label,
  sort,
  onSort,
}: {
  id: string;
  label: string;
  sort?: SortState;
  onSort?: (id: string) => void;
}) {
  if (!onSort) return <th scope="col">{label}</th>;
  const active = sort?.sort === id;
  const ariaSort = active ? (sort?.order === "asc" ? "ascending" : "descending") : "none";
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className="sort" onClick={() => onSort(id)}>
        {label}
        <span aria-hidden="true" className="sort-icon">
          {active ? (sort?.order === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </button>
    </th>
  );
}

/** One need: State and cycle, excerpt linking to the need, articles, category, confidence, status. */
function NeedTableRow({ n }: { n: NeedRow }) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <tr>
      <td data-label={t("needs.col.state")}>
        <span className="cell-strong">{l.state(n.state)}</span>
        <span className="cell-sub">{t("common.cycleN", { n: n.cycle })}</span>
      </td>
      <td data-label={t("needs.col.need")} className="cell-text">
        <Link to={`/needs/${n.id}`}>{excerpt(n.text)}</Link>
      </td>
      <td data-label={t("needs.col.articles")}>
        {l.chapter(n.chapter)}
        <span className="cell-sub">{l.articles(n.articles)}</span>
      </td>
      <td data-label={t("needs.col.category")}>
        {n.category ? (
          l.category(n.category)
        ) : n.cycle === 1 ? (
          <span className="hint">{t("needs.cycle1Taxonomy")}</span>
        ) : (
          <Badge tone="warning">{t("common.uncategorised")}</Badge>
        )}
        {n.needsReview ? <span className="cell-sub">{t("needs.awaitingReview")}</span> : null}
      </td>
      <td data-label={t("needs.col.confidence")}>
        {typeof n.confidence === "number" ? <Confidence value={n.confidence} /> : "–"}
      </td>
      <td data-label={t("needs.col.status")}>
        <Badge tone={statusTone(n.status)}>{l.status(n.status)}</Badge>
      </td>
      <td data-label={t("needs.col.identified")}>{n.identifiedOn ?? "–"}</td>
    </tr>
  );
}

/** The needs table used by the explorer and the State's own list. */
export function NeedsTable({
  rows,
  sort,
  onSort,
  caption,
}: {
  rows: readonly NeedRow[];
  sort?: SortState;
  onSort?: (id: string) => void;
  caption: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className={`table table-stack${onSort ? " sortable" : ""}`}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <SortHeader id="state" label={t("needs.col.state")} sort={sort} onSort={onSort} />
            <th scope="col">{t("needs.col.need")}</th>
            <th scope="col">{t("needs.col.articles")}</th>
            <SortHeader id="category" label={t("needs.col.category")} sort={sort} onSort={onSort} />
            <th scope="col">{t("needs.col.confidence")}</th>
            <SortHeader id="status" label={t("needs.col.status")} sort={sort} onSort={onSort} />
            <SortHeader
              id="identifiedOn"
              label={t("needs.col.identified")}
              sort={sort}
              onSort={onSort}
            />
          </tr>
        </thead>
        <tbody>
          {rows.map((n) => (
            <NeedTableRow key={n.id} n={n} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function excerpt(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, "")}…` : text;
}
