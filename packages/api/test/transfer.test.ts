import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 120_000);
afterAll(() => h?.close());

const b64 = (s: string) => Buffer.from(s).toString("base64");

describe("importing needs", () => {
  it("imports every row of a good CSV, classified, with an import status entry", async () => {
    const analyst = await h.as("analyst");
    const csv =
      'state,text,articles,category\nKEN,"Training of FIU analysts, including on virtual assets",58,capacity-building\nPER,Review of the procurement law,9,\n';
    expect(await analyst.import.needs({ filename: "batch.csv", contentBase64: b64(csv) })).toEqual({
      imported: 2,
    });
    const list = await analyst.needs.list({ q: "virtual assets" });
    expect(list.items[0]).toMatchObject({
      state: "KEN",
      articles: [58],
      category: "capacity-building",
      needsReview: false,
    });
    const detail = await analyst.needs.byId({ id: list.items[0]!.id });
    expect(detail.statusHistory[0]?.note).toMatch(/imported from batch.csv/);
  });

  it("stores nothing when any row is bad, and reports every bad row with its field", async () => {
    const analyst = await h.as("analyst");
    const before = (await analyst.needs.list({})).total;
    const rows = [
      "state,text,articles",
      "KEN,A good need about asset declarations,52",
      "XXX,Unknown State need,5",
      "KEN,,5",
      "KEN,Article out of range,99",
    ];
    const err = (await analyst.import
      .needs({ filename: "bad.csv", contentBase64: b64(rows.join("\n")) })
      .catch((e: unknown) => e)) as {
      code: string;
      shape?: { data?: { details?: { rows: { row: number; field: string }[] } } };
      cause?: { details?: { rows: { row: number; field: string }[] } };
    };
    expect(err.code).toBe("BAD_REQUEST");
    const reported = err.cause?.details?.rows ?? [];
    expect(reported.map((r) => `${r.row}:${r.field}`)).toEqual([
      "3:state",
      "4:text",
      "5:articles.0",
    ]);
    expect((await analyst.needs.list({})).total).toBe(before);
  });

  it("stores nothing when row 9,000 of a large file is bad, and names that row", async () => {
    const analyst = await h.as("analyst");
    const before = (await analyst.needs.list({})).total;
    const rows = ["state,text,articles"];
    for (let i = 1; i < 9_000; i++)
      rows.push(`KEN,Training session ${i} for procurement officers,9`);
    rows.push("KEN,Row nine thousand cites a missing article,72");
    const err = (await analyst.import
      .needs({ filename: "big.csv", contentBase64: b64(rows.join("\n")) })
      .catch((e: unknown) => e)) as {
      cause?: { details?: { rows: { row: number; field: string }[] } };
    };
    // Data row 9,000 is line 9,001 of the file (the header is line 1), as a spreadsheet shows it.
    expect(err.cause?.details?.rows).toEqual([
      { row: 9_001, field: "articles.0", message: "the Convention ends at article 71" },
    ]);
    expect((await analyst.needs.list({})).total).toBe(before);
  });

  it("reads XLSX workbooks", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("needs");
    ws.addRow(["State", "Text", "Articles"]);
    ws.addRow(["GHA", "Peer learning on beneficial ownership registers", "14; 52"]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const r = await (
      await h.as("admin")
    ).import.needs({ filename: "needs.xlsx", contentBase64: buf.toString("base64") });
    expect(r.imported).toBe(1);
  });

  it("refuses a file type it cannot read", async () => {
    await expect(
      (await h.as("admin")).import.needs({ filename: "needs.pdf", contentBase64: b64("%PDF") }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("exporting", () => {
  it("exports visible needs as CSV with a header and neutralised formulas", async () => {
    const analyst = await h.as("analyst");
    await analyst.needs.create({ state: "KEN", text: "=HYPERLINK(evil) support for training" });
    const out = await analyst.export.needs({ format: "csv", state: "KEN" });
    expect(out.body.split("\r\n")[0]).toBe(
      "id,state,stateName,region,cycle,chapter,articles,category,categories,status,confidence,identifiedOn,genderResponsive,text",
    );
    expect(out.body).toContain("'=HYPERLINK(evil)");
  });

  it("exports IATI activity XML with the recipient country and the UNCAC articles", async () => {
    const out = await (await h.as("public")).export.needs({ format: "iati", state: "KEN" });
    expect(out.body).toMatch(/^<\?xml/);
    expect(out.body).toContain('<recipient-country code="KE"');
    expect(out.body).toContain('code="UNCAC-58"');
  });
});
