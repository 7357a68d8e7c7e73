import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { atLeast, shownCount } from "../../lib/disclosed";
import { downloadSvgAsPng, downloadText } from "../../lib/download";

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

/** Needs per offer in a cell: red where needs outrun supply, blue where supply covers them. */
function colour(needs: number, offers: number, maxNeeds: number): string {
  if (needs === 0) return offers > 0 ? "#e8f1fa" : "#f5f6f8";
  const intensity = 0.25 + 0.75 * (needs / Math.max(1, maxNeeds));
  const gap = offers === 0 ? 1 : Math.min(1, needs / (offers * 4));
  // Interpolate between a blue (covered) and an orange-red (unmet), darker with more needs.
  const r = Math.round(255 - (255 - (gap > 0.5 ? 213 : 0)) * intensity);
  const g = Math.round(255 - (255 - (gap > 0.5 ? 94 : 114)) * intensity);
  const b = Math.round(255 - (255 - (gap > 0.5 ? 0 : 178)) * intensity);
  return `rgb(${r},${g},${b})`;
}

/** The needs-by-supply matrix: articles down, regional groups across. */
export function HeatMap({
  articles,
  regions,
  cells,
  regionLabel,
  csv,
}: {
  articles: number[];
  regions: string[];
  cells: Cell[];
  regionLabel: (id: string) => string;
  csv: () => Promise<{ filename: string; csv: string }>;
}) {
  const { t } = useTranslation();
  const svgRef = useRef<SVGSVGElement>(null);
  const [error, setError] = useState<string | null>(null);
  const byKey = new Map(cells.map((c) => [`${c.article}:${c.region}`, c]));
  const maxNeeds = Math.max(1, ...cells.map((c) => atLeast(c.needs)));
  const cw = 120;
  const ch = 22;
  const left = 60;
  const top = 70;
  const width = left + regions.length * cw + 10;
  const height = top + articles.length * ch + 10;
  const title = t("analytics.matrix");

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
              void downloadSvgAsPng(svgRef.current, "needs-by-supply.png").catch((e: unknown) =>
                setError(String(e)),
              )
            }
          >
            PNG
          </button>
          <button
            type="button"
            className="button button-small"
            aria-label={t("analytics.downloadCsvOf", { title })}
            onClick={() =>
              void csv()
                .then((f) => downloadText(f.csv, f.filename))
                .catch((e: unknown) => setError(String(e)))
            }
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
      <div className="heatmap-scroll">
        <svg
          ref={svgRef}
          width={width}
          height={height}
          role="img"
          aria-label={t("analytics.matrixAlt")}
          className="heatmap"
        >
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
                const needs = atLeast(c?.needs);
                const offers = atLeast(c?.offers);
                const global = atLeast(c?.globalOffers) > 0;
                return (
                  <g key={r}>
                    <title>
                      {global
                        ? t("analytics.cellGlobal", {
                            needs: shownCount(c?.needs),
                            offers: shownCount(c?.offers),
                            global: shownCount(c?.globalOffers),
                          })
                        : t("analytics.cell", {
                            needs: shownCount(c?.needs),
                            offers: shownCount(c?.offers),
                          })}
                    </title>
                    <rect
                      x={left + j * cw + 1}
                      y={top + i * ch + 1}
                      width={cw - 2}
                      height={ch - 2}
                      rx="3"
                      fill={colour(needs, offers, maxNeeds)}
                    />
                    <text
                      x={left + j * cw + cw / 2}
                      y={top + i * ch + ch / 2 + 4}
                      textAnchor="middle"
                      fontSize="11"
                      fill={needs / maxNeeds > 0.6 ? "#ffffff" : "#1d2633"}
                    >
                      {needs || offers
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
                <th scope="row">{t("common.articleShort", { n: a })}</th>
                {regions.map((r) => {
                  const c = byKey.get(`${a}:${r}`);
                  return (
                    <td key={r}>
                      {atLeast(c?.globalOffers) > 0
                        ? t("analytics.cellGlobal", {
                            needs: shownCount(c?.needs),
                            offers: shownCount(c?.offers),
                            global: shownCount(c?.globalOffers),
                          })
                        : t("analytics.cell", {
                            needs: shownCount(c?.needs),
                            offers: shownCount(c?.offers),
                          })}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
