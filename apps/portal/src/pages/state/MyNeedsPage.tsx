import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { pageItems, PagedList } from "../../components/Paged";
import { EmptyState, PageHeader } from "../../components/ui";
import { useLabels } from "../../lib/labels";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";
import { NeedsTable } from "../needs/NeedsTable";

/** A State's own needs, whatever their confidentiality, with links to update and find partners. */
export default function MyNeedsPage() {
  const { t } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const { user } = useSession();
  const state = user?.state ?? undefined;
  const list = useInfiniteQuery(
    trpc.needs.list.infiniteQueryOptions(
      { limit: 50, ...(state ? { state } : {}) },
      { getNextPageParam: (p) => p.nextCursor ?? undefined },
    ),
  );
  const rows = pageItems(list.data);
  return (
    <>
      <PageHeader
        title={t("myNeeds.title")}
        lead={state ? t("myNeeds.lead", { state: l.state(state) }) : undefined}
        actions={
          <Link to="/my/needs/new" className="button button-primary">
            {t("nav.addNeed")}
          </Link>
        }
      />
      <PagedList
        list={list}
        count={rows.length}
        empty={
          <EmptyState title={t("myNeeds.empty")}>
            <Link to="/my/needs/new" className="button button-primary">
              {t("nav.addNeed")}
            </Link>
          </EmptyState>
        }
      >
        <p className="result-count">
          {t("needs.count", {
            count: list.data?.pages[0]?.total ?? rows.length,
            shown: rows.length,
          })}
        </p>
        <NeedsTable rows={rows} caption={t("myNeeds.title")} />
      </PagedList>
    </>
  );
}
