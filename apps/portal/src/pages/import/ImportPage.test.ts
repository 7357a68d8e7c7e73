import { describe, expect, it } from "vitest";
import { fileProblem } from "./ImportPage";

describe("the file chosen for a batch import", () => {
  it("is sent when it is a CSV or XLSX file of at most 20 MB", () => {
    expect(fileProblem({ name: "needs.CSV", size: 1_000 })).toBeNull();
    expect(fileProblem({ name: "needs.xlsx", size: 20 * 1024 * 1024 })).toBeNull();
  });

  it("says what is wrong otherwise: none chosen, another type, too big", () => {
    expect(fileProblem(null)).toBe("import.chooseFile");
    expect(fileProblem({ name: "needs.xls", size: 1_000 })).toBe("import.badType");
    expect(fileProblem({ name: "needs.csv", size: 20 * 1024 * 1024 + 1 })).toBe("import.tooBig");
  });
});
