import { describe, expect, it } from "vitest";
import { EMPTY_EXPERT, emptyEntry, expertInput, type ExpertDraft } from "./expertDraft";

const draft: ExpertDraft = {
  ...EMPTY_EXPERT,
  text: { ...EMPTY_EXPERT.text, name: "A. Expert", summary: "Asset recovery", languages: "EN; fr" },
};
const today = new Date().toISOString().slice(0, 10);

describe("a CV draft as the API receives it", () => {
  it("dates a consent given now today, and keeps the date of a consent already recorded", () => {
    expect(expertInput({ ...draft, consent: true }, null).consentDate).toBe(today);
    expect(expertInput({ ...draft, consent: true }, "2025-03-01").consentDate).toBe("2025-03-01");
  });

  it("sends no consent date without consent", () => {
    expect(expertInput(draft, "2025-03-01")).not.toHaveProperty("consentDate");
    expect(expertInput(draft, null).consentToList).toBe(false);
  });

  it("leaves out the blank rows the form keeps for typing, and an empty end date", () => {
    const job = { from: "2020", to: "", organization: "UNODC", role: "Adviser" };
    const input = expertInput({ ...draft, employment: [job, emptyEntry()] }, null);
    expect(input.employment).toEqual([{ from: "2020", organization: "UNODC", role: "Adviser" }]);
    expect(input.education).toEqual([]);
  });

  it("splits the language list and writes the codes in lower case", () => {
    expect(expertInput(draft, null).languages).toEqual(["en", "fr"]);
  });
});
