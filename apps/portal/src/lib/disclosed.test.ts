import { describe, expect, it } from "vitest";
import { atLeast, formatNumber, shownCount } from "./disclosed";

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

describe("numbers in the interface's language", () => {
  it("writes 3,829 in English, with a space in French and a point in Spanish", () => {
    expect(shownCount(3829, 3, "en")).toBe("3,829");
    // French groups with a narrow no-break space (U+202F), Spanish with a point from 5 digits
    // (CLDR: "3829" but "10.400"), as Intl writes them.
    expect(shownCount(3829, 3, "fr")).toBe("3\u202f829");
    expect(formatNumber(105400, "es")).toBe("105.400");
    expect(formatNumber(105400, "fr")).not.toContain(",");
  });
});
