import { describe, expect, it } from "vitest";
import { cleanAnswers } from "./QuestionnairePage";

describe("the questionnaire's answers as sent", () => {
  it("trims explanations and leaves blank ones out", () => {
    expect(
      cleanAnswers({
        "1": { answer: "yes", text: "  Adopted in 2022. " },
        "2": { answer: "no", text: "   " },
        "3": { answer: null },
      }),
    ).toEqual({
      "1": { answer: "yes", text: "Adopted in 2022." },
      "2": { answer: "no" },
      "3": { answer: null },
    });
  });
});
