import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Card, PageHeader } from "../../components/ui";
import { readFileBase64 } from "../../lib/download";
import {
  describeError,
  describeRowError,
  errorCode,
  errorDetails,
  type FieldError,
} from "../../lib/errors";
import { asText } from "../../lib/text";
import { useTRPC } from "../../lib/trpc";

interface RowError {
  row: number;
  field?: string;
  message: string;
  /** zod's issue code or "custom", and its limit: the problem is worded from these. */
  code?: string;
  params?: FieldError["params"];
}

/** Reads `err.data.details.rows` whatever its exact shape: `[{row, field?, message}]` or `[{row, errors: [...]}]`. */
function rowErrors(details: unknown): RowError[] {
  const rows = (details as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((r: Record<string, unknown>) => {
    const row = Number(r.row ?? r.line ?? 0);
    if (Array.isArray(r.errors)) {
      return r.errors.map((e: Record<string, unknown> | string) =>
        typeof e === "string"
          ? { row, message: e }
          : {
              row,
              field: asText(e.field),
              message: asText(e.message),
              ...(typeof e.code === "string" ? { code: e.code } : {}),
              params: (e.params ?? null) as FieldError["params"],
            },
      );
    }
    return [
      {
        row,
        field: r.field ? asText(r.field) : undefined,
        message: asText(r.message ?? r.error),
        ...(typeof r.code === "string" ? { code: r.code } : {}),
        params: (r.params ?? null) as FieldError["params"],
      },
    ];
  });
}

const MAX_BYTES = 20 * 1024 * 1024;

type Phase = "idle" | "reading" | "uploading" | "done" | "failed";

/** Why the chosen file cannot be sent (the message's key), or null when it can. */
export function fileProblem(
  file: { name: string; size: number } | null,
): "import.chooseFile" | "import.badType" | "import.tooBig" | null {
  if (!file) return "import.chooseFile";
  if (!/\.(csv|xlsx)$/i.test(file.name)) return "import.badType";
  if (file.size > MAX_BYTES) return "import.tooBig";
  return null;
}

/**
 * The import's state: the file chosen, the phase and progress (reading is the first half of the
 * bar; the server's validation and write the second), a problem found before sending, and the
 * mutation whose error carries the row-level report.
 */
function useNeedsImport() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>("idle");
  const [progress, setProgress] = useState(0);
  const [localError, setLocalError] = useState<string | null>(null);
  const mutation = useMutation(
    trpc.import.needs.mutationOptions({
      onSuccess: () => {
        setPhase("done");
        setProgress(1);
        void queryClient.invalidateQueries({ queryKey: trpc.needs.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.analytics.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.classify.pathKey() });
      },
      onError: () => setPhase("failed"),
    }),
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    setLocalError(null);
    mutation.reset();
    const problem = fileProblem(file);
    if (problem || !file) {
      setLocalError(t(problem ?? "import.chooseFile"));
      return;
    }
    setPhase("reading");
    setProgress(0);
    try {
      const contentBase64 = await readFileBase64(file, (f) => setProgress(f * 0.5));
      setPhase("uploading");
      setProgress(0.55);
      mutation.mutate({ filename: file.name, contentBase64 });
    } catch (err) {
      setPhase("failed");
      // The browser could not read the file (moved, unreadable): its message is for developers.
      void err;
      setLocalError(t("wording.fileUnreadable"));
    }
  }

  function choose(chosen: File | null) {
    setFile(chosen);
    setPhase("idle");
    setProgress(0);
    mutation.reset();
  }

  return { phase, pct: Math.round(progress * 100), localError, mutation, submit, choose };
}

/** The phase in words and the progress bar (indeterminate while the server works). */
function ImportProgress({ phase, pct }: { phase: Phase; pct: number }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="progress-block">
      <label htmlFor="import-progress">
        {phase === "reading"
          ? t("import.reading")
          : phase === "uploading"
            ? t("import.uploading")
            : phase === "done"
              ? t("import.done")
              : t("import.failed")}
      </label>
      <progress id="import-progress" max={100} value={phase === "uploading" ? undefined : pct}>
        {new Intl.NumberFormat(i18n.language, { style: "percent" }).format(pct / 100)}
      </progress>
    </div>
  );
}

/** The rows refused, each with its field and the problem in words. */
function RowReport({ rows }: { rows: RowError[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t("import.report")} id="import-report">
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t("import.report")}</caption>
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
                <td>{r.row}</td>
                <td>{r.field ?? "–"}</td>
                <td>{describeRowError(r, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

/** The count imported, a problem found before sending, or why the server refused the file. */
function ImportOutcome({
  mutation,
  localError,
  rejected,
}: {
  mutation: ReturnType<typeof useNeedsImport>["mutation"];
  localError: string | null;
  rejected: number;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div role="status" aria-live="polite">
        {mutation.data ? (
          <p className="alert alert-success">
            {t("import.imported", { count: mutation.data.imported })}
          </p>
        ) : null}
      </div>
      {localError ? (
        <p className="alert alert-error" role="alert">
          {localError}
        </p>
      ) : null}
      {mutation.error ? (
        <div className="alert alert-error" role="alert">
          <p>
            {rejected
              ? t("import.rejected", { count: rejected })
              : describeError(mutation.error, t)}
          </p>
        </div>
      ) : null}
    </>
  );
}

/** Batch import of needs from CSV or XLSX: all or nothing, every bad row reported. */
export default function ImportPage() {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const { phase, pct, localError, mutation, submit, choose } = useNeedsImport();
  const rows =
    mutation.error && errorCode(mutation.error) === "BAD_REQUEST"
      ? rowErrors(errorDetails(mutation.error))
      : [];

  return (
    <>
      <PageHeader title={t("import.title")} lead={t("import.lead")} />
      <Card title={t("import.file")} id="import-form">
        <form className="form" onSubmit={(e) => void submit(e)}>
          <div className="field">
            <label htmlFor="import-file">{t("import.choose")}</label>
            <input
              ref={inputRef}
              id="import-file"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby="import-hint"
              onChange={(e) => choose(e.target.files?.[0] ?? null)}
            />
            <p id="import-hint" className="hint">
              {t("import.hint")}
            </p>
          </div>
          <button
            type="submit"
            className="button button-primary"
            disabled={phase === "reading" || phase === "uploading"}
          >
            {t("import.submit")}
          </button>
        </form>
        {phase !== "idle" ? <ImportProgress phase={phase} pct={pct} /> : null}
        <ImportOutcome mutation={mutation} localError={localError} rejected={rows.length} />
      </Card>
      {rows.length ? <RowReport rows={rows} /> : null}
    </>
  );
}
