import { TextFilter } from "../../components/form";
import { RegionSelect } from "../../components/RegionSelect";
import { useUrlParams } from "../../lib/useUrlParams";
import { CATEGORY_IDS, type RegionalGroupId } from "@tahub/domain";
import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ExportButtons } from "../../components/ExportButtons";
import { EmptyState, ErrorState, PageHeader, SkeletonRows } from "../../components/ui";
import { useLabels } from "../../lib/labels";
import { useTRPC } from "../../lib/trpc";
import { useDebounced } from "../../lib/useDebounced";
import { OfferSummary } from "./OfferSummary";
import { OfferTermsFilters, offerTermsQuery } from "./OfferTerms";

/** The public offers registry. */
export default function OffersPage() {
  const { t } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { params, set } = useUrlParams();
  const q = useDebounced(params.get("q") ?? "", 250);
  const category = params.get("category") ?? "";
  const region = params.get("region") ?? "";
  const providerId = params.get("providerId") ?? "";
  const gender = params.get("gender") ?? "";
  const providerType = params.get("providerType") ?? "";
  const list = useInfiniteQuery(
    trpc.offers.list.infiniteQueryOptions(
      {
        limit: 30,
        ...(q ? { q } : {}),
        ...(category ? { category: category as (typeof CATEGORY_IDS)[number] } : {}),
        ...(region ? { region: region as RegionalGroupId } : {}),
        ...(providerId ? { providerId } : {}),
        ...offerTermsQuery(gender, providerType),
      },
      { getNextPageParam: (p) => p.nextCursor ?? undefined },
    ),
  );
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader
        title={t("offers.title")}
        lead={t("offers.lead")}
        actions={
          <ExportButtons
            fetchFile={(format) =>
              queryClient.fetchQuery(trpc.export.offers.queryOptions({ format, status: "open" }))
            }
          />
        }
      />
      <div className="filters" role="group" aria-label={t("filters.label")}>
        <TextFilter id="o-q" value={params.get("q") ?? ""} onChange={(v) => set("q", v)} />
        <div className="field field-inline">
          <label htmlFor="o-cat">{t("filters.category")}</label>
          <select id="o-cat" value={category} onChange={(e) => set("category", e.target.value)}>
            <option value="">{t("filters.any")}</option>
            {CATEGORY_IDS.map((c) => (
              <option key={c} value={c}>
                {l.category(c)}
              </option>
            ))}
          </select>
        </div>
        <RegionSelect
          id="o-region"
          label={t("filters.region")}
          anyLabel={t("filters.any")}
          value={region as RegionalGroupId | ""}
          onChange={(r) => set("region", r)}
        />
        <OfferTermsFilters gender={gender} providerType={providerType} set={set} />
      </div>
      {list.isPending ? (
        <SkeletonRows />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t("offers.empty")} />
      ) : (
        <>
          <p className="result-count">
            {t("offers.count", { count: list.data.pages[0]?.total ?? items.length })}
          </p>
          <ul className="cards-list">
            {items.map((o) => (
              <li key={o.id}>
                <OfferSummary offer={o} />
              </li>
            ))}
          </ul>
          {list.hasNextPage ? (
            <div className="load-more">
              <button
                type="button"
                className="button"
                onClick={() => void list.fetchNextPage()}
                disabled={list.isFetchingNextPage}
              >
                {t("common.loadMore")}
              </button>
            </div>
          ) : null}
        </>
      )}
    </>
  );
}
