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
];
