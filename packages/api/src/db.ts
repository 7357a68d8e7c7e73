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

/** Maps storage errors (already DbError, or raw Prisma errors) to AppError; null for anything else. */
export function toAppError(e: unknown): AppError | null {
  if (e instanceof AppError) return e;
  if (e instanceof DbError) return new AppError(DB_TO_APP[e.code], e.message, e.field);
  const code = (e as { code?: unknown } | null)?.code;
  if (code === "P2002") return new AppError("CONFLICT", "a record with this value already exists");
  if (code === "P2003") return new AppError("BAD_INPUT", "a referenced record does not exist");
  if (code === "P2025") return new AppError("NOT_FOUND", "record not found");
  // Text the database cannot store (SQLSTATE 22021/22P05, or a lone surrogate the query engine
  // refuses) is recognised once, in the storage layer's mapping, and is the caller's bad input.
  const db = toDbError(e);
  if (db instanceof DbError && db.code === "invalid") return new AppError("BAD_INPUT", db.message);
  return null;
}
