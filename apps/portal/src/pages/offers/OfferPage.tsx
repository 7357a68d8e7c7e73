import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { Badge, Card, ErrorState, PageHeader, Spinner } from "../../components/ui";
import { useLabels } from "../../lib/labels";
import { useTRPC } from "../../lib/trpc";
import { OfferTermsFacts } from "./OfferTerms";

export default function OfferPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const offer = useQuery(trpc.offers.byId.queryOptions({ id }));
  if (offer.isPending) return <Spinner />;
  if (offer.isError)
    return (
      <>
        <PageHeader title={t("offer.title")} />
        <ErrorState error={offer.error} />
      </>
    );
  const o = offer.data;
  return (
    <>
      <PageHeader
        title={o.title}
        lead={o.providerName}
        actions={
          <Badge tone={o.status === "open" ? "success" : "neutral"}>
            {t(`offer.status.${o.status}`)}
          </Badge>
        }
      />
      <Card id="offer-detail">
        <p className="need-text">{o.description}</p>
        <dl className="facts">
          <dt>{t("offer.modalities")}</dt>
          <dd>{o.modalities.map(l.modality).join(", ") || "–"}</dd>
          <dt>{t("offer.categories")}</dt>
          <dd>{o.categories.map((c) => l.category(c)).join(", ") || "–"}</dd>
          <dt>{t("offer.articles")}</dt>
          <dd>{l.articles(o.articles)}</dd>
          <dt>{t("offer.regions")}</dt>
          <dd>{o.regions.length ? o.regions.map(l.region).join(", ") : t("offer.anyRegion")}</dd>
          <dt>{t("offer.languages")}</dt>
          <dd>{o.languages.join(", ").toUpperCase()}</dd>
          <dt>{t("offer.period")}</dt>
          <dd>{o.periodFrom ? `${o.periodFrom} – ${o.periodTo ?? "…"}` : "–"}</dd>
          <OfferTermsFacts offer={o} />
          <dt>{t("offer.engagements")}</dt>
          <dd>{o.engagements}</dd>
          {o.southSouth ? (
            <>
              <dt>{t("offer.southSouth")}</dt>
              <dd>{t("common.yes")}</dd>
            </>
          ) : null}
        </dl>
      </Card>
    </>
  );
}
