import { useRef, useState, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { ChartHead } from "./ChartHead";
import { atLeast, csvCount, shownCount } from "../../lib/disclosed";
import { downloadSvgAsPng, downloadText, toCsv, type PngCaption } from "../../lib/download";
import { useLabels } from "../../lib/labels";

export interface Cell {
  article: number;
  region: string;
  /** null where the count is withheld (small-count suppression). */
  needs: number | null;
  /** Offers open to the region, global offers (open to every region) included. */
  offers: number | null;
  /** How many of `offers` are global; the same global offers appear in every column. */
  globalOffers: number | null;
}

/**
 * What a cell says, which its colour shows (the legend lists these): needs with fewer offers are
 * unmet, needs with as many offers or more are covered. A withheld count (1 or 2) decides only
 * where it cannot change the answer (2 needs and 5 offers are covered whatever the 2 is); where it
 * could, the cell says "withheld" rather than guess.
 */
export type CellState = "empty" | "supply-only" | "covered" | "unmet" | "withheld";

export function cellState(needs: number | null, offers: number | null): CellState {
  const lo = (n: number | null) => (n === null ? 1 : n);
  const hi = (n: number | null) => (n === null ? 2 : n);
  if (needs === 0) return offers === 0 ? "empty" : "supply-only";
  if (lo(offers) >= hi(needs)) return "covered";
  if (hi(offers) < lo(needs)) return "unmet";
  return "withheld";
}

/** The legend's colours: orange-red for unmet, blue for covered (Okabe-Ito hues, colour-blind safe). */
export const STATE_COLOUR: Record<CellState, [number, number, number]> = {
  unmet: [213, 94, 0],
  covered: [0, 114, 178],
  "supply-only": [86, 180, 233],
  withheld: [150, 150, 150],
  empty: [245, 246, 248],
};

/** A cell's fill: its state's hue, darker with more needs (light cells stay readable). */
export function cellColour(state: CellState, needs: number, maxNeeds: number): string {
  const [r, g, b] = STATE_COLOUR[state];
  if (state === "empty") return `rgb(${r},${g},${b})`;
  const intensity =
    state === "supply-only" ? 0.3 : 0.35 + 0.65 * Math.min(1, needs / Math.max(1, maxNeeds));
  const mix = (c: number) => Math.round(255 - (255 - c) * intensity);
  return `rgb(${mix(r)},${mix(g)},${mix(b)})`;
}

/** Dark text on light fills, white on dark ones (relative luminance). */
function textColour(fill: string): string {
  const [r, g, b] = (fill.match(/\d+/g) ?? ["255", "255", "255"]).map(Number) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 140 ? "#ffffff" : "#1d2633";
}

const LEGEND: CellState[] = ["unmet", "covered", "withheld", "supply-only"];

/** The matrix's geometry: cell width and height, the article column, the legend above. */
const CW = 120;
const CH = 22;
const LEFT = 60;
// Two legend entries per row, so the longest French and Spanish labels fit.
const LEGEND_HEIGHT = 44;
const TOP = 70 + LEGEND_HEIGHT;

type CellAt = (article: number, region: string) => Cell | undefined;
type T = ReturnType<typeof useTranslation>["t"];

/** What a cell says in words: needs and offers, and how many of the offers are global. */
function useCellLabel(): (c: Cell | undefined) => string {
  const { t } = useTranslation();
  return (c) =>
    atLeast(c?.globalOffers) > 0
      ? t("analytics.cellGlobal", {
          needs: shownCount(c?.needs),
          offers: shownCount(c?.offers),
          global: shownCount(c?.globalOffers),
        })
      : t("analytics.cell", { needs: shownCount(c?.needs), offers: shownCount(c?.offers) });
}

/** The map's own labels: "art. N" down, the regions' names across, then the cell's numbers. */
function downloadMatrixCsv(
  t: T,
  articles: number[],
  regions: string[],
  cellAt: CellAt,
  regionLabel: (id: string) => string,
) {
  downloadText(
    toCsv(
      [
        t("analytics.article"),
        t("analytics.region"),
        t("analytics.needs"),
        t("analytics.offers"),
        t("analytics.globalOffers"),
      ],
      articles.flatMap((a) =>
        regions.map((r) => {
          const c = cellAt(a, r);
          return [
            t("common.articleShort", { n: a }),
            regionLabel(r),
            csvCount(c?.needs),
            csvCount(c?.offers),
            csvCount(c?.globalOffers),
          ];
        }),
      ),
    ),
    "needs-by-supply.csv",
  );
}

/** The needs-by-supply matrix: articles down, regional groups across. */
export function HeatMap({
  articles,
  regions,
  cells,
  regionLabel,
  caption,
}: {
  articles: number[];
  regions: string[];
  cells: Cell[];
  regionLabel: (id: string) => string;
  /** Source and as-at lines drawn under the title on the PNG. */
  caption: PngCaption;
}) {
  const { t } = useTranslation();
  const svgRef = useRef<SVGSVGElement>(null);
  const [error, setError] = useState<string | null>(null);
  const byKey = new Map(cells.map((c) => [`${c.article}:${c.region}`, c]));
  const cellAt: CellAt = (a, r) => byKey.get(`${a}:${r}`);
  const maxNeeds = Math.max(1, ...cells.map((c) => atLeast(c.needs)));
  const title = t("analytics.matrix");
  const png = () =>
    svgRef.current &&
    void downloadSvgAsPng(svgRef.current, "needs-by-supply.png", {
      ...caption,
      title,
    }).catch((e: unknown) => setError(String(e)));
  const grid = { articles, regions, cellAt, regionLabel };
  return (
    <section className="card chart-card" aria-labelledby="fig-matrix-title" id="fig-matrix">
      <ChartHead
        id="fig-matrix"
        title={title}
        onPng={png}
        onCsv={() => downloadMatrixCsv(t, articles, regions, cellAt, regionLabel)}
      >
        <p className="hint">{t("analytics.matrixHint")}</p>
        {cells.some((c) => atLeast(c.globalOffers) > 0) ? (
          <p className="hint">{t("analytics.globalMark")}</p>
        ) : null}
      </ChartHead>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="heatmap-scroll" tabIndex={0} role="region" aria-label={title}>
        <MatrixSvg svgRef={svgRef} maxNeeds={maxNeeds} {...grid} />
      </div>
      <MatrixTable title={title} {...grid} />
    </section>
  );
}

interface Grid {
  articles: number[];
  regions: string[];
  cellAt: CellAt;
  regionLabel: (id: string) => string;
}

/** The drawn matrix: the legend, the regions across, one row of cells per article. */
function MatrixSvg({
  svgRef,
  maxNeeds,
  articles,
  regions,
  cellAt,
  regionLabel,
}: Grid & { svgRef: RefObject<SVGSVGElement | null>; maxNeeds: number }) {
  const { t } = useTranslation();
  const width = LEFT + regions.length * CW + 10;
  const height = TOP + articles.length * CH + 10;
  return (
    <svg
      ref={svgRef}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={t("analytics.matrixAlt")}
      className="heatmap"
    >
      <MatrixLegend maxNeeds={maxNeeds} />
      {regions.map((r, j) => (
        <text
          key={r}
          x={LEFT + j * CW + CW / 2}
          y={TOP - 10}
          textAnchor="middle"
          fontSize="11"
          fill="#1d2633"
        >
          {regionLabel(r)}
        </text>
      ))}
      {articles.map((a, i) => (
        <g key={a}>
          <text
            x={LEFT - 8}
            y={TOP + i * CH + CH / 2 + 4}
            textAnchor="end"
            fontSize="11"
            fill="#1d2633"
          >
            {t("common.articleShort", { n: a })}
          </text>
          {regions.map((r, j) => (
            <MatrixCell
              key={r}
              cell={cellAt(a, r)}
              x={LEFT + j * CW}
              y={TOP + i * CH}
              maxNeeds={maxNeeds}
            />
          ))}
        </g>
      ))}
    </svg>
  );
}

/** The colours' meanings, two to a row. */
function MatrixLegend({ maxNeeds }: { maxNeeds: number }) {
  const { t } = useTranslation();
  return (
    <g className="heatmap-legend" data-testid="heatmap-legend">
      {LEGEND.map((state, i) => {
        const x = LEFT + (i % 2) * 300;
        const y = 6 + Math.floor(i / 2) * 20;
        return (
          <g key={state} data-state={state}>
            <rect
              x={x}
              y={y}
              width={14}
              height={14}
              rx="2"
              fill={cellColour(state, maxNeeds * 0.6, maxNeeds)}
            />
            <text x={x + 20} y={y + 11} fontSize="11" fill="#1d2633">
              {t(`analytics.legend.${state}`)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** One cell at (x, y): coloured by its state, "needs / offers" written in it, "*" if global. */
function MatrixCell({
  cell: c,
  x,
  y,
  maxNeeds,
}: {
  cell: Cell | undefined;
  x: number;
  y: number;
  maxNeeds: number;
}) {
  const { t } = useTranslation();
  const label = useCellLabel();
  const state = cellState(c?.needs ?? 0, c?.offers ?? 0);
  const fill = cellColour(state, atLeast(c?.needs), maxNeeds);
  const global = atLeast(c?.globalOffers) > 0;
  return (
    <g data-state={state}>
      <title>{`${label(c)} (${t(`analytics.legend.${state}`)})`}</title>
      <rect x={x + 1} y={y + 1} width={CW - 2} height={CH - 2} rx="3" fill={fill} />
      <text
        x={x + CW / 2}
        y={y + CH / 2 + 4}
        textAnchor="middle"
        fontSize="11"
        fill={textColour(fill)}
      >
        {state !== "empty"
          ? `${shownCount(c?.needs)} / ${shownCount(c?.offers)}${global ? "*" : ""}`
          : ""}
      </text>
    </g>
  );
}

/** The same matrix as a table for screen readers, each cell in words. */
function MatrixTable({ title, articles, regions, cellAt, regionLabel }: Grid & { title: string }) {
  const { t } = useTranslation();
  const l = useLabels();
  const label = useCellLabel();
  return (
    <div className="visually-hidden">
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t("analytics.article")}</th>
            {regions.map((r) => (
              <th key={r} scope="col">
                {regionLabel(r)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a}>
              <th scope="row">{l.article(a)}</th>
              {regions.map((r) => (
                <td key={r}>{label(cellAt(a, r))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
