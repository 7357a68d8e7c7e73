import { useTranslation } from "react-i18next";
import { ChartHead } from "./ChartHead";
import { csvCount, shownCount, type Disclosed } from "../../lib/disclosed";
import { downloadText, toCsv } from "../../lib/download";

export interface CrossCell {
  row: string;
  column: string;
  needs: Disclosed;
  states: Disclosed;
}

/**
 * One cross-tabulation as a table (rows x columns, "needs (States)" per cell) that scrolls
 * sideways on a narrow screen instead of being cut off, with a CSV of the same labels.
 */
export function CrossTabTable({
  id,
  title,
  rows,
  columns,
  cells,
  rowLabel,
  columnLabel,
  columnTitle,
  rowHeader,
}: {
  id: string;
  title: string;
  rows: string[];
  columns: string[];
  cells: CrossCell[];
  rowLabel: (id: string) => string;
  columnLabel: (id: string) => string;
  /** A column's full name, shown on hover where its label is short ("Art. 5" and its title). */
  columnTitle?: (id: string) => string | undefined;
  rowHeader: string;
}) {
  const { t } = useTranslation();
  const byKey = new Map(cells.map((c) => [`${c.row}\u0000${c.column}`, c]));
  const usedRows = rows.filter((r) => cells.some((c) => c.row === r));
  const usedColumns = columns.filter((c) => cells.some((x) => x.column === c));
  function csv() {
    downloadText(
      toCsv(
        [rowHeader, ...usedColumns.map(columnLabel)],
        usedRows.map((r) => [
          rowLabel(r),
          ...usedColumns.map((c) => csvCount(byKey.get(`${r}\u0000${c}`)?.needs)),
        ]),
      ),
      `${id}.csv`,
    );
  }
  return (
    <section className="card chart-card" aria-labelledby={`${id}-title`} id={id}>
      <ChartHead id={id} title={title} onCsv={csv}>
        <p className="hint">{t("analytics.crossHint")}</p>
      </ChartHead>
      {usedRows.length === 0 ? (
        <p className="hint">{t("analytics.crossEmpty")}</p>
      ) : (
        <CrossTabGrid
          title={title}
          rowHeader={rowHeader}
          rows={usedRows}
          columns={usedColumns}
          cellAt={(r, c) => byKey.get(`${r}\u0000${c}`)}
          rowLabel={rowLabel}
          columnLabel={columnLabel}
          columnTitle={columnTitle}
        />
      )}
    </section>
  );
}

/** The table itself: one row per row id, "needs (States)" per cell, "–" where there is none. */
function CrossTabGrid({
  title,
  rowHeader,
  rows,
  columns,
  cellAt,
  rowLabel,
  columnLabel,
  columnTitle,
}: {
  title: string;
  rowHeader: string;
  rows: string[];
  columns: string[];
  cellAt: (row: string, column: string) => CrossCell | undefined;
  rowLabel: (id: string) => string;
  columnLabel: (id: string) => string;
  columnTitle?: (id: string) => string | undefined;
}) {
  return (
    <div className="table-wrap cross-tab" tabIndex={0} role="region" aria-label={title}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {columns.map((c) => (
              <th key={c} scope="col" className="num" title={columnTitle?.(c)}>
                {columnLabel(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <th scope="row">{rowLabel(r)}</th>
              {columns.map((c) => (
                <CrossTabCell key={c} cell={cellAt(r, c)} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CrossTabCell({ cell }: { cell: CrossCell | undefined }) {
  return (
    <td className="num">
      {cell ? (
        <>
          {shownCount(cell.needs)} <span className="hint">({shownCount(cell.states)})</span>
        </>
      ) : (
        "–"
      )}
    </td>
  );
}
