import { describe, expect, it } from "vitest";
import { NEED_STATUSES, assertTransition, canTransition, isOpen } from "./index.js";

describe("the life of a need", () => {
  it("starts identified and can move to any later stage", () => {
    for (const to of ["in-progress", "partially-met", "met", "no-longer-relevant"] as const) {
      expect(canTransition("identified", to)).toBe(true);
    }
  });

  it("reopens a met need only as partially met", () => {
    expect(canTransition("met", "partially-met")).toBe(true);
    expect(canTransition("met", "identified")).toBe(false);
    expect(() => assertTransition("met", "identified")).toThrow(/may go to: partially-met/);
  });

  it("never transitions a status to itself", () => {
    for (const s of NEED_STATUSES) expect(canTransition(s, s)).toBe(false);
  });

  it("counts identified, in progress and partially met needs as open", () => {
    expect(NEED_STATUSES.filter(isOpen)).toEqual(["identified", "in-progress", "partially-met"]);
  });
});
