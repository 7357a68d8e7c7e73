import {
  CATEGORY_IDS,
  CHAPTERS,
  noteFigures,
  REGIONAL_GROUP_IDS,
  type FigureLabels,
  type NoteFigureId,
} from "@tahub/domain";
import { keepPreviousData, useQuery, type UseQueryResult } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ErrorState, PageHeader, SkeletonRows } from "../../components/ui";
import { shownCount } from "../../lib/disclosed";
import { useLabels } from "../../lib/labels";
import type { PngCaption } from "../../lib/download";
import { useFormat } from "../../lib/numbers";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";
import { AnalyticsControls, useAnalyticsQuery } from "./AnalyticsControls";
import { ChartCard } from "./ChartCard";
import { DraftNoteButton } from "./DraftNoteButton";
import { CrossTabTable } from "./CrossTabTable";
import { EvaluationsCard } from "./EvaluationsCard";
import { HeatMap } from "./HeatMap";

/** Article keys in figure V/VI order: by number, each chapter's general needs after its articles. */
const ARTICLE_KEYS = Array.from({ length: 71 }, (_, i) => String(i + 1)).flatMap((k) => {
  const n = Number(k);
  const ch = CHAPTERS.find((c) => c.last === n);
  return ch ? [k, `${ch.id}-general`] : [k];
});

/** The translation keys of each figure's title and subtitle (the definitions are shared). */
const FIGURE_KEYS: Record<NoteFigureId, { title: string; subtitle?: string }> = {
  I: { title: "analytics.fig1", subtitle: "analytics.fig1Sub" },
  II: { title: "analytics.fig2" },
  III: { title: "analytics.fig3" },
  IV: { title: "analytics.fig4", subtitle: "analytics.fig4Sub" },
  "IV-any": { title: "analytics.fig4any", subtitle: "analytics.fig4anySub" },
  V: { title: "analytics.fig5" },
  VI: { title: "analytics.fig6" },
};

/** The order of the charts on the page. */
const PAGE_ORDER: NoteFigureId[] = ["IV", "IV-any", "I", "II", "III", "V", "VI"];

type Figures = RouterOutputs["analytics"]["figures"];

/** The labels the note's figure definitions are drawn with, in the interface's language. */
function useFigureLabels(): FigureLabels {
  const { t, i18n } = useTranslation();
  const l = useLabels();
  const f = useFormat();
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
  return {
    title: (id) => t(FIGURE_KEYS[id].title),
    subtitle: (id, totals) => {
      const key = FIGURE_KEYS[id].subtitle;
      return key
        ? t(key, { needs: shownCount(totals.needs), states: shownCount(totals.states) })
        : undefined;
    },
    cycle1Category: (c) => l.cycle1Category(c),
    category: (c) => l.category(c),
    region: (g) => l.region(g),
    article: (n) => t("common.articleShort", { n }),
    general: (chapter) => t("analytics.generalChapter", { chapter }),
    aggregate: (arts) => t("analytics.articlesTogether", { list: arts.join(", ") }),
    period: periodLabel,
    increase: (from, to) =>
      t("analytics.increase", { from: periodLabel(from), to: periodLabel(to) }),
    needs: t("analytics.needs"),
    states: t("analytics.states"),
    statesParties: t("analytics.statesParties"),
    statesPartiesOn: (day) => t("analytics.statesPartiesOn", { day: f.day(day) }),
    summaries: t("analytics.summaries"),
    withNeeds: t("analytics.withNeeds"),
  };
}

/** The source and as-at lines under every downloaded figure. */
function useCaption(data: Figures): PngCaption {
  const { t } = useTranslation();
  const f = useFormat();
  return {
    source: t(
      data.disclosure.basis === "all-records" ? "analytics.sourceAll" : "analytics.sourcePublic",
    ),
    asAt: t("analytics.asAtDay", {
      day: f.day(data.query.asAt ?? new Date().toISOString().slice(0, 10)),
    }),
  };
}

/**
 * Figures I-VI of the secretariat's note and the needs-by-supply matrix, computed live from the
 * records by the API; each downloadable as PNG and CSV.
 */
export default function AnalyticsPage() {
  const { t } = useTranslation();
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
  return (
    <>
      <PageHeader title={t("analytics.title")} lead={t("analytics.lead")} />
      {controls}
      <DraftNoteButton
        asAt={figures.data.query.asAt}
        periods={query.periods}
        partiesAsAt={query.partiesAsAt}
      />
      <NoteFigures data={figures.data} />
      <CrossTabsSection
        cross={cross}
        grouping={grouping}
        onGrouping={(g) => set("count", g === "any" ? "any" : "")}
      />
      {/* donors (issue 15, deliverable 5) */}
      <EvaluationsCard query={crossQuery} />
      <MatrixSection matrix={matrix} figures={figures.data} />
    </>
  );
}

