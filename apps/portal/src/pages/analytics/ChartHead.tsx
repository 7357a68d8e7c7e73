/**
 * The head of every analytics card (charts, cross-tabulations, the supply heat map): its title,
 * what it shows, and its download buttons, named with the title for screen readers.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** The title (`<id>-title`, which the card is labelled by), its hints, PNG (if any) and CSV. */
export function ChartHead({
  id,
  title,
  children,
  onPng,
  onCsv,
}: {
  id: string;
  title: string;
  /** What the card shows, as hints under the title. */
  children?: ReactNode;
  onPng?: () => void;
  onCsv: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="card-head">
      <div>
        <h2 id={`${id}-title`}>{title}</h2>
        {children}
      </div>
      <div className="button-row">
        {onPng ? (
          <button
            type="button"
            className="button button-small"
            onClick={onPng}
            aria-label={t("analytics.downloadPngOf", { title })}
          >
            PNG
          </button>
        ) : null}
        <button
          type="button"
          className="button button-small"
          onClick={onCsv}
          aria-label={t("analytics.downloadCsvOf", { title })}
        >
          CSV
        </button>
      </div>
    </div>
  );
}
