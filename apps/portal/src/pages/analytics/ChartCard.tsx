import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { ChartHead } from "./ChartHead";
import { csvCount, formatNumber, shownCount } from "../../lib/disclosed";
import { downloadSvgAsPng, downloadText, toCsv, type PngCaption } from "../../lib/download";

export interface Series {
  key: string;
  label: string;
  color: string;
}

/** A bar's value is null where the count is withheld (small-count suppression): no bar, "<3" in the table. */
export type ChartRow = { label: string } & Record<string, number | string | null>;

/**
 * A figure's rows as CSV with the chart's own labels: the same row labels and series names the
 * chart shows (in the interface's language), numbers plain, "<3" where withheld.
 */
export function chartCsv(
  labelHeader: string,
  rows: readonly ChartRow[],
  series: readonly Series[],
): string {
  return toCsv(
    [labelHeader, ...series.map((s) => s.label)],
    rows.map((r) => [
      r.label,
      ...series.map((s) => {
        const v = r[s.key];
        return typeof v === "number" || v === null ? csvCount(v) : (v ?? 0);
      }),
    ]),
  );
}

/** The PNG (drawn from the chart's SVG, captioned) and CSV downloads, and why a PNG failed. */
function useChartDownloads(
  id: string,
  title: string,
  rows: readonly ChartRow[],
  series: readonly Series[],
  caption: PngCaption,
) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);

  async function png() {
    setError(null);
    const svg = box.current?.querySelector<SVGSVGElement>("svg.recharts-surface");
    if (!svg) return;
    try {
      await downloadSvgAsPng(svg, `${id}.png`, { ...caption, title });
    } catch (err) {
      // Drawing the PNG failed in the browser; its own message is for developers.
      void err;
      setError(t("wording.pngFailed"));
    }
  }

  function downloadCsv() {
    setError(null);
    downloadText(chartCsv(t("analytics.label"), rows, series), `${id}.csv`);
  }

  return { box, error, png, downloadCsv };
}

/**
 * One figure: a recharts bar chart (its accessibility layer gives keyboard focus and announced
 * tooltips), the same numbers in a visually hidden table for screen readers, and PNG/CSV downloads.
 */
export function ChartCard({
  id,
  title,
  subtitle,
  rows,
  series,
  horizontal = false,
  stacked = false,
  caption,
}: {
  id: string;
  title: string;
  subtitle?: string;
  rows: ChartRow[];
  series: Series[];
  horizontal?: boolean;
  /** Stack the series into one bar per row (figure II: the earlier count, then the increase). */
  stacked?: boolean;
  /** Source and as-at lines for the PNG (the title is added). */
  caption: PngCaption;
}) {
  const { box, error, png, downloadCsv } = useChartDownloads(id, title, rows, series, caption);
  return (
    <section className="card chart-card" aria-labelledby={`${id}-title`} id={id}>
      <ChartHead id={id} title={title} onPng={() => void png()} onCsv={downloadCsv}>
        {subtitle ? <p className="hint">{subtitle}</p> : null}
      </ChartHead>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div ref={box} className="chart" aria-hidden="false">
        <BarFigure
          title={title}
          rows={rows}
          series={series}
          horizontal={horizontal}
          stacked={stacked}
        />
      </div>
      <ChartTable title={title} rows={rows} series={series} />
    </section>
  );
}

/** The bar chart: horizontal bars (one row per label) or vertical columns, stacked if asked. */
function BarFigure({
  title,
  rows,
  series,
  horizontal,
  stacked,
}: {
  title: string;
  rows: ChartRow[];
  series: Series[];
  horizontal: boolean;
  stacked: boolean;
}) {
  const height = horizontal ? Math.max(220, rows.length * (series.length > 1 ? 34 : 26) + 60) : 320;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={rows}
        layout={horizontal ? "vertical" : "horizontal"}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        accessibilityLayer
        title={title}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#d9dee5" />
        {horizontal ? horizontalAxes() : verticalAxes()}
        <Tooltip
          formatter={(v) => (typeof v === "number" || v === null ? shownCount(v) : String(v))}
        />
        {series.length > 1 ? <Legend /> : null}
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            fill={s.color}
            stackId={stacked ? "stack" : undefined}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Horizontal bars: the counts along the bottom, the labels down the side. */
function horizontalAxes() {
  return (
    <>
      <XAxis
        type="number"
        allowDecimals={false}
        tick={{ fill: "#3b4656", fontSize: 12 }}
        tickFormatter={(v: number) => formatNumber(v)}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={190}
        tick={{ fill: "#1d2633", fontSize: 12 }}
        interval={0}
      />
    </>
  );
}

/** Columns: the labels along the bottom, the counts up the side. */
function verticalAxes() {
  return (
    <>
      <XAxis dataKey="label" tick={{ fill: "#1d2633", fontSize: 12 }} interval={0} />
      <YAxis
        allowDecimals={false}
        tick={{ fill: "#3b4656", fontSize: 12 }}
        tickFormatter={(v: number) => formatNumber(v)}
      />
    </>
  );
}

/** The same numbers as a table for screen readers, "<3" where withheld. */
function ChartTable({
  title,
  rows,
  series,
}: {
  title: string;
  rows: ChartRow[];
  series: Series[];
}) {
  const { t } = useTranslation();
  return (
    <div className="visually-hidden">
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t("analytics.label")}</th>
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {series.map((s) => (
                <td key={s.key}>
                  {typeof r[s.key] === "number" || r[s.key] === null
                    ? shownCount(r[s.key] as number | null)
                    : (r[s.key] ?? "")}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
