import { describe, expect, it } from "vitest";
import { parseRemindDays } from "./QuestionnaireDeadline";

describe("the reminder days typed by the secretariat", () => {
  it("reads days separated by commas, semicolons or spaces", () => {
    expect(parseRemindDays("14, 3;0")).toEqual([14, 3, 0]);
    expect(parseRemindDays(" 7  1 ")).toEqual([7, 1]);
  });

  it("refuses none, more than five, fractions, negatives and more than 90 days", () => {
    for (const bad of ["", " , ", "1 2 3 4 5 6", "1.5", "-1", "91", "ten"])
      expect(parseRemindDays(bad), bad).toBeNull();
  });
});
