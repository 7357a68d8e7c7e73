// The six cycle-2 groupings, for the plain-node scripts that cannot import the TypeScript
// sources of @tahub/domain (build-corpus, build-test-set). `categories.test.ts` checks that
// this list is CATEGORY_IDS.
export const CATEGORY_IDS = [
  "capacity-building",
  "legislative-assistance",
  "institution-building",
  "policymaking",
  "research-data",
  "international-cooperation",
];
