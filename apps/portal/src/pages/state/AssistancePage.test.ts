import { describe, expect, it } from "vitest";
import { recordInput } from "./AssistancePage";

const draft = {
  needId: "",
  providerId: "",
  providerName: "Regional academy",
  periodFrom: "",
  periodTo: "",
  description: "A week's course",
  articles: "8, 52",
  scores: {},
};

describe("assistance received, as recorded", () => {
  it("names an unlisted provider and leaves out what was not filled in", () => {
    expect(recordInput("KEN", draft)).toEqual({
      state: "KEN",
      providerName: "Regional academy",
      description: "A week's course",
      articles: [8, 52],
    });
  });

  it("sends a listed provider by id, the need, the period and only the criteria scored", () => {
    expect(
      recordInput("KEN", {
        ...draft,
        needId: "n1",
        providerId: "p1",
        periodFrom: "2024-01-01",
        periodTo: "2024-06-30",
        scores: { relevance: "4", impact: "" },
      }),
    ).toEqual({
      state: "KEN",
      needId: "n1",
      providerId: "p1",
      periodFrom: "2024-01-01",
      periodTo: "2024-06-30",
      description: "A week's course",
      articles: [8, 52],
      evaluation: { relevance: { score: 4 } },
    });
  });
});