/** The as-at line, the headline numbers and the note's charts, in page order. */
function NoteFigures({ data }: { data: Figures }) {
  const { t } = useTranslation();
  const labels = useFigureLabels();
  const caption = useCaption(data);
  const { cycle1, cycle2 } = data;
  // The note's figures from the definitions `tahub report note` draws too (@tahub/domain).
  const defined = new Map(noteFigures(data, labels).map((d) => [d.id, d]));
  return (
    <>
      <p className="hint" data-testid="analytics-asat">
        {caption.asAt}
        {data.query.asAt ? "" : ` ${t("analytics.asAtLatest")}`}
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
        {PAGE_ORDER.map((id) => {
          const d = defined.get(id);
          if (!d) return null;
          return (
            <ChartCard
              key={id}
              id={`fig-${id}`}
              title={d.title}
              subtitle={d.subtitle}
              rows={d.rows.map((r) => ({ label: r.label, ...r.values }))}
              series={d.series}
              horizontal={d.horizontal}
              stacked={d.stacked}
              caption={caption}
            />
          );
        })}
      </div>
    </>
  );
}

/** The three cross-tabulations, counted by primary grouping or by any grouping named. */
function CrossTabsSection({
  cross,
  grouping,
  onGrouping,
}: {
  cross: UseQueryResult<RouterOutputs["analytics"]["crossTabs"], unknown>;
  grouping: "any" | "primary";
  onGrouping: (g: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="card-head cross-head">
        <h2>{t("analytics.crossTitle")}</h2>
        <div className="field field-inline">
          <label htmlFor="an-count">{t("analytics.countBy")}</label>
          <select id="an-count" value={grouping} onChange={(e) => onGrouping(e.target.value)}>
            <option value="primary">{t("analytics.countPrimary")}</option>
            <option value="any">{t("analytics.countAny")}</option>
          </select>
        </div>
      </div>
      {cross.data ? (
        <CrossTabs tabs={cross.data.tabs} />
      ) : cross.isError ? (
        <ErrorState error={cross.error} />
      ) : (
        <SkeletonRows />
      )}
    </>
  );
}

function CrossTabs({ tabs }: { tabs: RouterOutputs["analytics"]["crossTabs"]["tabs"] }) {
  const { t } = useTranslation();
  const l = useLabels();
  const articleKeyLabel = (k: string) =>
    /^\d+$/.test(k)
      ? t("common.articleShort", { n: Number(k) })
      : t("analytics.generalChapter", { chapter: k.replace("-general", "") });
  // The article's official title in the UI language, on hover over its short column label.
  const articleKeyTitle = (k: string) => (/^\d+$/.test(k) ? l.article(Number(k)) : undefined);
  return (
    <div className="cross-tabs">
      <CrossTabTable
        id="cross-grouping-article"
        title={t("analytics.crossGroupingArticle")}
        rows={[...CATEGORY_IDS]}
        columns={ARTICLE_KEYS}
        cells={tabs["grouping-article"]}
        rowLabel={(c) => l.category(c)}
        columnLabel={articleKeyLabel}
        columnTitle={articleKeyTitle}
        rowHeader={t("analytics.grouping")}
      />
      <CrossTabTable
        id="cross-region-article"
        title={t("analytics.crossRegionArticle")}
        rows={[...REGIONAL_GROUP_IDS]}
        columns={ARTICLE_KEYS}
        cells={tabs["region-article"]}
        rowLabel={(r) => l.region(r)}
        columnLabel={articleKeyLabel}
        columnTitle={articleKeyTitle}
        rowHeader={t("analytics.region")}
      />
      <CrossTabTable
        id="cross-region-grouping"
        title={t("analytics.crossRegionGrouping")}
        rows={[...REGIONAL_GROUP_IDS]}
        columns={[...CATEGORY_IDS]}
        cells={tabs["region-grouping"]}
        rowLabel={(r) => l.region(r)}
        columnLabel={(c) => l.category(c)}
        rowHeader={t("analytics.region")}
      />
    </div>
  );
}

/** The needs-by-supply matrix (cycle 2), regions under their short names. */
function MatrixSection({
  matrix,
  figures,
}: {
  matrix: UseQueryResult<RouterOutputs["analytics"]["supplyMatrix"], unknown>;
  figures: Figures;
}) {
  const { t } = useTranslation();
  const l = useLabels();
  const caption = useCaption(figures);
  if (!matrix.data) return matrix.isError ? <ErrorState error={matrix.error} /> : <SkeletonRows />;
  return (
    <HeatMap
      articles={matrix.data.articles.map((a) => a.number)}
      regions={matrix.data.regions.map((r) => r.id)}
      cells={matrix.data.cells}
      regionLabel={(r) => t(`regionShort.${r}`, { defaultValue: l.region(r) })}
      caption={caption}
    />
  );
}
