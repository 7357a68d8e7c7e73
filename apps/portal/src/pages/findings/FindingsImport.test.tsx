import { TRPCClientError } from "@trpc/client";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import "../../i18n";
import { recordingTrpc } from "../../lib/recordingTrpc";
import { FindingsImport, importRefusal } from "./FindingsImport";

afterEach(cleanup);

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

describe("the findings import form checks the file before sending it", () => {
  function submitWith(file: File | null) {
    const { calls, wrap } = recordingTrpc();
    render(wrap(<FindingsImport />));
    if (file) {
      fireEvent.change(screen.getByLabelText("CSV or XLSX file"), {
        target: { files: [file] },
      });
    }
    fireEvent.submit(screen.getByRole("button", { name: "Import findings" }));
    return calls;
  }

  it("asks for a file when none is chosen", () => {
    expect(submitWith(null)).toEqual([]);
    expect(screen.getByRole("alert").textContent).toBe("Choose a file first.");
  });

  it("refuses other file types, sending nothing", () => {
    expect(submitWith(new File(["x"], "findings.pdf"))).toEqual([]);
    expect(screen.getByRole("alert").textContent).toBe(
      "Only .csv and .xlsx files can be imported.",
    );
  });

  it("refuses a file over 20 MB, sending nothing", () => {
    const big = new File(["x"], "findings.csv");
    Object.defineProperty(big, "size", { value: 21 * 1024 * 1024 });
    expect(submitWith(big)).toEqual([]);
    expect(screen.getByRole("alert").textContent).toBe("The file is larger than 20 MB.");
  });
});
