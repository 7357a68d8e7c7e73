import { INGEST_ERROR_REASONS } from "@tahub/domain";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { describeError, errorCode, errorDetails, fieldErrors } from "../../lib/errors";

/** The translated reason of a refused summary (`details.reason`, or the oversized upload field). */
function reasonOf(err: unknown): string | null {
  const reason = (errorDetails(err) as { reason?: string } | null)?.reason;
  if (reason && (INGEST_ERROR_REASONS as readonly string[]).includes(reason)) return reason;
  if (fieldErrors(err).some((f) => f.field.endsWith("contentBase64"))) return "too-large";
  if (errorCode(err) === "PAYLOAD_TOO_LARGE") return "too-large";
  return null;
}

/** What went wrong (found here, or the refusal's reason in words), or how many were stored. */
export function IngestOutcome({
  localError,
  error,
  stored,
  summary,
  stateCode,
}: {
  localError: string | null;
  error: unknown;
  stored: number | undefined;
  summary: { finalisedOn: string; created: boolean } | undefined;
  stateCode: string;
}) {
  const { t } = useTranslation();
  const reason = reasonOf(error);
  return (
    <>
      {localError || error ? (
        <p className="alert alert-error" role="alert">
          {localError ?? (reason ? t(`ingest.errors.${reason}`) : describeError(error, t))}
          {!localError && reason ? ` ${t("ingest.nothingStored")}` : ""}
        </p>
      ) : null}
      <div role="status" aria-live="polite">
        {stored !== undefined ? (
          <p className="alert alert-success">
            {t("ingest.stored", { count: stored })}{" "}
            {summary?.created
              ? `${t("ingest.summaryRecorded", { day: summary.finalisedOn })} `
              : ""}
            <Link to={`/needs?state=${stateCode}`}>{t("ingest.seeNeeds")}</Link>
          </p>
        ) : null}
      </div>
    </>
  );
}
