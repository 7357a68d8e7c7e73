import { useState } from "react";
import { useTranslation } from "react-i18next";
import { describeError } from "../lib/errors";
import { downloadText } from "../lib/download";

const EXPORT_FORMATS = ["csv", "json", "iati"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  body: string;
  filename: string;
  contentType: string;
}

/**
 * Download buttons for a list in the three formats the API exports: CSV for spreadsheets,
 * JSON for programs, IATI activity XML for aid-transparency registries (docs/iati.md). The
 * file holds what the list shows the caller (same filters, same visibility).
 */
export function ExportButtons({
  fetchFile,
}: {
  fetchFile: (format: ExportFormat) => Promise<ExportedFile>;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(format: ExportFormat) {
    setError(null);
    setBusy(format);
    try {
      const file = await fetchFile(format);
      downloadText(file.body, file.filename, file.contentType);
    } catch (err) {
      setError(describeError(err, t));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="export-buttons" role="group" aria-label={t("export.label")}>
      {EXPORT_FORMATS.map((f) => (
        <button
          key={f}
          type="button"
          className="button"
          onClick={() => void run(f)}
          disabled={busy !== null}
        >
          {busy === f ? t("common.preparing") : t(`export.${f}`)}
        </button>
      ))}
      {error ? (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}
