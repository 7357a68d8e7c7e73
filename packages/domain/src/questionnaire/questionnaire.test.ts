import { describe, expect, it } from "vitest";
import { QUESTIONS, ZQuestionnaireAnswersSchema } from "./index.js";

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
});
