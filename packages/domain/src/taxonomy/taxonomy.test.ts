import { describe, expect, it } from "vitest";
import {
  CATEGORIES,
  CYCLE1_CATEGORIES,
  CYCLE1_TO_CYCLE2,
  MODALITY_CATEGORIES,
  cycle1For,
  cycle2For,
} from "./index.js";

describe("the taxonomies", () => {
  it("has the six cycle-2 groupings and the nine cycle-1 categories", () => {
    expect(CATEGORIES.map((c) => c.id)).toEqual([
      "capacity-building",
      "legislative-assistance",
      "institution-building",
      "policymaking",
      "research-data",
      "international-cooperation",
    ]);
    expect(CYCLE1_CATEGORIES).toHaveLength(9);
  });

  it("maps cycle 1 to cycle 2 many-to-many, with a reason on every edge", () => {
    expect(cycle2For("legislative-drafting")).toEqual(["legislative-assistance"]);
    expect(cycle2For("action-plan")).toEqual(["policymaking", "institution-building"]);
    expect(cycle1For("legislative-assistance")).toEqual([
      "legislative-drafting",
      "model-legislation",
      "model-treaties",
    ]);
    expect(CYCLE1_TO_CYCLE2.every((e) => e.why.length > 5)).toBe(true);
  });

  it("reaches every cycle-2 grouping from some cycle-1 category, and leaves 'other' unmapped", () => {
    for (const c of CATEGORIES) expect(cycle1For(c.id).length).toBeGreaterThan(0);
    expect(cycle2For("other")).toEqual([]);
  });

  it("says which groupings each form of assistance serves", () => {
    expect(MODALITY_CATEGORIES["legislative-advice"]).toEqual(["legislative-assistance"]);
    expect(MODALITY_CATEGORIES.funding).toHaveLength(6);
  });
});
