/** The questionnaire's answers as files for the secretariat: CSV, or an XLSX workbook. */
import { QUESTIONS, getState } from "@tahub/domain";
import ExcelJS from "exceljs";
import { z } from "zod";
import { toCsv } from "./tabular.js";

export const ZQuestionnaireFileSchema = z.object({
  filename: z.string(),
  contentType: z.string(),
  /** The file: text for CSV, base64 for XLSX (say which in `encoding`). */
  body: z.string(),
  encoding: z.enum(["utf8", "base64"]),
  /** States in the file. */
  count: z.number().int(),
});
export type TQuestionnaireFile = z.infer<typeof ZQuestionnaireFileSchema>;

export interface LatestResponse {
  state: string;
  region: string;
  submittedAt: string;
  answers: Record<string, { answer: string | null; text?: string | undefined }>;
}

const HEADER = ["state", "stateName", "region", "submittedAt", "question", "answer", "text"];

/** One row per State and question, in the annex's order, questions left open included. */
function rows(latest: readonly LatestResponse[]): (string | null)[][] {
  return [...latest]
    .sort((a, b) => a.state.localeCompare(b.state))
    .flatMap((r) =>
      QUESTIONS.map((q) => {
        const a = r.answers[q.id];
        return [
          r.state,
          getState(r.state)?.name ?? r.state,
          r.region,
          r.submittedAt.slice(0, 10),
          q.id,
          a?.answer ?? null,
          a?.text?.trim() || null,
        ];
      }),
    );
}

export async function questionnaireFile(
  latest: readonly LatestResponse[],
  format: "csv" | "xlsx",
  now = new Date(),
): Promise<TQuestionnaireFile> {
  const stamp = now.toISOString().slice(0, 10);
  const data = rows(latest);
  if (format === "csv")
    return {
      filename: `tahub-questionnaire-${stamp}.csv`,
      contentType: "text/csv",
      body: toCsv(HEADER, data),
      encoding: "utf8",
      count: latest.length,
    };
  const wb = new ExcelJS.Workbook();
  wb.created = now;
  const sheet = wb.addWorksheet("Answers");
  sheet.addRow(HEADER).font = { bold: true };
  // Text cells as strings: exceljs writes them as shared strings, never as formulas.
  for (const r of data) sheet.addRow(r.map((v) => v ?? ""));
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const questions = wb.addWorksheet("Questions");
  questions.addRow(["question", "section", "kind", "text"]).font = { bold: true };
  for (const q of QUESTIONS) questions.addRow([q.id, q.section, q.kind, q.text]);
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return {
    filename: `tahub-questionnaire-${stamp}.xlsx`,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: buf.toString("base64"),
    encoding: "base64",
    count: latest.length,
  };
}
