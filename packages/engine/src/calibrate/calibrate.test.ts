import { describe, expect, it } from "vitest";
import { calibrateInPlace } from "../classify/softmax.js";
import { expectedCalibrationError, fitSmoothing, fitTemperature } from "./index.js";

/** Rows of logits (two labels) whose top label is right `rightShare` of the time. */
function rows(n: number, margin: number, rightShare: number) {
  const logits: Float64Array[] = [];
  const gold: number[] = [];
  for (let i = 0; i < n; i++) {
    logits.push(Float64Array.from([margin, 0]));
    gold.push(i < n * rightShare ? 0 : 1);
  }
  return { logits, gold };
}

describe("the label-noise floor", () => {
  it("stays 0 when confident predictions are always right", () => {
    const { logits, gold } = rows(100, 8, 1);
    expect(fitSmoothing(logits, gold, 1)).toBe(0);
  });

  it("grows when confident predictions are sometimes wrong, and lowers the top probability accordingly", () => {
    const { logits, gold } = rows(100, 12, 0.95);
    const s = fitSmoothing(logits, gold, 1);
    expect(s).toBeGreaterThan(0.05);
    expect(s).toBeLessThanOrEqual(0.15);
    const z = Float64Array.from([12, 0]);
    calibrateInPlace(z, 1, s);
    // The best fit of (1 - s) * ~1 + s / 2 is the observed 95 %.
    expect(z[0]).toBeCloseTo(0.95, 1);
    expect((z[0] as number) + (z[1] as number)).toBeCloseTo(1, 12);
  });

  it("keeps the ranking: smoothing never reorders labels", () => {
    const z = Float64Array.from([0.3, 2, -1, 1.5]);
    calibrateInPlace(z, 1.4, 0.1);
    expect([...z.keys()].sort((a, b) => (z[b] as number) - (z[a] as number))).toEqual([1, 3, 0, 2]);
  });
});

describe("temperature and ECE", () => {
  it("softens over-confident logits (T > 1) and reports their calibration error", () => {
    const { logits, gold } = rows(200, 6, 0.8);
    expect(fitTemperature(logits, gold)).toBeGreaterThan(1);
    const overconfident = logits.map((_, i) => ({ confidence: 0.99, correct: gold[i] === 0 }));
    expect(expectedCalibrationError(overconfident)).toBeCloseTo(0.19, 2);
  });
});
