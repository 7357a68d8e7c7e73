import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { MatchList } from "../../components/MatchList";
import { Card, ErrorState, PageHeader, Spinner } from "../../components/ui";
import { useLabels } from "../../lib/labels";
import { useTRPC } from "../../lib/trpc";
import { excerpt } from "./NeedsTable";

/** South-South partners for one need: States that offer the expertise, met the same need, or are alike. */
export default function PartnersPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const need = useQuery(trpc.needs.byId.queryOptions({ id }));
  const matches = useQuery({
    ...trpc.match.forNeed.queryOptions({ needId: id }),
    enabled: need.isSuccess,
  });
  return (
    <>
      <PageHeader
        title={t("partners.title")}
        lead={
          need.data
            ? `${l.state(need.data.state)}: ${excerpt(need.data.text, 200)}`
            : t("partners.lead")
        }
        actions={
          <Link to={`/needs/${id}`} className="button">
            {t("partners.backToNeed")}
          </Link>
        }
      />
      {need.isError ? (
        <ErrorState error={need.error} />
      ) : matches.isError ? (
        <ErrorState error={matches.error} onRetry={() => void matches.refetch()} />
      ) : !matches.data ? (
        <Spinner />
      ) : (
        <div className="grid-2">
          <Card title={t("partners.states")} id="partners-states">
            <MatchList
              items={matches.data.partners.map((p) => ({
                ...p,
                id: p.state,
                title: l.state(p.state),
              }))}
              hrefOf={(iso) => `/needs?state=${iso}`}
              empty={t("need.noPartners")}
              scale="relative"
              initial={10}
            />
          </Card>
          <Card title={t("partners.expertise")} id="partners-expertise">
            <MatchList
              items={matches.data.expertise}
              hrefOf={(eid) => `/expertise?focus=${eid}`}
              empty={t("need.noExpertise")}
              initial={10}
            />
          </Card>
        </div>
      )}
    </>
  );
}
