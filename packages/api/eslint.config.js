import { tahubConfig } from "@tahub/eslint-config/base";

const size = { skipBlankLines: true, skipComments: true };

export default [
  ...tahubConfig(import.meta.dirname),
  {
    // Size debt (issue 16, open): test files still over 400 lines on 2026-12-01, capped at 500
    // so they cannot grow. No function is over 60 lines any more. Remove a file from this list
    // when it is split (docs/lint.md, "Size debt").
    files: ["test/state-actions.test.ts"],
    rules: { "max-lines": ["error", { max: 500, ...size }] },
  },
];
