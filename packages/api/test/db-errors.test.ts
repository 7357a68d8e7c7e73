/**
 * One mapping from storage to API errors (issue 16): Prisma's codes are read only by the storage
 * layer's toDbError; toAppError maps its DbError codes to the API's.
 */
import { DbError } from "@tahub/db";
import { describe, expect, it } from "vitest";
import { toAppError } from "../src/db.js";
import { AppError } from "../src/errors.js";

const prismaError = (code: string, meta: Record<string, unknown>) =>
  Object.assign(new Error(`prisma ${code}`), { code, meta });

describe("storage errors as API errors", () => {
  it("maps a unique violation to CONFLICT naming the field", () => {
    const e = toAppError(prismaError("P2002", { modelName: "Offer", target: ["title"] }));
    expect(e).toBeInstanceOf(AppError);
    expect(e).toMatchObject({ code: "CONFLICT", field: "title" });
  });

  it("maps a missing reference to BAD_INPUT and a missing record to NOT_FOUND", () => {
    expect(
      toAppError(prismaError("P2003", { modelName: "Need", field_name: "stateId" })),
    ).toMatchObject({
      code: "BAD_INPUT",
    });
    expect(toAppError(prismaError("P2025", { modelName: "Need" }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("maps a DbError by its code and passes an AppError through", () => {
    expect(toAppError(new DbError("invalid", "bad", "text"))).toMatchObject({
      code: "BAD_INPUT",
      field: "text",
    });
    const app = new AppError("FORBIDDEN", "no");
    expect(toAppError(app)).toBe(app);
  });

  it("leaves anything else to the caller", () => {
    expect(toAppError(new Error("boom"))).toBeNull();
    expect(toAppError(prismaError("P1001", {}))).toBeNull();
  });
});
