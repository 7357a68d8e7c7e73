import {
  CATEGORY_IDS,
  CHAPTERS,
  CYCLE1_CATEGORY_IDS,
  getArticle,
  REGIONAL_GROUP_IDS,
} from "@tahub/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ErrorState, PageHeader, SkeletonRows } from "../../components/ui";
import { shownCount, type Disclosed } from "../../lib/disclosed";
import { useLabels } from "../../lib/labels";
import { useFormat } from "../../lib/numbers";
import { useTRPC } from "../../lib/trpc";
import { AnalyticsControls, useAnalyticsQuery } from "./AnalyticsControls";
import { ChartCard, PALETTE, type ChartRow } from "./ChartCard";
import { CrossTabTable } from "./CrossTabTable";
import { HeatMap } from "./HeatMap";

/** Article keys in figure V/VI order: by number, each chapter's general needs after its articles. */
const ARTICLE_KEYS = Array.from({ length: 71 }, (_, i) => String(i + 1)).flatMap((k) => {
  const n = Number(k);
  const ch = CHAPTERS.find((c) => c.last === n);
  return ch ? [k, `${ch.id}-general`] : [k];
});

/** Article keys of one chapter in figure V/VI order: the chapter's general needs, then by number. */
function articleRows(
  byArticle: Record<string, { needs: Disclosed; states: Disclosed }>,
  chapter: "II" | "V",
  generalLabel: string,
  articleLabel: (n: number) => string,
): ChartRow[] {
  const rows: ChartRow[] = [];
  const general = byArticle[`${chapter}-general`];
  const numbers = Object.keys(byArticle)
    .map(Number)
    .filter((n) => Number.isInteger(n) && getArticle(n)?.chapter === chapter)
    .sort((a, b) => a - b);
  for (const n of numbers) {
    const c = byArticle[String(n)];
    if (c) rows.push({ label: articleLabel(n), needs: c.needs, states: c.states });
  }
  if (general) rows.push({ label: generalLabel, needs: general.needs, states: general.states });
  return rows;
}

/**
 * Figures I-VI of the secretariat's note and the needs-by-supply matrix, computed live from the
 * records by the API; each downloadable as PNG and CSV.
 */
