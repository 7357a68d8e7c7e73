import { describe, expect, it } from "vitest";
import { QUESTIONS, ZQuestionnaireAnswersSchema, tallyAnswers } from "./index.js";

describe("the follow-up questionnaire", () => {
  it("keeps the annex numbering: 1a, 1b, 2 to 12, then observations", () => {
    expect(QUESTIONS.map((q) => q.id)).toEqual([
      "1a",
      "1b",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
      "11",
      "12",
      "observations",
    ]);
  });

  it("accepts partial answers and refuses unknown question ids", () => {
    expect(
      ZQuestionnaireAnswersSchema.safeParse({ "2": { answer: "yes", text: "Study visits" } })
        .success,
    ).toBe(true);
    expect(ZQuestionnaireAnswersSchema.safeParse({ "13": { answer: "yes" } }).success).toBe(false);
  });

  it("refuses a submission that answers nothing, blank explanations included", () => {
    expect(ZQuestionnaireAnswersSchema.safeParse({}).success).toBe(false);
    const blank = ZQuestionnaireAnswersSchema.safeParse({ "2": { answer: null, text: "  " } });
    expect(blank.success).toBe(false);
    expect(blank.error?.issues[0]?.message).toBe("Answer at least one question before submitting");
    expect(ZQuestionnaireAnswersSchema.safeParse({ "2": { text: "Study visits" } }).success).toBe(
      true,
    );
  });

  it("tallies each State's latest answers per question, overall and per regional group", () => {
    const tally = tallyAnswers([
      { region: "african", answers: { "2": { answer: "yes", text: "Peer learning" } } },
      { region: "african", answers: { "2": { answer: "no" } } },
      { region: "asia-pacific", answers: { "2": { answer: "partly" }, "3": { answer: "yes" } } },
    ]);
    const q2 = tally.find((t) => t.question === "2")!;
    expect(q2.all).toEqual({ yes: 1, partly: 1, no: 1, unanswered: 0, explained: 1 });
    expect(q2.byRegion.african).toEqual({ yes: 1, partly: 0, no: 1, unanswered: 0, explained: 1 });
    const q3 = tally.find((t) => t.question === "3")!;
    expect(q3.all).toEqual({ yes: 1, partly: 0, no: 0, unanswered: 2, explained: 0 });
    expect(tally.map((t) => t.question)).toEqual(QUESTIONS.map((q) => q.id));
  });
});
