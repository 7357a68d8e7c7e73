import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/**
 * What a provider can do with one of its offers: edit it, close it (after an inline "are you
 * sure?", since a closed offer leaves the matches) or reopen it. The page holds which offer is
 * being confirmed, so only one asks at a time.
 */
export function OfferActions({
  offer: o,
  confirming,
  onConfirming,
  closing,
  onClose,
  reopening,
  onReopen,
}: {
  offer: { id: string; title: string; status: string };
  confirming: boolean;
  onConfirming: (yes: boolean) => void;
  closing: boolean;
  onClose: () => void;
  reopening: boolean;
  onReopen: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Link to={`/my/offers/${o.id}`} className="button button-small">
        {t("common.edit")}
        <span className="visually-hidden">: {o.title}</span>
      </Link>
      {o.status === "open" && confirming ? (
        <span className="confirm-inline" role="group" aria-label={t("myOffers.confirmClose")}>
          <span className="hint">{t("myOffers.confirmClose")}</span>
          <button
            type="button"
            className="button button-small button-danger"
            disabled={closing}
            onClick={onClose}
          >
            {t("myOffers.closeYes")}
            <span className="visually-hidden">: {o.title}</span>
          </button>
          <button type="button" className="button button-small" onClick={() => onConfirming(false)}>
            {t("common.cancel")}
          </button>
        </span>
      ) : o.status === "open" ? (
        <button type="button" className="button button-small" onClick={() => onConfirming(true)}>
          {t("myOffers.close")}
          <span className="visually-hidden">: {o.title}</span>
        </button>
      ) : (
        <button
          type="button"
          className="button button-small"
          disabled={reopening}
          onClick={onReopen}
        >
          {t("myOffers.reopen")}
          <span className="visually-hidden">: {o.title}</span>
        </button>
      )}
    </>
  );
}
