import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Badge, EmptyState, ErrorState, PageHeader, SkeletonRows } from "../../components/ui";
import { useLabels } from "../../lib/labels";
import { useTRPC } from "../../lib/trpc";

/** The caller's engagements: on its State's needs, or by its provider (all for the secretariat). */
export default function EngagementsPage() {
  const { t } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const list = useQuery(trpc.engagements.list.queryOptions({ mine: true }));
  return (
    <>
      <PageHeader title={t("engagements.title")} lead={t("engagements.lead")} />
      {list.isPending ? (
        <SkeletonRows />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <EmptyState title={t("engagements.empty")} />
      ) : (
        <div className="table-wrap">
          <table className="table" id="engagements">
            <caption className="visually-hidden">{t("engagements.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("engagements.need")}</th>
                <th scope="col">{t("engagements.state")}</th>
                <th scope="col">{t("engagements.provider")}</th>
                <th scope="col">{t("engagements.status")}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((e) => (
                <tr key={e.id}>
                  <td>
                    <Link to={`/engagements/${e.id}`}>{e.needExcerpt}</Link>
                  </td>
                  <td>{l.state(e.state)}</td>
                  <td>{e.providerName}</td>
                  <td>
                    <Badge>{l.engagement(e.status)}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