export default function AnalyticsPage() {
  const { t, i18n } = useTranslation();
  const l = useLabels();
  const f = useFormat();
  const trpc = useTRPC();
  const { query, errors, params, set, clear } = useAnalyticsQuery();
  const grouping = params.get("count") === "any" ? "any" : "primary";
  const { periods: _periods, ...crossQuery } = query;
  const figures = useQuery({
    ...trpc.analytics.figures.queryOptions(query),
    placeholderData: keepPreviousData,
  });
  const cross = useQuery({
    ...trpc.analytics.crossTabs.queryOptions({ ...crossQuery, grouping }),
    placeholderData: keepPreviousData,
  });
  const matrix = useQuery(trpc.analytics.supplyMatrix.queryOptions({ cycle: 2 }));
  const controls = <AnalyticsControls params={params} set={set} clear={clear} errors={errors} />;

  if (figures.isPending)
    return (
      <>
        <PageHeader title={t("analytics.title")} lead={t("analytics.lead")} />
        {controls}
        <SkeletonRows rows={8} />
      </>
    );
  if (figures.isError)
    return (
      <>
        <PageHeader title={t("analytics.title")} />
        {controls}
        <ErrorState error={figures.error} onRetry={() => void figures.refetch()} />
      </>
    );

  const { cycle1, cycle2 } = figures.data;
  const periods = Object.keys(cycle2.byPeriod).sort();
  const periodLabel = (p: string) => {
    const [y, m] = p.split("-");
    return y && m
      ? new Intl.DateTimeFormat(i18n.language, {
          year: "numeric",
          month: "long",
          timeZone: "UTC",
        }).format(new Date(Date.UTC(Number(y), Number(m) - 1, 1)))
      : p;
  };
  const asAt = figures.data.query.asAt;
  const caption = {
    source: t(
      figures.data.disclosure.basis === "all-records"
        ? "analytics.sourceAll"
        : "analytics.sourcePublic",
    ),
    asAt: t("analytics.asAtDay", {
      day: f.day(asAt ?? new Date().toISOString().slice(0, 10)),
    }),
  };
  const byChapter = (p: string, ch: string) => {
    const v = (
      cycle2.byPeriod[p]?.byChapter as Record<string, { needs?: Disclosed } | number> | undefined
    )?.[ch];
    return typeof v === "number" ? v : v?.needs === null ? null : (v?.needs ?? 0);
  };

  const fig1: ChartRow[] = CYCLE1_CATEGORY_IDS.map((c) => ({
    label: l.cycle1Category(c),
    needs: cycle1.byCategory[c] ?? 0,
  }));
  const fig2: ChartRow[] = ["II", "V"].map((ch) => ({
    label: l.chapter(ch),
    ...Object.fromEntries(periods.map((p) => [p, byChapter(p, ch)])),
  }));
  const fig3: ChartRow[] = REGIONAL_GROUP_IDS.map((g) => {
    const r = cycle2.byRegion[g];
    return {
      label: l.region(g),
      states: r?.states ?? 0,
      summaries: r?.statesWithSummaries ?? 0,
      withNeeds: r?.statesWithNeeds ?? 0,
    };
  });
  const fig4: ChartRow[] = CATEGORY_IDS.map((c) => ({
    label: l.category(c),
    needs: cycle2.byCategory[c] ?? 0,
  }));
  const fig4any: ChartRow[] = CATEGORY_IDS.map((c) => ({
    label: l.category(c),
    needs: cycle2.byCategoryAny[c] ?? 0,
  }));
  const articleLabel = (n: number) => t("common.articleShort", { n });
  const articleKeyLabel = (k: string) =>
    /^\d+$/.test(k)
      ? articleLabel(Number(k))
      : t("analytics.generalChapter", { chapter: k.replace("-general", "") });
  const fig5 = articleRows(
    cycle2.byArticle,
    "II",
    t("analytics.generalChapter", { chapter: "II" }),
    articleLabel,
  );
  const fig6 = articleRows(
    cycle2.byArticle,
    "V",
    t("analytics.generalChapter", { chapter: "V" }),
    articleLabel,
  );
  const needsAndStates = [
    { key: "needs", label: t("analytics.needs"), color: PALETTE[0]! },
    { key: "states", label: t("analytics.states"), color: PALETTE[1]! },
  ];

  return (
    <>
      <PageHeader title={t("analytics.title")} lead={t("analytics.lead")} />
      {controls}
      <p className="hint" data-testid="analytics-asat">
        {caption.asAt}
        {asAt ? "" : ` ${t("analytics.asAtLatest")}`}
      </p>
      <section className="stats" aria-label={t("analytics.headline")}>
        <div className="stat">
          <span className="stat-value" data-testid="cycle2-needs">
            {shownCount(cycle2.needs)}
          </span>
          <span className="stat-label">{t("analytics.cycle2Needs")}</span>
        </div>
        <div className="stat">
          <span className="stat-value">
            {shownCount(cycle2.statesWithNeeds)} / {shownCount(cycle2.statesWithSummaries)}
          </span>
          <span className="stat-label">{t("analytics.statesWithNeeds")}</span>
        </div>
        <div className="stat">
          <span className="stat-value">{shownCount(cycle1.needs)}</span>
          <span className="stat-label">
            {t("analytics.cycle1Needs", { states: shownCount(cycle1.states) })}
          </span>
        </div>
      </section>
      <div className="charts">
        <ChartCard
          id="fig-IV"
          title={t("analytics.fig4")}
          subtitle={t("analytics.fig4Sub", {
            needs: shownCount(cycle2.needs),
            states: shownCount(cycle2.statesWithNeeds),
          })}
          rows={fig4}
          series={[{ key: "needs", label: t("analytics.needs"), color: PALETTE[0]! }]}
          horizontal
          caption={caption}
        />
        <ChartCard
          id="fig-IV-any"
          title={t("analytics.fig4any")}
          subtitle={t("analytics.fig4anySub")}
          rows={fig4any}
          series={[{ key: "needs", label: t("analytics.needs"), color: PALETTE[3]! }]}
          horizontal
          caption={caption}
        />
        <ChartCard
          id="fig-I"
          title={t("analytics.fig1")}
          subtitle={t("analytics.fig1Sub", {
            needs: shownCount(cycle1.needs),
            states: shownCount(cycle1.states),
          })}
          rows={fig1}
          series={[{ key: "needs", label: t("analytics.needs"), color: PALETTE[2]! }]}
          horizontal
          caption={caption}
        />
        <ChartCard
          id="fig-II"
          title={t("analytics.fig2")}
          rows={fig2}
          series={periods.map((p, i) => ({
            key: p,
            label: periodLabel(p),
            color: PALETTE[i % PALETTE.length]!,
          }))}
          caption={caption}
        />
        <ChartCard
          id="fig-III"
          title={t("analytics.fig3")}
          rows={fig3}
          series={[
            { key: "states", label: t("analytics.statesParties"), color: PALETTE[4]! },
            { key: "summaries", label: t("analytics.summaries"), color: PALETTE[0]! },
            { key: "withNeeds", label: t("analytics.withNeeds"), color: PALETTE[1]! },
          ]}
          horizontal
          caption={caption}
        />
        <ChartCard
          id="fig-V"
          title={t("analytics.fig5")}
          rows={fig5}
          series={needsAndStates}
          horizontal
          caption={caption}
        />
        <ChartCard
          id="fig-VI"
          title={t("analytics.fig6")}
          rows={fig6}
          series={needsAndStates}
          horizontal
          caption={caption}
        />
      </div>
      <div className="card-head cross-head">
        <h2>{t("analytics.crossTitle")}</h2>
        <div className="field field-inline">
          <label htmlFor="an-count">{t("analytics.countBy")}</label>
          <select
            id="an-count"
            value={grouping}
            onChange={(e) => set("count", e.target.value === "any" ? "any" : "")}
          >
            <option value="primary">{t("analytics.countPrimary")}</option>
            <option value="any">{t("analytics.countAny")}</option>
          </select>
        </div>
      </div>
      {cross.data ? (
        <div className="cross-tabs">
          <CrossTabTable
            id="cross-grouping-article"
            title={t("analytics.crossGroupingArticle")}
            rows={[...CATEGORY_IDS]}
            columns={ARTICLE_KEYS}
            cells={cross.data.tabs["grouping-article"]}
            rowLabel={(c) => l.category(c)}
            columnLabel={articleKeyLabel}
            rowHeader={t("analytics.grouping")}
          />
          <CrossTabTable
            id="cross-region-article"
            title={t("analytics.crossRegionArticle")}
            rows={[...REGIONAL_GROUP_IDS]}
            columns={ARTICLE_KEYS}
            cells={cross.data.tabs["region-article"]}
            rowLabel={(r) => l.region(r)}
            columnLabel={articleKeyLabel}
            rowHeader={t("analytics.region")}
          />
          <CrossTabTable
            id="cross-region-grouping"
            title={t("analytics.crossRegionGrouping")}
            rows={[...REGIONAL_GROUP_IDS]}
            columns={[...CATEGORY_IDS]}
            cells={cross.data.tabs["region-grouping"]}
            rowLabel={(r) => l.region(r)}
            columnLabel={(c) => l.category(c)}
            rowHeader={t("analytics.region")}
          />
        </div>
      ) : cross.isError ? (
        <ErrorState error={cross.error} />
      ) : (
        <SkeletonRows />
      )}
      {matrix.data ? (
        <HeatMap
          articles={matrix.data.articles.map((a) => a.number)}
          regions={matrix.data.regions.map((r) => r.id)}
          cells={matrix.data.cells}
          regionLabel={(r) => t(`regionShort.${r}`, { defaultValue: l.region(r) })}
          caption={caption}
        />
      ) : matrix.isError ? (
        <ErrorState error={matrix.error} />
      ) : (
        <SkeletonRows />
      )}
    </>
  );
}
