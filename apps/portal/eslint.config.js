import { tahubReactConfig } from "@tahub/eslint-config/react";
import hooks from "eslint-plugin-react-hooks";

export default [
  ...tahubReactConfig(import.meta.dirname, {
    // Translation tables: one key per UI string, in three languages. Splitting them by page
    // would only scatter each language over files; they hold no logic.
    dataTables: ["src/i18n/en.ts", "src/i18n/fr.ts", "src/i18n/es.ts"],
  }),
  { ignores: ["test-results/**"] },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": hooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    // Size debt (issue 16, open): components and browser walks still over 60 lines a function
    // on 2026-12-01 (58 functions, the longest 249 lines). They are capped at 250 so they cannot
    // grow; every other file keeps the 60-line limit. Remove a file from this list when it is
    // split (docs/lint.md, "Size debt").
    files: [
      "src/pages/state/NewNeedPage.tsx",
    ],
    rules: {
      "tahub/max-lines-per-function": [
        "error",
        { max: 250, skipBlankLines: true, skipComments: true, IIFEs: true },
      ],
    },
  },
];
