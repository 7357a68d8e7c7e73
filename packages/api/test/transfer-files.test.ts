/**
 * Reading and writing files safely (split from transfer.test.ts): CSV encodings, XLSX uploads
 * (hand-written workbooks, ZIP bombs, hidden parts, the row limit, corrupt files) and IATI XML
 * checked against the IATI 2.03 schema.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { crc32, createDeflateRaw } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 300_000);
afterAll(() => h?.close());

// ---------------------------------------------------------------------------------------------
// Text encodings of CSV uploads

describe("CSV encodings", () => {
  const csv =
    "state,text\nCIV,Renforcement des capacités de l'autorité anticorruption de Côte d'Ivoire\n";

  it("refuses a Latin-1 / Windows-1252 CSV with a message asking for UTF-8, storing nothing", async () => {
    const analyst = await h.as("analyst");
    const before = await h.db.prisma.need.count();
    const err = (await analyst.import
      .needs({
        filename: "latin1.csv",
        contentBase64: Buffer.from(csv, "latin1").toString("base64"),
      })
      .catch((e: unknown) => e)) as { code: string; message: string };
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.message).toMatch(/not UTF-8 text \(line 2 /);
    expect(err.message).toContain('save it as "CSV UTF-8"');
    expect(await h.db.prisma.need.count()).toBe(before);
  });

  it("reads UTF-8 with a BOM and UTF-16 with a BOM, accents intact", async () => {
    const analyst = await h.as("analyst");
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, "utf8")]);
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, "utf16le")]);
    const utf16be = Buffer.from(utf16le).swap16();
    for (const [name, buf] of [
      ["utf8.csv", utf8],
      ["utf16le.csv", utf16le],
      ["utf16be.csv", utf16be],
    ] as const) {
      expect(
        await analyst.import.needs({ filename: name, contentBase64: buf.toString("base64") }),
      ).toEqual({ imported: 1 });
    }
    const stored = await h.db.prisma.need.findMany({
      where: { text: { contains: "autorité anticorruption de Côte d'Ivoire" } },
    });
    expect(stored).toHaveLength(3);
  });
});

// ---------------------------------------------------------------------------------------------
// XLSX size, checked before expansion

interface Part {
  name: string;
  /** The part's content as chunks, so a huge part never sits in memory whole. */
  chunks: () => Iterable<Buffer>;
  /** Declare this uncompressed size instead of the true one (a lying header). */
  declare?: number;
  /** Write the part but leave it out of the central directory. */
  hidden?: boolean;
}

