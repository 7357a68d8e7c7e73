import { tahubConfig } from "@tahub/eslint-config/base";

export default tahubConfig(import.meta.dirname, {
  // The evaluation and corpus scripts are run by hand with tsx; the package's tsconfig covers
  // src and test only, so they are type-checked here with its options.
  allowDefaultProject: ["scripts/*.ts"],
  dataTables: [
    // The knowledge base: the Convention's concepts, their terms in three languages, the
    // cue words of each form of assistance and the trilingual glossary. Lists, not logic.
    "src/knowledge/chapter*.ts",
    "src/knowledge/cues.ts",
    "src/knowledge/glossary-data.ts",
    // French and Spanish counterparts of the concepts' terms, term by term.
    "src/match/concept-terms.ts",
    // Training data for the classifier: topic phrases per article, hand-written needs and the
    // writers' corpus generated from corpus/raw-*.jsonl.
    "src/classify/training/topics.ts",
    "src/classify/training/handwritten.ts",
    "src/classify/training/corpus/writers.ts",
    // The evaluation's judged candidate set (generated source for eval/match/build.mjs).
    "eval/match/*.src.mjs",
  ],
});
