import ExcelJS from "exceljs";
import { QUESTIONS } from "@tahub/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, outcome as code, type Harness } from "./harness.js";
import { must } from "./must.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 300_000);
afterAll(() => h?.close());

describe("the follow-up questionnaire (issue 14)", () => {
  it("keeps every submission as a version and opens the State's form at its latest", async () => {
    const kenya = await h.as("state");
    expect(await kenya.questionnaire.latest({})).toBeNull();
    const first = await kenya.questionnaire.submit({ answers: { "2": { answer: "no" } } });
    const second = await kenya.questionnaire.submit({
      answers: {
        "2": { answer: "yes", text: "Study visits with a neighbour" },
        "3": { answer: "partly" },
      },
    });
    expect([first.revision, second.revision]).toEqual([1, 2]);
    const latest = await kenya.questionnaire.latest({});
    expect(latest).toMatchObject({ id: second.id, revision: 2, state: "KEN" });
    expect(latest?.answers["2"]).toEqual({ answer: "yes", text: "Study visits with a neighbour" });
    const history = await kenya.questionnaire.list({});
    expect(history.map((r) => r.revision)).toEqual([2, 1]);
  });

  it("refuses an empty submission and stores nothing", async () => {
    const kenya = await h.as("state");
    const before = await h.db.prisma.questionnaireResponse.count();
    const empty: Record<string, { answer: null; text?: string }>[] = [
      {},
      { "2": { answer: null, text: "   " } },
    ];
    for (const answers of empty)
      expect(await code(kenya.questionnaire.submit({ answers }))).toBe("BAD_REQUEST");
    expect(await h.db.prisma.questionnaireResponse.count()).toBe(before);
  });

  it("shows a State its own answers only", async () => {
    const peru = await h.as("otherState");
    expect(await code(peru.questionnaire.latest({ state: "KEN" }))).toBe("FORBIDDEN");
    expect(await code(peru.questionnaire.list({ state: "KEN" }))).toBe("FORBIDDEN");
    expect(await peru.questionnaire.latest({})).toBeNull();
    expect(await code((await h.as("provider")).questionnaire.tally())).toBe("FORBIDDEN");
  });

  it("tallies the latest answer of each State per question and region", async () => {
    const peru = await h.as("otherState");
    await peru.questionnaire.submit({ answers: { "2": { answer: "yes" } } });
    const tally = await (await h.as("analyst")).questionnaire.tally();
    expect(tally.states).toBe(2);
    expect(tally.byRegion).toEqual({ african: 1, "latin-american-caribbean": 1 });
    const q2 = must(tally.questions.find((q) => q.question === "2"));
    // Kenya's first answer ("no") is superseded by its second ("yes").
    expect(q2.all).toEqual({ yes: 2, partly: 0, no: 0, unanswered: 0, explained: 1 });
    expect(q2.byRegion["latin-american-caribbean"]).toMatchObject({ yes: 1 });
    const q3 = must(tally.questions.find((q) => q.question === "3"));
    expect(q3.all).toMatchObject({ partly: 1, unanswered: 1 });
  });

  it("exports the latest answers as CSV and as an XLSX workbook, one row per State and question", async () => {
    const analyst = await h.as("analyst");
    const csv = await analyst.questionnaire.export({ format: "csv" });
    const lines = csv.body.trim().split("\r\n");
    expect(lines[0]).toBe("state,stateName,region,submittedAt,question,answer,text");
    expect(lines).toHaveLength(1 + 2 * QUESTIONS.length);
    expect(lines).toContain(
      lines.find((l) => l.startsWith("KEN,") && l.includes(",2,yes,Study visits with a neighbour")),
    );
    const xlsx = await analyst.questionnaire.export({ format: "xlsx" });
    expect(xlsx.encoding).toBe("base64");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.body, "base64") as unknown as ArrayBuffer);
    const sheet = must(wb.getWorksheet("Answers"));
    expect(sheet.rowCount).toBe(1 + 2 * QUESTIONS.length);
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "state",
      "stateName",
      "region",
      "submittedAt",
      "question",
      "answer",
      "text",
    ]);
  });
});
