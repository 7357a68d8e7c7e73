// Shared vitest defaults. Packages call `defineProject(base)` or spread it.
// Forks keep PGlite (WASM) and natural out of each other's heap; two workers match the 2-core CI machine.
/** @type {import("vitest/config").UserConfig} */
export const base = {
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { DOTENV_CONFIG_QUIET: "true", CHECKPOINT_DISABLE: "1" },
  },
};
export default base;
