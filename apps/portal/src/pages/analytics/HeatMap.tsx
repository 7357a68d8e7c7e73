import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
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
  const l = useLabels();
  const svgRef = useRef<SVGSVGElement>(null);
  const [error, setError] = useState<string | null>(null);
  const byKey = new Map(cells.map((c) => [`${c.article}:${c.region}`, c]));
  const maxNeeds = Math.max(1, ...cells.map((c) => atLeast(c.needs)));
  const cw = 120;
  const ch = 22;
  const left = 60;
  // Two legend entries per row, so the longest French and Spanish labels fit.
  const legendHeight = 44;
  const top = 70 + legendHeight;
  const width = left + regions.length * cw + 10;
  const height = top + articles.length * ch + 10;
  const title = t("analytics.matrix");
  const label = (c: Cell | undefined) =>
    atLeast(c?.globalOffers) > 0
      ? t("analytics.cellGlobal", {
          needs: shownCount(c?.needs),
          offers: shownCount(c?.offers),
          global: shownCount(c?.globalOffers),
        })
      : t("analytics.cell", { needs: shownCount(c?.needs), offers: shownCount(c?.offers) });

  function csv() {
    // The map's own labels: "art. N" down, the regions' names across, then the cell's numbers.
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
            const c = byKey.get(`${a}:${r}`);
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

  return (
    <section className="card chart-card" aria-labelledby="fig-matrix-title" id="fig-matrix">
      <div className="card-head">
        <div>
          <h2 id="fig-matrix-title">{title}</h2>
          <p className="hint">{t("analytics.matrixHint")}</p>
          {cells.some((c) => atLeast(c.globalOffers) > 0) ? (
            <p className="hint">{t("analytics.globalMark")}</p>
          ) : null}
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button button-small"
            aria-label={t("analytics.downloadPngOf", { title })}
            onClick={() =>
              svgRef.current &&
              void downloadSvgAsPng(svgRef.current, "needs-by-supply.png", {
                ...caption,
                title,
              }).catch((e: unknown) => setError(String(e)))
            }
          >
            PNG
          </button>
          <button
            type="button"
            className="button button-small"
            aria-label={t("analytics.downloadCsvOf", { title })}
            onClick={csv}
          >
            CSV
          </button>
        </div>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="heatmap-scroll" tabIndex={0} role="region" aria-label={title}>
        <svg
          ref={svgRef}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={t("analytics.matrixAlt")}
          className="heatmap"
        >
          <g className="heatmap-legend" data-testid="heatmap-legend">
            {LEGEND.map((state, i) => {
              const x = left + (i % 2) * 300;
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
          {regions.map((r, j) => (
            <text
              key={r}
              x={left + j * cw + cw / 2}
              y={top - 10}
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
                x={left - 8}
                y={top + i * ch + ch / 2 + 4}
                textAnchor="end"
                fontSize="11"
                fill="#1d2633"
              >
                {t("common.articleShort", { n: a })}
              </text>
              {regions.map((r, j) => {
                const c = byKey.get(`${a}:${r}`);
                const state = cellState(c?.needs ?? 0, c?.offers ?? 0);
                const fill = cellColour(state, atLeast(c?.needs), maxNeeds);
                const global = atLeast(c?.globalOffers) > 0;
                return (
                  <g key={r} data-state={state}>
                    <title>{`${label(c)} (${t(`analytics.legend.${state}`)})`}</title>
                    <rect
                      x={left + j * cw + 1}
                      y={top + i * ch + 1}
                      width={cw - 2}
                      height={ch - 2}
                      rx="3"
                      fill={fill}
                    />
                    <text
                      x={left + j * cw + cw / 2}
                      y={top + i * ch + ch / 2 + 4}
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
              })}
            </g>
          ))}
        </svg>
      </div>
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
                  <td key={r}>{label(byKey.get(`${a}:${r}`))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
