import { base } from "@tahub/vitest-config";
import react from "@vitejs/plugin-react";
import { defineProject } from "vitest/config";

// Unit tests of components and utilities in a simulated DOM; the browser suite
// (test/browser) drives real Chromium and runs through `test:browser`, not here.
export default defineProject({
  plugins: [react()],
  test: {
    ...base.test,
    include: ["src/**/*.test.{ts,tsx}"],
    environment: "happy-dom",
  },
});
