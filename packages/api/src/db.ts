import { DbError, toDbError, type PrismaClient } from "@tahub/db";
import { AppError } from "./errors.js";

export type DbClient = PrismaClient;

const DB_TO_APP = {
  unique: "CONFLICT",
  "foreign-key": "BAD_INPUT",
  "not-found": "NOT_FOUND",
  invalid: "BAD_INPUT",
  unknown: "INTERNAL",
} as const;

/**
 * Maps storage errors to AppError; null for anything else. The storage layer's `toDbError` is
 * the one place that reads Prisma's codes (P2002, P2003, P2025) and the database's refusals of
 * unstorable text; this maps its DbError codes to the API's, and nothing else.
 */
export function toAppError(e: unknown): AppError | null {
  if (e instanceof AppError) return e;
  const db = toDbError(e);
  return db instanceof DbError ? new AppError(DB_TO_APP[db.code], db.message, db.field) : null;
}
