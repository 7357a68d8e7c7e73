import { describe, expect, it } from "vitest";
import { evaluationOf } from "./Moves";

describe("an evaluation as the engagement page sends it", () => {
  it("sends each scored OECD-DAC criterion as a number", () => {
    expect(evaluationOf({ relevance: "4", coherence: "2" })).toEqual({
      relevance: { score: 4 },
      coherence: { score: 2 },
    });
  });

  it("leaves out the criteria put back to 'not scored'", () => {
    expect(evaluationOf({ relevance: "", impact: "3" })).toEqual({ impact: { score: 3 } });
    expect(evaluationOf({ relevance: "" })).toEqual({});
  });
});
