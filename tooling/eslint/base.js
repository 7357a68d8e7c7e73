// Shared flat config for every package: recommended JS rules, typescript-eslint's type-aware
// preset and the project's own rules (docs/lint.md says why each one is on).
//
// Use: `export default tahubConfig(import.meta.dirname, { ... })` in a package's
// eslint.config.js. The directory is the package's, so the project service finds the
// package's tsconfig.json for each file it lints.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";
import { sizePlugin } from "./size.js";

/** Vitest files: `test/**` folders and `*.test.ts(x)` next to the code. */
export const TEST_FILES = ["**/test/**/*.{ts,tsx,mts}", "**/*.test.{ts,tsx,mts}"];
const JS_FILES = ["**/*.{js,mjs,cjs}"];

/**
 * @param {string} tsconfigRootDir the package's directory (`import.meta.dirname`)
 * @param {{ allowDefaultProject?: string[], dataTables?: string[], browser?: boolean }} [options]
 *   allowDefaultProject: TypeScript files outside the package's tsconfig (at most 8, no `**`),
 *   type-checked with the tsconfig's options; dataTables: files that are data, not code,
 *   exempt from the file-size guard (each package's config says why).
 */
export function tahubConfig(tsconfigRootDir, options = {}) {
  const { allowDefaultProject = [], dataTables = [], browser = false } = options;
  return defineConfig(
    // scratch/: untracked experiments (profiling, one-off checks), outside every tsconfig.
    {
      ignores: ["**/dist/**", "**/generated/**", "**/coverage/**", "**/.data/**", "**/scratch/**"],
    },
    js.configs.recommended,
    tseslint.configs.recommendedTypeChecked,
    {
      languageOptions: {
        globals: { ...globals.node, ...(browser ? globals.browser : {}) },
        parserOptions: {
          projectService:
            allowDefaultProject.length > 0
              ? { allowDefaultProject, defaultProject: "tsconfig.json" }
              : true,
          tsconfigRootDir,
        },
      },
      plugins: { tahub: sizePlugin },
      rules: {
        "@typescript-eslint/no-unused-vars": [
          "error",
          { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
        ],
        "@typescript-eslint/consistent-type-imports": "error",
        "no-console": "off",
        // Issue 16's rules. A `!` hides a missing value until it crashes somewhere else; a
        // promise nobody awaits loses its error; a switch over a union must name every member
        // (a `default` counts: it is a decision, written down).
        "@typescript-eslint/no-non-null-assertion": "error",
        "@typescript-eslint/no-floating-promises": "error",
        "@typescript-eslint/switch-exhaustiveness-check": [
          "error",
          { considerDefaultExhaustiveForUnions: true },
        ],
        // Size guards: a file over 400 lines or a function over 60 is split (data tables
        // excepted, per package). The function rule skips a vitest `describe` callback only.
        "max-lines": ["error", { max: 400, skipBlankLines: true, skipComments: true }],
        "tahub/max-lines-per-function": [
          "error",
          { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true },
        ],
      },
    },
    {
      // Tests read `any` on purpose: parsed JSON bodies, CLI output, vi.fn() mocks and
      // deliberately malformed inputs. Each value is checked by an `expect` right after, so
      // the no-unsafe-* family only adds casts there. Everything else applies to tests,
      // including no-non-null-assertion, no-floating-promises and both size guards.
      files: TEST_FILES,
      rules: {
        "@typescript-eslint/no-unsafe-assignment": "off",
        "@typescript-eslint/no-unsafe-member-access": "off",
        "@typescript-eslint/no-unsafe-call": "off",
        "@typescript-eslint/no-unsafe-argument": "off",
        "@typescript-eslint/no-unsafe-return": "off",
      },
    },
    {
      // Plain JavaScript (eslint.config.js, the engine's .mjs build scripts) has no types for
      // the type-aware rules to read; they are off there, the rest stays on.
      files: JS_FILES,
      extends: [tseslint.configs.disableTypeChecked],
    },
    dataTables.length > 0 ? { files: dataTables, rules: { "max-lines": "off" } } : {},
  );
}
