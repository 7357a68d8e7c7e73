import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { downloadBlob } from "../../lib/download";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";

/**
 * "Draft note (Word)": the analytical part of the note on technical assistance needs as at the
 * page's day (today when none is set), from the same figure definitions as the charts here
 * (`report.note`; `tahub report note` from the command line). The secretariat's only.
 */
export function DraftNoteButton({
  asAt,
  periods,
  partiesAsAt,
}: {
  asAt: string | null;
  periods?: string[] | undefined;
  partiesAsAt?: string | undefined;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { isSecretariat } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!isSecretariat) return null;
  const day = asAt ?? new Date().toISOString().slice(0, 10);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      const file = await queryClient.fetchQuery(
        trpc.report.note.queryOptions({
          asAt: day,
          format: "docx",
          ...(periods ? { periods } : {}),
          ...(partiesAsAt ? { partiesAsAt } : {}),
        }),
      );
      const bytes = Uint8Array.from(atob(file.body), (c) => c.charCodeAt(0));
      downloadBlob(new Blob([bytes], { type: file.contentType }), file.filename);
    } catch {
      setError(t("analytics.draftNoteFailed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="button-row">
      <button
        type="button"
        className="button"
        onClick={() => void download()}
        disabled={busy}
        aria-busy={busy}
        data-testid="draft-note"
      >
        {busy ? t("analytics.draftNoteBusy") : t("analytics.draftNote")}
      </button>
      <span className="hint">{t("analytics.draftNoteHint", { day })}</span>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
