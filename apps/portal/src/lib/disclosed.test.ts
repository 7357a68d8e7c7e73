import { describe, expect, it } from "vitest";
import { atLeast, shownCount } from "./disclosed";

describe("withheld counts", () => {
  it("shows a withheld count as below the threshold and others as numbers", () => {
    expect(shownCount(null, 3)).toBe("<3");
    expect(shownCount(0)).toBe("0");
    expect(shownCount(7)).toBe("7");
  });
  it("counts a withheld cell as at least one where a number is needed", () => {
    expect(atLeast(null)).toBe(1);
    expect(atLeast(0)).toBe(0);
  });
});
