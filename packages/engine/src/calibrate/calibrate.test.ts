import { describe, expect, it } from "vitest";
import { expectedCalibrationError, fitTemperature } from "./index.js";

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

describe("temperature and ECE", () => {
  it("softens over-confident logits (T > 1) and reports their calibration error", () => {
    const { logits, gold } = rows(200, 6, 0.8);
    expect(fitTemperature(logits, gold)).toBeGreaterThan(1);
    const overconfident = logits.map((_, i) => ({ confidence: 0.99, correct: gold[i] === 0 }));
    expect(expectedCalibrationError(overconfident)).toBeCloseTo(0.19, 2);
  });
});
