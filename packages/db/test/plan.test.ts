import { describe, expect, it } from "vitest";
import { buildDemo } from "../src/seed/index.js";
import { planDemo, verifyPlan } from "../src/seed/plan.js";

describe("the demo plan", () => {
  it("meets every published figure of the CAC/COSP/2023 note on TA needs", () => {
    expect(verifyPlan(planDemo())).toEqual([]);
  });

  it("is the same on every run (seeded generator)", () => {
    const a = buildDemo();
    const b = buildDemo();
    expect(JSON.stringify(a.needs)).toEqual(JSON.stringify(b.needs));
    expect(JSON.stringify(a.offers)).toEqual(JSON.stringify(b.offers));
  });

  it("has the supply-side volumes the issue asks for", () => {
    const d = buildDemo();
    expect(d.offers.length).toBeGreaterThanOrEqual(60);
    expect(d.expertise.length).toBeGreaterThanOrEqual(40);
    expect(d.experts.length).toBeGreaterThanOrEqual(100);
    expect(d.needs.every((n) => n.demo)).toBe(true);
  });

  it("gives needs statuses beyond identified, restricted tiers and gender-responsive flags", () => {
    const c2 = buildDemo().needs.filter((n) => n.cycle === 2);
    expect(new Set(c2.map((n) => n.status)).size).toBeGreaterThanOrEqual(4);
    expect(c2.some((n) => n.confidentiality === "secretariat-only")).toBe(true);
    expect(c2.some((n) => n.genderResponsive)).toBe(true);
  });
});
