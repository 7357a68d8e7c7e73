import { tahubConfig } from "@tahub/eslint-config/base";

export default tahubConfig(import.meta.dirname, {
  dataTables: [
    // The labelling guideline's decision list: one record per rule, with head phrases in three
    // languages and the note's paragraphs it rests on. The code that reads it is guideline.ts.
    "src/taxonomy/guideline-rules.ts",
  ],
});
