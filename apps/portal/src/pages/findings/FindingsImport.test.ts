import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { importRefusal } from "./FindingsImport";

/** A tRPC client error as the portal receives it, with the API's `details`. */
function refused(code: string, details: unknown) {
  return TRPCClientError.from({
    error: { message: "refused", code: -32600, data: { code, httpStatus: 400, details } },
  });
}

const row = { row: 3, field: "recommendation", reason: "required", message: "Required" };

describe("what a refused findings import reports", () => {
  it("lists the refused rows of a bad-request refusal", () => {
    expect(importRefusal(refused("BAD_REQUEST", { rows: [row] }))).toEqual({
      rows: [row],
      missing: [],
    });
  });

  it("names the missing columns when the sheet lacks some", () => {
    expect(importRefusal(refused("BAD_REQUEST", { missingColumns: ["state"] }))).toEqual({
      rows: [],
      missing: ["state"],
    });
  });

  it("reads no rows from any other refusal, and nothing when there is no error", () => {
    expect(importRefusal(refused("FORBIDDEN", { rows: [row] })).rows).toEqual([]);
    expect(importRefusal(null)).toEqual({ rows: [], missing: [] });
  });
});
