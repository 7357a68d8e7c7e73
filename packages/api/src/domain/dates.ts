/**
 * Transitional re-export: `src/domain` became `src/services` (Prisma work) and `src/lib`
 * (pure helpers) in issue 16. The findings modules and services/matcher.ts still import this
 * path; delete this file once they import `../lib/dates.js`.
 */
export * from "../lib/dates.js";
