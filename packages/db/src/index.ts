export { createDb, withDb, type CreateDbOptions, type Db } from "./client.js";
export {
  createAdapter,
  isPostgresUrl,
  MEMORY,
  pgConfigFromUrl,
  redactUrl,
  resolveTarget,
  type Backend,
  type DbTarget,
} from "./adapter.js";
export { defaultDataDir, readEnv, repoRoot } from "./env.js";
export { migrate, resetSchema, listMigrations, type MigrateResult } from "./migrate.js";
export { rawTransaction, type RawTx } from "./raw.js";
export { DbError, mapDbErrors, toDbError, validate, type DbErrorCode } from "./errors.js";
export { loadReferenceData } from "./reference.js";
export { hashPassword, verifyPassword } from "./password.js";
export * from "./generated/prisma/client.js";
export {
  analytics,
  defaultPeriods,
  needsBySupply,
  SqlParams,
  tallyWhere,
  tierScope,
  type Analytics,
  type AnalyticsOptions,
  type SupplyCell,
} from "./analytics.js";
export { crossTabs, type CrossTabCell, type CrossTabOptions, type CrossTabs } from "./crosstabs.js";
export { needTexts, type NeedText, type NeedTextOptions } from "./texts.js";
export {
  seedDemo,
  seedScale,
  buildDemo,
  DEMO_PASSWORD,
  DEMO_USERS,
  type SeedResult,
} from "./seed/index.js";
export { planDemo, verifyPlan, type DemoPlan } from "./seed/plan.js";
export {
  dumpPGlite,
  exportLogical,
  importLogical,
  readLogicalBackup,
  restorePGlite,
  writeLogicalBackup,
  TABLES,
  type LogicalBackup,
} from "./backup.js";
export { dataVersion, versionReader, type VersionReader } from "./version.js";
// donors (issue 15, deliverable 5)
export {
  evaluationAggregates,
  EVALUATION_DIMENSIONS,
  EVALUATION_RATERS,
  type EvaluationCell,
  type EvaluationOptions,
} from "./evaluations.js";
