import type { RegionalGroupId } from "@tahub/domain";
import { RegionSelect } from "../../components/RegionSelect";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Card, ErrorState, PageHeader, Spinner } from "../../components/ui";
import { downloadBlob, downloadText } from "../../lib/download";
import { describeError } from "../../lib/errors";
import { useLabels } from "../../lib/labels";
import { useTRPC, type RouterOutputs } from "../../lib/trpc";
import { QuestionnaireDeadline } from "../notifications/QuestionnaireDeadline";

const COLUMNS = ["yes", "partly", "no", "unanswered", "explained"] as const;

type QuestionTally = RouterOutputs["questionnaire"]["tally"]["questions"][number];

/** The answers as a CSV or XLSX file, and what went wrong fetching it, in words. */
function useAnswersDownload() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  async function download(format: "csv" | "xlsx") {
    setError(null);
    try {
      const file = await queryClient.fetchQuery(trpc.questionnaire.export.queryOptions({ format }));
      if (file.encoding === "base64") {
        const bytes = Uint8Array.from(atob(file.body), (c) => c.charCodeAt(0));
        downloadBlob(new Blob([bytes], { type: file.contentType }), file.filename);
      } else downloadText(file.body, file.filename, file.contentType);
    } catch (err) {
      setError(describeError(err, t));
    }
  }

  return { download, error };
}

/** One section's questions, each with how the answers split (overall or for the region). */
function SectionTable({
  sid,
  title,
  rows,
  textOf,
  region,
}: {
  sid: string;
  title: string;
  rows: readonly QuestionTally[];
  textOf: (question: string) => string | undefined;
  region: RegionalGroupId | "";
}) {
  const { t, i18n } = useTranslation();
  const l = useLabels();
  const n = new Intl.NumberFormat(i18n.language);
  return (
    <Card title={`${sid}. ${title}`} id={`qa-section-${sid}`}>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{`${sid}. ${title}`}</caption>
          <thead>
            <tr>
              <th scope="col">{t("answers.question")}</th>
              {COLUMNS.map((c) => (
                <th key={c} scope="col" className="num">
                  {t(`answers.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((q) => {
              const counts = region ? q.byRegion[region] : q.all;
              return (
                <tr key={q.question}>
                  <th scope="row">
                    <span className="q-number">{q.question}</span>{" "}
                    {l.question(q.question, textOf(q.question))}
                  </th>
                  {COLUMNS.map((c) => (
                    <td key={c} className="num">
                      {counts ? n.format(counts[c]) : "–"}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

/** How many States have answered, in all and per regional group. */
function AnsweredCount({
  states,
  byRegion,
}: {
  states: number;
  byRegion: Readonly<Record<string, number>>;
}) {
  const { t, i18n } = useTranslation();
  const l = useLabels();
  const n = new Intl.NumberFormat(i18n.language);
  return (
    <p role="status">
      {t("answers.states", { count: states, n: n.format(states) })}{" "}
      {Object.entries(byRegion)
        .map(([r, c]) => `${l.region(r)}: ${n.format(c)}`)
        .join(" · ")}
    </p>
  );
}

/**
 * The secretariat's view of the follow-up questionnaire: per question, how the States' latest
 * answers split, overall or for one regional group, and the answers as CSV or XLSX.
 */
export default function QuestionnaireAnswersPage() {
  const { t } = useTranslation();
  const l = useLabels();
  const trpc = useTRPC();
  const [region, setRegion] = useState<RegionalGroupId | "">("");
  const { download, error } = useAnswersDownload();
  const tally = useQuery(trpc.questionnaire.tally.queryOptions());
  const questions = useQuery(trpc.questionnaire.questions.queryOptions());

  if (tally.isPending || questions.isPending) return <Spinner />;
  if (tally.isError) return <ErrorState error={tally.error} onRetry={() => void tally.refetch()} />;
  if (questions.isError) return <ErrorState error={questions.error} />;
  const text = new Map(questions.data.questions.map((q) => [q.id, q]));
  const sections = Object.entries(questions.data.sections);

  return (
    <>
      <PageHeader
        title={t("answers.title")}
        lead={t("answers.lead")}
        actions={
          <div className="export-buttons" role="group" aria-label={t("export.label")}>
            <button type="button" className="button" onClick={() => void download("csv")}>
              {t("export.csv")}
            </button>
            <button type="button" className="button" onClick={() => void download("xlsx")}>
              {t("export.xlsx")}
            </button>
          </div>
        }
      />
      {error ? (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      ) : null}
      {/* notifications & mail (issue 14, part 5): the deadline, reminders, who has not answered */}
      <QuestionnaireDeadline />
      <AnsweredCount states={tally.data.states} byRegion={tally.data.byRegion} />
      <div className="filters" role="group" aria-label={t("filters.label")}>
        <RegionSelect
          id="qa-region"
          label={t("filters.region")}
          anyLabel={t("answers.allRegions")}
          value={region}
          onChange={setRegion}
        />
      </div>
      {sections.map(([sid, english]) => (
        <SectionTable
          key={sid}
          sid={sid}
          title={l.questionSection(sid, english)}
          rows={tally.data.questions.filter((q) => text.get(q.question)?.section === sid)}
          textOf={(id) => text.get(id)?.text}
          region={region}
        />
      ))}
    </>
  );
}
