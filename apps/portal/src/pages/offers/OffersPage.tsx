import { FilterBar, SelectFilter, TextFilter } from "../../components/form";
import { pageItems, PagedList } from "../../components/Paged";
import { RegionSelect } from "../../components/RegionSelect";
import { useUrlParams } from "../../lib/useUrlParams";
import { CATEGORY_IDS, type RegionalGroupId } from "@tahub/domain";
import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ExportButtons } from "../../components/ExportButtons";
import { PageHeader } from "../../components/ui";
import { useLabels } from "../../lib/labels";
import { useTRPC } from "../../lib/trpc";
import { useDebounced } from "../../lib/useDebounced";
import { OfferSummary } from "./OfferSummary";
import { OfferTermsFilters, offerTermsQuery } from "./OfferTerms";

/** The registry's filters, all in the URL. */
function OffersFilters() {
  const { t } = useTranslation();
  const l = useLabels();
  const { params, set } = useUrlParams();
  return (
    <FilterBar>
      <TextFilter id="o-q" value={params.get("q") ?? ""} onChange={(v) => set("q", v)} />
      <SelectFilter
        id="o-cat"
        label={t("filters.category")}
        value={params.get("category") ?? ""}
        onChange={(v) => set("category", v)}
        options={CATEGORY_IDS}
        optionLabel={(c) => l.category(c)}
      />
      <RegionSelect
        id="o-region"
        label={t("filters.region")}
        anyLabel={t("filters.any")}
        value={(params.get("region") ?? "") as RegionalGroupId | ""}
        onChange={(r) => set("region", r)}
      />
      <OfferTermsFilters
        gender={params.get("gender") ?? ""}
        providerType={params.get("providerType") ?? ""}
        set={set}
      />
    </FilterBar>
  );
}

/** The public offers registry. */
export default function OffersPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { params } = useUrlParams();
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
  const items = pageItems(list.data);
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
      <OffersFilters />
      <PagedList list={list} count={items.length} empty={t("offers.empty")}>
        <p className="result-count">
          {t("offers.count", { count: list.data?.pages[0]?.total ?? items.length })}
        </p>
        <ul className="cards-list">
          {items.map((o) => (
            <li key={o.id}>
              <OfferSummary offer={o} />
            </li>
          ))}
        </ul>
      </PagedList>
    </>
  );
}
