import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Badge } from "../../components/ui";
import { useLabels } from "../../lib/labels";
import type { RouterOutputs } from "../../lib/trpc";
import { OfferTermsTags } from "./OfferTerms";

export type OfferRow = RouterOutputs["offers"]["list"]["items"][number];

export function OfferSummary({ offer, actions }: { offer: OfferRow; actions?: React.ReactNode }) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <article className="offer">
      <div className="offer-head">
        <h3>
          <Link to={`/offers/${offer.id}`}>{offer.title}</Link>
        </h3>
        <div className="badges">
          <Badge tone={offer.status === "open" ? "success" : "neutral"}>
            {t(`offer.status.${offer.status}`)}
          </Badge>
          {offer.southSouth ? <Badge tone="info">{t("offer.southSouth")}</Badge> : null}
        </div>
      </div>
      <p className="cell-sub">
        {offer.providerName}
        {offer.providerState ? ` · ${l.state(offer.providerState)}` : ""}
      </p>
      <p>
        {offer.description.length > 240 ? `${offer.description.slice(0, 240)}…` : offer.description}
      </p>
      <p className="tags">
        {offer.modalities.map((m) => (
          <span key={m} className="tag">
            {l.modality(m)}
          </span>
        ))}
        {offer.categories.map((c) => (
          <span key={c} className="tag tag-cat">
            {l.category(c)}
          </span>
        ))}
        {offer.articles.length ? <span className="tag">{l.articles(offer.articles)}</span> : null}
        <OfferTermsTags offer={offer} />
      </p>
      {actions ? <div className="button-row">{actions}</div> : null}
    </article>
  );
}
