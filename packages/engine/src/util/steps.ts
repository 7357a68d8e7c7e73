/**
 * Long computations written once as generators that `yield` at safe points (every few thousand
 * records), and run either straight through (`runSteps`) or in time slices that give the event
 * loop back between them (`runStepsInSlices`): a server rebuilding an index of 100,000 records
 * then keeps answering other requests while it builds.
 */
export type Steps<R> = Generator<void, R, void>;

/** Runs `steps` to the end without pausing. */
export function runSteps<R>(steps: Steps<R>): R {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** A macrotask boundary: timers, I/O and other requests run before the next slice. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs `steps` in slices of about `sliceMs` milliseconds of work, pausing between slices. The
 * result is the same as `runSteps`'s: only when the work runs differs.
 */
export async function runStepsInSlices<R>(steps: Steps<R>, sliceMs = 20): Promise<R> {
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}
