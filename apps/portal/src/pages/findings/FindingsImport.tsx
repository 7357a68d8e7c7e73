import { MAX_FINDING_COUNT } from "@tahub/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Card } from "../../components/ui";
import { readFileBase64 } from "../../lib/download";
import { describeError, errorCode, errorDetails } from "../../lib/errors";
import { useFormat } from "../../lib/numbers";
import { useTRPC } from "../../lib/trpc";

/** One refused row as the API reports it (`details.rows`). */
interface RowError {
  row: number;
  field: string;
  reason: string;
  message: string;
  firstRow?: number;
}

const MAX_BYTES = 20 * 1024 * 1024;

/**
 * What a refused import says: the rows refused (each with its field and reason), or the columns
 * the sheet lacks. Rows are only read from a bad-request refusal; other errors have neither.
 */
export function importRefusal(error: unknown): { rows: RowError[]; missing: string[] } {
  if (!error) return { rows: [], missing: [] };
  const details = errorDetails(error) as Record<string, unknown> | null;
  const rows =
    errorCode(error) === "BAD_REQUEST" && Array.isArray(details?.rows)
      ? (details.rows as RowError[])
      : [];
  const missing = Array.isArray(details?.missingColumns)
    ? (details.missingColumns as string[])
    : [];
  return { rows, missing };
}

/** The chosen file, checked here (type, size) before it is read and sent to `findings.import`. */
function useFindingsUpload() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const upload = useMutation(
    trpc.findings.import.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.findings.pathKey() }),
    }),
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    setLocalError(null);
    upload.reset();
    if (!file) return setLocalError(t("import.chooseFile"));
    if (!/\.(csv|xlsx)$/i.test(file.name)) return setLocalError(t("import.badType"));
    if (file.size > MAX_BYTES) return setLocalError(t("import.tooBig"));
    try {
      upload.mutate({ filename: file.name, contentBase64: await readFileBase64(file) });
    } catch (err) {
      // The browser could not read the file (moved, unreadable): its message is for developers.
      void err;
      setLocalError(t("wording.fileUnreadable"));
    }
  }

  function choose(next: File | null) {
    setFile(next);
    upload.reset();
  }

  return { upload, localError, submit, choose };
}

/**
 * Imports findings from a CSV or XLSX sheet: all rows or none. Each refused row is listed with
 * its field and the reason, worded in the reader's language from the API's typed reason.
 */
export function FindingsImport() {
  const { t } = useTranslation();
  const f = useFormat();
  const { upload, localError, submit, choose } = useFindingsUpload();
  const { rows, missing } = importRefusal(upload.error);
  const field = (name: string) => t(`findings.fields.${name}`, { defaultValue: name });

  return (
    <Card title={t("findings.importTitle")} id="findings-import">
      <p className="hint" id="findings-import-hint">
        {t("findings.importHint")}
      </p>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor="findings-file">{t("import.choose")}</label>
          <input
            id="findings-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="findings-import-hint"
            onChange={(e) => choose(e.target.files?.[0] ?? null)}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={upload.isPending}>
          {t("findings.importSubmit")}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {upload.data ? (
          <p className="alert alert-success">
            {t("findings.imported", {
              count: upload.data.imported,
              n: f.number(upload.data.imported),
            })}
          </p>
        ) : null}
      </div>
      {localError ? (
        <p className="alert alert-error" role="alert">
          {localError}
        </p>
      ) : null}
      {upload.error ? (
        <p className="alert alert-error" role="alert">
          {rows.length
            ? t("findings.rejected", { count: rows.length, n: f.number(rows.length) })
            : missing.length
              ? t("findings.missingColumns", { columns: missing.map(field).join(", ") })
              : describeError(upload.error, t)}
        </p>
      ) : null}
      {rows.length ? <RefusedRows rows={rows} field={field} /> : null}
    </Card>
  );
}

/** The import report: each refused row with its field and the problem, in the reader's words. */
function RefusedRows({ rows, field }: { rows: RowError[]; field: (name: string) => string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="table-wrap" id="findings-import-report">
      <table className="table">
        <caption>{t("import.report")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("import.row")}</th>
            <th scope="col">{t("import.field")}</th>
            <th scope="col">{t("import.problem")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>{f.number(r.row)}</td>
              <td>{field(r.field)}</td>
              <td>
                {t(`findings.errors.${r.reason}`, {
                  defaultValue: r.message,
                  max: f.number(MAX_FINDING_COUNT),
                  firstRow: r.firstRow ?? "",
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
