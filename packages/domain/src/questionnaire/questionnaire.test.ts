import { describe, expect, it } from "vitest";
import { TEXT_LANGUAGES } from "../convention/localized.js";
import {
  ANSWER_LABELS,
  ANSWER_OPTIONS,
  QUESTIONNAIRE_SECTION_TITLES,
  QUESTIONNAIRE_SECTIONS,
  QUESTIONS,
  ZQuestionnaireAnswersSchema,
  questionText,
  sectionTitle,
  tallyAnswers,
} from "./index.js";

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
    const [q2, q3] = ["2", "3"].map((id) => tally.find((t) => t.question === id));
    if (!q2 || !q3) throw new Error("questions 2 and 3 are tallied");
    expect(q2.all).toEqual({ yes: 1, partly: 1, no: 1, unanswered: 0, explained: 1 });
    expect(q2.byRegion.african).toEqual({ yes: 1, partly: 0, no: 1, unanswered: 0, explained: 1 });
    expect(q3.all).toEqual({ yes: 1, partly: 0, no: 0, unanswered: 2, explained: 0 });
    expect(tally.map((t) => t.question)).toEqual(QUESTIONS.map((q) => q.id));
  });
});

describe("the questionnaire in French and Spanish", () => {
  it("words every question, section and answer option in all three languages", () => {
    for (const q of QUESTIONS) {
      expect(q.texts.en).toBe(q.text);
      for (const lang of TEXT_LANGUAGES)
        expect(q.texts[lang].trim(), `${q.id} ${lang}`).not.toBe("");
      expect(q.texts.fr, q.id).not.toBe(q.text);
      expect(q.texts.es, q.id).not.toBe(q.text);
      // One language's text in another's slot would still be non-empty: check the marks of each.
      expect(q.texts.fr, q.id).not.toMatch(/¿|¡/);
    }
    for (const [id, title] of Object.entries(QUESTIONNAIRE_SECTIONS)) {
      const titles = QUESTIONNAIRE_SECTION_TITLES[id as keyof typeof QUESTIONNAIRE_SECTIONS];
      expect(titles.en).toBe(title);
      expect(titles.fr).not.toBe(title);
      expect(titles.es).not.toBe(title);
    }
    for (const o of ANSWER_OPTIONS)
      for (const lang of TEXT_LANGUAGES) expect(ANSWER_LABELS[o][lang].trim()).not.toBe("");
  });

  it("picks a question's text and a section's title by UI language", () => {
    expect(questionText("8", "fr")).toBe(
      "Votre gouvernement a-t-il fait référence aux besoins recensés dans ses échanges avec les donateurs ?",
    );
    expect(questionText("8", "es-ES")).toBe(
      "¿Ha hecho referencia su Gobierno a las necesidades detectadas en sus conversaciones con los donantes?",
    );
    expect(questionText("8", "ru")).toBe(QUESTIONS.find((q) => q.id === "8")?.text);
    expect(questionText("99", "fr")).toBeUndefined();
    expect(sectionTitle("D", "fr")).toBe("Observations supplémentaires");
    expect(sectionTitle("D", "es")).toBe("Observaciones adicionales");
    expect(sectionTitle("Z", "es")).toBeUndefined();
    expect(ANSWER_LABELS.partly.es).toBe("En parte");
  });
});
