import { tahubConfig } from "@tahub/eslint-config/base";

const size = { skipBlankLines: true, skipComments: true };

export default [
  ...tahubConfig(import.meta.dirname),
  {
    // Size debt (issue 16, open): functions still over 60 lines on 2026-12-01 (13; the longest,
    // the side-door walk's seed, 181 lines). Capped at 200 so they cannot grow; every other
    // file keeps 60. Remove a file from this list when it is split (docs/lint.md, "Size debt").
    files: [
      "test/expert-records.test.ts",
      "test/findings.test.ts",
    ],
    rules: {
      "tahub/max-lines-per-function": ["error", { max: 200, ...size, IIFEs: true }],
    },
  },
  {
    // Size debt: test files over 400 lines (the longest 491), capped at 500.
    files: [
      "test/state-actions.test.ts",
      "test/transfer.test.ts",
    ],
    rules: { "max-lines": ["error", { max: 500, ...size }] },
  },
];
