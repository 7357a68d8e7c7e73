import { describe, expect, it } from "vitest";
import { calibrateInPlace, softmaxInPlace } from "../classify/softmax.js";
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

describe("the label-noise floor", () => {
  it("lowers the top probability to (1 - f) p + f / L and keeps a distribution", () => {
    const z = Float64Array.from([12, 0]);
    calibrateInPlace(z, 1, 0.1);
    expect(z[0]).toBeCloseTo(0.95, 4);
    expect((z[0] as number) + (z[1] as number)).toBeCloseTo(1, 12);
  });

  it("keeps the ranking: the floor never reorders labels", () => {
    const z = Float64Array.from([0.3, 2, -1, 1.5]);
    calibrateInPlace(z, 1.4, 0.1);
    expect([...z.keys()].sort((a, b) => (z[b] as number) - (z[a] as number))).toEqual([1, 3, 0, 2]);
  });

  it("is the plain softmax at 0", () => {
    const a = Float64Array.from([1, 2, 3]);
    const b = Float64Array.from([1, 2, 3]);
    calibrateInPlace(a, 1.2, 0);
    softmaxInPlace(b, 1.2);
    expect(a).toEqual(b);
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
