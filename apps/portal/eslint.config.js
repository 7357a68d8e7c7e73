import react from "@tahub/eslint-config/react";
import hooks from "eslint-plugin-react-hooks";

export default [
  ...react,
  { ignores: ["test-results/**"] },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": hooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
];
