import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLabels } from "../../lib/labels";
import type { NewNeed } from "./useNewNeed";

/** The need just created: its category, and links to it and to its partners. */
export function CreatedNotice({ data }: { data: NonNullable<NewNeed["create"]["data"]> }) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <div className="alert alert-success" role="status">
      {t("newNeed.created", {
        category: l.category(data.category ?? data.suggestion?.categories[0]?.id),
      })}{" "}
      <Link to={`/needs/${data.id}`}>{t("newNeed.open")}</Link> ·{" "}
      <Link to={`/needs/${data.id}/partners`}>{t("newNeed.findPartners")}</Link>
    </div>
  );
}

/**
 * Close needs of the same State. Shown as the text settles; on submit it becomes a question,
 * and "add it anyway" saves.
 */
export function DuplicateWarning({ need }: { need: NewNeed }) {
  const { t } = useTranslation();
  const l = useLabels();
  return (
    <div
      className="alert alert-warning"
      role={need.confirming ? "alert" : "status"}
      data-testid="duplicate-warning"
    >
      <strong>{t("newNeed.duplicateTitle")}</strong>
      <p>{t("newNeed.duplicateLead")}</p>
      <ul>
        {need.close.map((d) => (
          <li key={d.id}>
            <Link to={`/needs/${d.id}`}>{d.excerpt}</Link>{" "}
            <span className="cell-sub">
              {l.status(d.status)} ·{" "}
              {t("newNeed.duplicateSimilarity", { pct: Math.round(d.similarity * 100) })}
            </span>
          </li>
        ))}
      </ul>
      {need.confirming ? (
        <>
          <p>{t("newNeed.duplicateAsk")}</p>
          <button
            type="button"
            className="button"
            onClick={need.save}
            disabled={need.create.isPending}
          >
            {t("newNeed.duplicateConfirm")}
          </button>
        </>
      ) : null}
    </div>
  );
}
