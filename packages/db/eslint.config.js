import { tahubConfig } from "@tahub/eslint-config/base";

export default tahubConfig(import.meta.dirname, {
  // Maintenance scripts run with tsx; the package's tsconfig covers src and test only, so
  // they are type-checked here with its options.
  allowDefaultProject: ["scripts/*.mts"],
  dataTables: [
    // The demo's supply side: providers, offers, experts and knowledge-bank records, written
    // out one object per record.
    "src/seed/supply.ts",
  ],
});