async function deflate(chunks: Iterable<Buffer>) {
  const d = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  d.on("data", (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => d.on("end", resolve));
  let size = 0;
  let crc = 0;
  for (const c of chunks) {
    size += c.length;
    crc = crc32(c, crc);
    if (!d.write(c)) await new Promise((resolve) => d.once("drain", resolve));
  }
  d.end();
  await done;
  return { data: Buffer.concat(out), size, crc };
}

/** A minimal ZIP writer (APPNOTE 6.3, deflate, no ZIP64) for crafted workbooks. */
async function zip(parts: Part[]): Promise<Buffer> {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const { data, size, crc } = await deflate(p.chunks());
    const name = Buffer.from(p.name);
    const head = (sig: number, len: number) => {
      const b = Buffer.alloc(len);
      b.writeUInt32LE(sig, 0);
      return b;
    };
    const lh = head(0x04034b50, 30);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(8, 8);
    lh.writeUInt16LE(0x21, 12);
    lh.writeUInt32LE(crc >>> 0, 14);
    lh.writeUInt32LE(data.length, 18);
    lh.writeUInt32LE(p.declare ?? size, 22);
    lh.writeUInt16LE(name.length, 26);
    const ch = head(0x02014b50, 46);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(8, 10);
    ch.writeUInt16LE(0x21, 14);
    ch.writeUInt32LE(crc >>> 0, 16);
    ch.writeUInt32LE(data.length, 20);
    ch.writeUInt32LE(p.declare ?? size, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    local.push(lh, name, data);
    if (!p.hidden) central.push(ch, name);
    offset += lh.length + name.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const listed = parts.filter((p) => !p.hidden).length;
  end.writeUInt16LE(listed, 8);
  end.writeUInt16LE(listed, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, cd, end]);
}

const text = (s: string) => () => [Buffer.from(s)];
const WORKBOOK_PARTS: Part[] = [
  {
    name: "[Content_Types].xml",
    chunks: text(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  },
  {
    name: "_rels/.rels",
    chunks: text(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
  },
  {
    name: "xl/workbook.xml",
    chunks: text(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="needs" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
  },
  {
    name: "xl/_rels/workbook.xml.rels",
    chunks: text(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
  },
];

const cell = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t>${s}</t></is></c>`;
const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  `<row r="1">${cell("A1", "state")}${cell("B1", "text")}</row><row r="2">${cell("A2", "KEN")}<c r="B2" t="inlineStr"><is><t>`;
const SHEET_TAIL = "</t></is></c></row></sheetData></worksheet>";

/** A sheet whose one text cell is `mb` megabytes of the same letter: compresses ~1000 to 1. */
const hugeSheet = (mb: number, declare?: number): Part => ({
  name: "xl/worksheets/sheet1.xml",
  declare,
  chunks: function* () {
    yield Buffer.from(SHEET_HEAD);
    const block = Buffer.alloc(1024 * 1024, "a");
    for (let i = 0; i < mb; i++) yield block;
    yield Buffer.from(SHEET_TAIL);
  },
});

describe("XLSX uploads", () => {
  const upload = async (filename: string, buf: Buffer) =>
    (await (
      await h.as("analyst")
    ).import
      .needs({ filename, contentBase64: buf.toString("base64") })
      .catch((e: unknown) => e)) as { code: string; message: string; imported?: number };

  it("imports a workbook written by hand (the ZIP reader agrees with exceljs)", async () => {
    const sheet: Part = {
      name: "xl/worksheets/sheet1.xml",
      chunks: text(
        `${SHEET_HEAD}Whistle-blower protection law review for the national assembly${SHEET_TAIL}`,
      ),
    };
    expect(await upload("hand.xlsx", await zip([...WORKBOOK_PARTS, sheet]))).toEqual({
      imported: 1,
    });
  });

  it("refuses a ZIP bomb from its directory, before expanding it", async () => {
    // 160 MB of sheet XML in well under 1 MB of file.
    const bomb = await zip([...WORKBOOK_PARTS, hugeSheet(160)]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = await h.db.prisma.need.count();
    const err = await upload("bomb.xlsx", bomb);
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.message).toMatch(/^The XLSX expands to 160 MB; the limit is 100 MB/);
    expect(await h.db.prisma.need.count()).toBe(before);
  });

  it("refuses a ZIP bomb whose headers understate its size, as soon as it outgrows them", async () => {
    const liar = await zip([...WORKBOOK_PARTS, hugeSheet(160, 4096)]);
    const err = await upload("liar.xlsx", liar);
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.message).toContain(
      "expands to more than it declares (part xl/worksheets/sheet1.xml); it looks like a ZIP bomb",
    );
  });

  it("refuses a part hidden from the ZIP directory (the streaming reader would still read it)", async () => {
    const hidden = await zip([...WORKBOOK_PARTS, { ...hugeSheet(160), hidden: true }]);
    const err = await upload("hidden.xlsx", hidden);
    expect(err).toMatchObject({ code: "BAD_REQUEST" });
    expect(err.message).toBe("The XLSX is damaged: it holds data the ZIP directory does not list");
  });

  it("stops reading a sheet at the row limit", async () => {
    const rows = 50_001;
    const sheet: Part = {
      name: "xl/worksheets/sheet1.xml",
      chunks: function* () {
        yield Buffer.from(
          SHEET_HEAD + `Header need${SHEET_TAIL}`.replace("</sheetData></worksheet>", ""),
        );
        for (let r = 3; r <= rows + 2; r++)
          yield Buffer.from(
            `<row r="${r}">${cell(`A${r}`, "KEN")}${cell(`B${r}`, `Need ${r}`)}</row>`,
          );
        yield Buffer.from("</sheetData></worksheet>");
      },
    };
    const err = await upload("rows.xlsx", await zip([...WORKBOOK_PARTS, sheet]));
    expect(err).toMatchObject({ code: "BAD_REQUEST" });
    expect(err.message).toBe("The file has more than 50000 rows; the limit is 50000");
  });

  it("refuses a corrupt or truncated XLSX with a clear message", async () => {
    const junk = await upload("junk.xlsx", Buffer.from("this is not a spreadsheet at all"));
    expect(junk).toMatchObject({ code: "BAD_REQUEST" });
    expect(junk.message).toContain("not a valid .xlsx (ZIP) file");
    const good = await zip([...WORKBOOK_PARTS, hugeSheet(1)]);
    const cut = await upload("cut.xlsx", good.subarray(0, good.length - 40));
    expect(cut).toMatchObject({ code: "BAD_REQUEST" });
    expect(cut.message).toMatch(/^The XLSX/);
    // A sound ZIP whose sheet is not XML reaches exceljs and still gets a 400.
    const notXml: Part = { name: "xl/worksheets/sheet1.xml", chunks: text("<<<not xml") };
    const bad = await upload("bad.xlsx", await zip([...WORKBOOK_PARTS, notXml]));
    expect(bad).toMatchObject({ code: "BAD_REQUEST" });
    expect(bad.message).toMatch(/^The XLSX could not be read/);
  });
});

// ---------------------------------------------------------------------------------------------
// Exports

const require = createRequire(import.meta.url);
/** exceljs's own XML reader (saxes), already a dependency: it throws on a character XML forbids. */
const parseSax = require("exceljs/lib/utils/parse-sax.js") as (
  chunks: Iterable<string>,
) => AsyncIterable<unknown>;

/** libxml2's verdict on an XML file against the IATI 2.03 activity schema (the fixtures). */
async function iatiSchemaErrors(xmlText: string): Promise<string[]> {
  const { validateXML } = await import("xmllint-wasm");
  const dir = new URL("./fixtures/iati-2.03/", import.meta.url);
  const file = (name: string) => ({
    fileName: name,
    contents: readFileSync(new URL(name, dir), "utf8"),
  });
  const result = await validateXML({
    xml: [{ fileName: "export.xml", contents: xmlText }],
    schema: [file("iati-activities-schema.xsd")],
    preload: [file("iati-common.xsd"), file("xml.xsd")],
  });
  return result.errors.map((e) => e.rawMessage);
}

describe("IATI XML", () => {
  beforeAll(async () => {
    const admin = await h.as("admin");
    // One need without an identification date (its start date is the day it was recorded),
    // one with; one offer with a period, one without.
    await admin.needs.create({
      state: "UGA",
      text: "Training for asset declaration verifiers",
      articles: [8],
    });
    await admin.needs.create({
      state: "UGA",
      text: "Drafting a beneficial ownership regulation",
      articles: [12],
      identifiedOn: "2023-05-17",
    });
    await admin.offers.create({
      providerId: h.ids.provider,
      title: "Asset declaration systems",
      description: "Advice on electronic asset declaration systems & their verification",
      modalities: ["policy-advice"],
      articles: [8],
    });
    await admin.offers.create({
      providerId: h.ids.otherProvider,
      title: "Beneficial ownership registers",
      description: "Peer exchange on registers of beneficial owners",
      modalities: ["peer-learning"],
      articles: [12],
      period: { from: "2026-01-01", to: "2027-12-31" },
    });
  });

  it("exports needs that the IATI 2.03 schema accepts: participating organisation and start date included", async () => {
    const out = await (await h.as("public")).export.needs({ format: "iati", state: "UGA" });
    expect(out.count).toBeGreaterThan(0);
    expect(await iatiSchemaErrors(out.body)).toEqual([]);
    const activities = out.body.split("<iati-activity ").length - 1;
    expect(activities).toBe(out.count);
    expect(out.body.split("<participating-org ").length - 1).toBe(activities);
    expect(out.body.split("<activity-date ").length - 1).toBe(activities);
  });

  it("exports offers that the IATI 2.03 schema accepts, with or without a period", async () => {
    const out = await (await h.as("analyst")).export.offers({ format: "iati" });
    expect(out.count).toBeGreaterThan(0);
    expect(await iatiSchemaErrors(out.body)).toEqual([]);
    expect(out.body).toContain('<activity-date type="1" iso-date="2026-01-01"/>');
    expect(out.body).toContain('<activity-date type="3" iso-date="2027-12-31"/>');
  });

  it("is checked by a validator that does reject an activity without a participating organisation", async () => {
    const out = await (await h.as("public")).export.needs({ format: "iati", state: "UGA" });
    const broken = out.body.replace(/<participating-org [^>]*>.*?<\/participating-org>/, "");
    expect((await iatiSchemaErrors(broken)).join("\n")).toMatch(/participating-org/);
  });

  it("stays well-formed when a need's text holds control characters", async () => {
    const analyst = await h.as("analyst");
    await analyst.needs.create({
      state: "PER",
      text: "Control\u0001 characters\u000Bpasted from a word processor\u001F here",
    });
    const out = await analyst.export.needs({ format: "iati", state: "PER" });
    // eslint-disable-next-line no-control-regex -- looking for exactly these characters
    expect(out.body).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(out.body).toContain("Control characters pasted from a word processor here");
    await expect(
      (async () => {
        for await (const events of parseSax([out.body])) void events;
      })(),
    ).resolves.toBeUndefined();
  });
});
