import { useTranslation } from "react-i18next";
import { errorCode } from "../lib/errors";

/**
 * Shown when a save was refused because someone else saved the record after it was loaded
 * (CONFLICT: the API's optimistic concurrency). Their change is kept; reloading shows it, and the
 * person can then make theirs again on the current version.
 */
export function ConflictNotice({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  if (errorCode(error) !== "CONFLICT") return null;
  return (
    <div className="alert alert-error" role="alert">
      <p>{t("conflict.stale")}</p>
      <button type="button" className="button button-small" onClick={onReload}>
        {t("conflict.reload")}
      </button>
    </div>
  );
}

/** Whether an error is the stale-version conflict ConflictNotice explains. */
export const isConflict = (error: unknown) => !!error && errorCode(error) === "CONFLICT";
