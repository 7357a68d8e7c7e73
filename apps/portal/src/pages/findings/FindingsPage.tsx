import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, PageHeader, SkeletonRows } from "../../components/ui";
import { downloadText } from "../../lib/download";
import { describeError } from "../../lib/errors";
import { useTRPC } from "../../lib/trpc";
import { useUrlParams } from "../../lib/useUrlParams";
import { Comparison } from "./FindingsComparison";
import { FindingsFilters, readFindingsQuery } from "./FindingsFilters";
import { FindingForm } from "./FindingForm";
import { FindingsImport } from "./FindingsImport";

/**
 * Reviewers' findings against needs (issue 14, part 6), as the secretariat's notes set them side
 * by side: per article "N challenges across M States" beside the needs identified, then per
 * regional group, for a cycle, chapter, regional group and as-at day; the same as CSV; with the
 * form and the import that record the findings. Secretariat only.
 */
export default function FindingsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { params, set } = useUrlParams();
  const { asAtInvalid: _invalid, ...query } = readFindingsQuery(params);
  const compare = useQuery(trpc.findings.compare.queryOptions(query));
  const [downloadError, setDownloadError] = useState<string | null>(null);

  async function downloadCsv() {
    setDownloadError(null);
    try {
      const file = await queryClient.fetchQuery(trpc.findings.compareCsv.queryOptions(query));
      downloadText(file.body, file.filename, file.contentType);
    } catch (err) {
      setDownloadError(describeError(err, t));
    }
  }

  return (
    <>
      <PageHeader title={t("findings.title")} lead={t("findings.lead")} />
      <FindingsFilters params={params} set={set} />
      <p>
        <button
          type="button"
          className="button"
          id="findings-csv"
          onClick={() => void downloadCsv()}
        >
          {t("export.csv")}
        </button>
      </p>
      {downloadError ? (
        <p className="alert alert-error" role="alert">
          {downloadError}
        </p>
      ) : null}
      {compare.isError ? (
        <ErrorState error={compare.error} onRetry={() => void compare.refetch()} />
      ) : compare.isPending ? (
        <SkeletonRows rows={8} />
      ) : (
        <Comparison data={compare.data} />
      )}
      <FindingForm />
      <FindingsImport />
    </>
  );
}
