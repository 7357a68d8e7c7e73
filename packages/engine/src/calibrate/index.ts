/**
 * Calibration: a probability of 0.8 should be right about 8 times in 10.
 *
 * Temperature scaling (Guo et al., 2017): one scalar T divides the logits; fitted by
 * minimising the negative log-likelihood of out-of-fold predictions, so the model is never
 * calibrated on examples it was trained on. It keeps the ranking, so accuracy is unchanged.
 */

/** Fits T on out-of-fold logits; `gold[i]` is the index of the true label of row i. */
export function fitTemperature(logits: readonly Float64Array[], gold: readonly number[]): number {
  let best = 1;
  let bestNll = Infinity;
  // Log-spaced grid, then refine around the best point: NLL(T) is smooth and unimodal enough.
  const grid: number[] = [];
  for (let k = -20; k <= 20; k++) grid.push(Math.exp(k * 0.1));
  for (const t of grid) {
    const nll = nllAt(logits, gold, t);
    if (nll < bestNll) [best, bestNll] = [t, nll];
  }
  for (let k = -10; k <= 10; k++) {
    const t = best * Math.exp(k * 0.01);
    const nll = nllAt(logits, gold, t);
    if (nll < bestNll) [best, bestNll] = [t, nll];
  }
  return best;
}

function nllAt(logits: readonly Float64Array[], gold: readonly number[], t: number): number {
  let nll = 0;
  for (let i = 0; i < logits.length; i++) {
    const z = logits[i] as Float64Array;
    let max = -Infinity;
    for (const v of z) if (v > max) max = v;
    let sum = 0;
    for (const v of z) sum += Math.exp((v - max) / t);
    nll -= ((z[gold[i] as number] as number) - max) / t - Math.log(sum);
  }
  return nll / Math.max(1, logits.length);
}

/**
 * Expected calibration error of top-1 predictions: bin by confidence (10 equal-width bins),
 * weight |accuracy - mean confidence| per bin by its share of predictions.
 */
export function expectedCalibrationError(
  predictions: readonly { confidence: number; correct: boolean }[],
  bins = 10,
): number {
  if (predictions.length === 0) return 0;
  const n = new Array<number>(bins).fill(0);
  const conf = new Array<number>(bins).fill(0);
  const acc = new Array<number>(bins).fill(0);
  for (const p of predictions) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor(p.confidence * bins)));
    n[b] = (n[b] as number) + 1;
    conf[b] = (conf[b] as number) + p.confidence;
    acc[b] = (acc[b] as number) + (p.correct ? 1 : 0);
  }
  let ece = 0;
  for (let b = 0; b < bins; b++) {
    const nb = n[b] as number;
    if (nb > 0)
      ece +=
        (nb / predictions.length) * Math.abs((acc[b] as number) / nb - (conf[b] as number) / nb);
  }
  return ece;
}
