import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "./harness.js";
import { must } from "./must.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 300_000);
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
    const detail = await analyst.needs.byId({ id: must(list.items[0]).id });
    expect(detail.statusHistory[0]?.note).toMatch(/imported from batch.csv/);
    expect(detail.identifiedOn).toBeNull();
    // The rows went through the stage and left nothing there.
    expect(await h.db.prisma.needImportStage.count()).toBe(0);
  });

  it("moves a staged import into the needs as a whole: every field, dates included", async () => {
    const analyst = await h.as("analyst");
    const csv =
      "state,text,articles,confidentiality,gender_responsive,identified_on\nKEN,Staged need on whistle-blower hotlines,33,donors-secretariat,yes,2023-05-17\n";
    await analyst.import.needs({ filename: "staged.csv", contentBase64: b64(csv) });
    const id = must((await analyst.needs.list({ q: "whistle-blower hotlines" })).items[0]).id;
    expect(await analyst.needs.byId({ id })).toMatchObject({
      state: "KEN",
      articles: [33],
      confidentiality: "donors-secretariat",
      genderResponsive: true,
      identifiedOn: "2023-05-17",
      version: 1,
    });
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
      {
        row: 9_001,
        field: "articles.0",
        message: "the Convention ends at article 71",
        code: "too_big",
        params: { maximum: 71, origin: "number" },
      },
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

  it("refuses a sheet far wider than a needs sheet before reading its rows, CSV or XLSX", async () => {
    const admin = await h.as("admin");
    const header = Array.from({ length: 2_000 }, (_, i) => `c${i}`);
    const csv = [header.join(","), ...Array.from({ length: 50 }, () => "KEN")].join("\n");
    await expect(
      admin.import.needs({ filename: "wide.csv", contentBase64: b64(csv) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/columns/) });
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("needs");
    ws.addRow(header);
    for (let i = 0; i < 50; i++) ws.addRow(["KEN"]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    await expect(
      admin.import.needs({ filename: "wide.xlsx", contentBase64: buf.toString("base64") }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/columns/) });
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
      "id,state,stateName,region,cycle,chapter,articles,category,categories,status,confidentiality,confidence,identifiedOn,genderResponsive,text",
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

describe("confidentiality in every export", () => {
  it("is a column of the needs and offers CSV and a field of their JSON", async () => {
    const admin = await h.as("admin");
    await admin.needs.create({
      state: "GHA",
      text: "Restricted need on witness protection",
      confidentiality: "secretariat-only",
    });
    const csv = await admin.export.needs({ format: "csv", state: "GHA" });
    const [header, ...lines] = csv.body.trim().split("\r\n");
    const col = must(header).split(",").indexOf("confidentiality");
    expect(col).toBeGreaterThan(-1);
    const restricted = must(lines.find((l) => l.includes("witness protection")));
    expect(restricted.split(",")[col]).toBe("secretariat-only");
    const json = JSON.parse((await admin.export.needs({ format: "json", state: "GHA" })).body);
    expect(json.map((r: { confidentiality: string }) => r.confidentiality)).toContain(
      "secretariat-only",
    );

    const provider = await h.as("provider");
    await provider.offers.create({
      providerId: h.ids.provider,
      title: "Mentoring for asset declaration officers",
      description: "Remote mentoring over six months.",
      modalities: ["mentoring"],
      confidentiality: "donors-secretariat",
    });
    const offers = await admin.export.offers({ format: "csv" });
    const [oh, ...ol] = offers.body.trim().split("\r\n");
    const ocol = must(oh).split(",").indexOf("confidentiality");
    expect(ocol).toBeGreaterThan(-1);
    expect(must(ol.find((l) => l.includes("Mentoring for asset"))).split(",")[ocol]).toBe(
      "donors-secretariat",
    );
    const ojson = JSON.parse((await admin.export.offers({ format: "json" })).body);
    expect(ojson.find((o: { title: string }) => o.title.startsWith("Mentoring"))).toMatchObject({
      confidentiality: "donors-secretariat",
    });
  });
});
