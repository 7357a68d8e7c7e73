// Shared vitest defaults. Packages call `defineProject(base)` or spread it.
// Forks keep PGlite (WASM) and natural out of each other's heap; two workers match the 2-core CI machine.
// The timeouts only catch hangs (a timed test would be flaky on a loaded 2-core machine): speed is
// measured by the bench commands, never asserted here.
/** @type {typeof import("./index.d.ts").base} */
export const base = {
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    env: { DOTENV_CONFIG_QUIET: "true", CHECKPOINT_DISABLE: "1" },
  },
};
