import { CATEGORY_IDS, CYCLE1_CATEGORY_IDS, getArticle, REGIONAL_GROUP_IDS } from "@tahub/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ErrorState, PageHeader, SkeletonRows } from "../../components/ui";
import { shownCount, type Disclosed } from "../../lib/disclosed";
import { useLabels } from "../../lib/labels";
import { useTRPC } from "../../lib/trpc";
import { ChartCard, PALETTE, type ChartRow } from "./ChartCard";
import { HeatMap } from "./HeatMap";

type Figure = "I" | "II" | "III" | "IV" | "V" | "VI" | "matrix";

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
  const { t } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const figures = useQuery(trpc.analytics.figures.queryOptions());
  const matrix = useQuery(trpc.analytics.supplyMatrix.queryOptions({ cycle: 2 }));
  const csv = (figure: Figure) => () =>
    queryClient.fetchQuery(trpc.analytics.csv.queryOptions({ figure }));

  if (figures.isPending)
    return (
      <>
        <PageHeader title={t("analytics.title")} lead={t("analytics.lead")} />
        <SkeletonRows rows={8} />
      </>
    );
  if (figures.isError)
    return (
      <>
        <PageHeader title={t("analytics.title")} />
        <ErrorState error={figures.error} onRetry={() => void figures.refetch()} />
      </>
    );

  const { cycle1, cycle2 } = figures.data;
  const periods = Object.keys(cycle2.byPeriod).sort();
  const periodLabel = (p: string) => {
    const [y, m] = p.split("-");
    return y && m
      ? new Date(Number(y), Number(m) - 1, 1).toLocaleDateString(undefined, {
          year: "numeric",
          month: "long",
        })
      : p;
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
  const articleLabel = (n: number) => t("common.articleShort", { n });
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
      <section className="stats" aria-label={t("analytics.headline")}>
        <div className="stat">
          <span className="stat-value" data-testid="cycle2-needs">
            {shownCount(cycle2.needs)}
          </span>
          <span className="stat-label">{t("analytics.cycle2Needs")}</span>
        </div>
        <div className="stat">
          <span className="stat-value">
            {shownCount(cycle2.statesWithNeeds)} / {cycle2.statesWithSummaries}
          </span>
          <span className="stat-label">{t("analytics.statesWithNeeds")}</span>
        </div>
        <div className="stat">
          <span className="stat-value">{shownCount(cycle1.needs)}</span>
          <span className="stat-label">
            {t("analytics.cycle1Needs", { states: cycle1.states })}
          </span>
        </div>
      </section>
      <div className="charts">
        <ChartCard
          id="fig-IV"
          title={t("analytics.fig4")}
          subtitle={t("analytics.fig4Sub", { needs: cycle2.needs, states: cycle2.statesWithNeeds })}
          rows={fig4}
          series={[{ key: "needs", label: t("analytics.needs"), color: PALETTE[0]! }]}
          horizontal
          csv={csv("IV")}
        />
        <ChartCard
          id="fig-I"
          title={t("analytics.fig1")}
          subtitle={t("analytics.fig1Sub", { needs: cycle1.needs, states: cycle1.states })}
          rows={fig1}
          series={[{ key: "needs", label: t("analytics.needs"), color: PALETTE[2]! }]}
          horizontal
          csv={csv("I")}
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
          csv={csv("II")}
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
          csv={csv("III")}
        />
        <ChartCard
          id="fig-V"
          title={t("analytics.fig5")}
          rows={fig5}
          series={needsAndStates}
          horizontal
          csv={csv("V")}
        />
        <ChartCard
          id="fig-VI"
          title={t("analytics.fig6")}
          rows={fig6}
          series={needsAndStates}
          horizontal
          csv={csv("VI")}
        />
      </div>
      {matrix.data ? (
        <HeatMap
          articles={matrix.data.articles.map((a) => a.number)}
          regions={matrix.data.regions.map((r) => r.id)}
          cells={matrix.data.cells}
          regionLabel={(r) => t(`regionShort.${r}`, { defaultValue: l.region(r) })}
          csv={csv("matrix")}
        />
      ) : matrix.isError ? (
        <ErrorState error={matrix.error} />
      ) : (
        <SkeletonRows />
      )}
    </>
  );
}
