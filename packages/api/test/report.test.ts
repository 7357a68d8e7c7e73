/**
 * The draft note (issue 14, part 3), read back the way Word would: the DOCX is unzipped, every
 * XML part must be well-formed, the figures must be images (SVG with a PNG fallback) and tables,
 * and every number in the text and the tables must equal the analytics for the same as-at day.
 * The numbers are read out of the document's XML with patterns written in note-paragraphs.ts,
 * independently of how the note builds its sentences; a paragraph left with a digit no pattern
 * accounts for fails.
 */
import { CATEGORIES, CYCLE1_CATEGORIES, REGIONAL_GROUPS, getArticle } from "@tahub/domain";
import { analytics, seedDemo, type Analytics } from "@tahub/db";
import { analyse, findConcepts, type Language } from "@tahub/engine";
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, outcome, type Harness } from "./harness.js";
import { must } from "./must.js";
import { checkParagraphs, dayOf, num, pct, type Body } from "./note-paragraphs.js";

let h: Harness;

beforeAll(async () => {
  h = await createHarness();
  await seedDemo(h.db.prisma);
}, 300_000);

afterAll(() => h?.close());

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/**
 * libxml2's verdict on each part (xmllint without a schema only parses): Word refuses a document
 * with a malformed part. xmldom below reads the parts but forgives some errors.
 */
async function wellFormed(parts: Record<string, string>): Promise<string[]> {
  const { validateXML } = await import("xmllint-wasm");
  const problems: string[] = [];
  for (const [fileName, contents] of Object.entries(parts)) {
    const r = await validateXML({
      xml: { fileName: fileName.replace(/[^\w.]/g, "_"), contents },
      normalization: "format",
    });
    if (!r.valid) problems.push(`${fileName}: ${r.rawOutput}`);
  }
  return problems;
}

/** Parses XML for reading, failing on any error or warning xmldom reports. */
function parseXml(xml: string, part: string): Document {
  const problems: string[] = [];
  const report = (level: string) => (msg: string) => problems.push(`${part}: ${level} ${msg}`);
  const doc = new DOMParser({
    errorHandler: {
      warning: report("warning"),
      error: report("error"),
      fatalError: report("fatal"),
    },
  }).parseFromString(xml, "application/xml");
  expect(problems).toEqual([]);
  return doc;
}

/** The body of document.xml: paragraphs (text, style) and tables (cell texts), in order. */
function readBody(doc: Document): Body {
  const body = must(doc.getElementsByTagNameNS(W, "body")[0]);
  const textOf = (el: Element) =>
    Array.from(el.getElementsByTagNameNS(W, "t"))
      .map((t) => t.textContent ?? "")
      .join("");
  const out: Body = [];
  for (const el of Array.from(body.childNodes) as Element[]) {
    if (el.localName === "p") {
      const style = el.getElementsByTagNameNS(W, "pStyle")[0]?.getAttributeNS(W, "val") ?? "";
      out.push({ kind: "p", text: textOf(el), style });
    } else if (el.localName === "tbl")
      out.push({
        kind: "tbl",
        rows: Array.from(el.getElementsByTagNameNS(W, "tr")).map((tr) =>
          Array.from(tr.getElementsByTagNameNS(W, "tc")).map(textOf),
        ),
      });
  }
  return out;
}

/** The table's rows keyed as the analytics key them, from the labels the document prints. */
function rowKey(label: string): string {
  const art = /^Art\. (\d+)$/.exec(label);
  if (art) return must(art[1]);
  const general = /^Chapter (II|V) \(general\)$/.exec(label);
  if (general) return `${general[1]}-general`;
  const arts = /^Arts\. ([\d, and]+)$/.exec(label);
  if (arts)
    return must(arts[1])
      .split(/, | and /)
      .join("+");
  const id =
    CYCLE1_CATEGORIES.find((c) => c.name === label)?.id ??
    CATEGORIES.find((c) => c.name === label)?.id ??
    REGIONAL_GROUPS.find((g) => g.name === label)?.id;
  if (!id) throw new Error(`unknown row label "${label}"`);
  return id;
}

/** What each figure's table must say, from the analytics: row key -> the series' values. */
function expectedTable(id: string, a: Analytics): Record<string, number[]> {
  const c2 = a.cycle2;
  const [from, to] = [must(a.query.periods[0]), must(a.query.periods[a.query.periods.length - 1])];
  const inChapter = (k: string, ch: string) =>
    k === `${ch}-general` || (/^\d+$/.test(k) && getArticle(Number(k))?.chapter === ch);
  const articleKeys = (ch: string) => Object.keys(c2.byArticle).filter((k) => inChapter(k, ch));
  switch (id) {
    case "I":
      return Object.fromEntries(
        CYCLE1_CATEGORIES.map((c) => [c.id, [a.cycle1.byCategory[c.id] ?? 0]]),
      );
    case "II": {
      const e = must(c2.byPeriod[from]).byArticle;
      const l = must(c2.byPeriod[to]).byArticle;
      return Object.fromEntries(
        [...articleKeys("II"), ...articleKeys("V")].map((k) => [
          k,
          [e[k]?.needs ?? 0, (l[k]?.needs ?? 0) - (e[k]?.needs ?? 0)],
        ]),
      );
    }
    case "III":
      return Object.fromEntries(
        Object.entries(c2.byRegion).map(([g, r]) => [
          g,
          [r.states, r.statesWithSummaries, r.statesWithNeeds],
        ]),
      );
    case "IV":
      return Object.fromEntries(CATEGORIES.map((c) => [c.id, [c2.byCategory[c.id] ?? 0]]));
    case "V":
    case "VI": {
      const keys = articleKeys(id === "V" ? "II" : "V");
      if (id === "VI") keys.push("14+52+58");
      return Object.fromEntries(
        keys.map((k) => [k, [must(c2.byArticle[k]).needs, must(c2.byArticle[k]).states]]),
      );
    }
  }
  throw new Error(`no figure ${id}`);
}

/** Concepts per article key, counted here from the needs' texts with the engine. */
async function conceptCounts(asAt: string): Promise<Map<string, Map<string, number>>> {
  const needs = await h.db.prisma.need.findMany({
    where: {
      cycle: 2,
      state: {
        summaries: { some: { cycle: 2, finalisedOn: { lte: new Date(`${asAt}T00:00:00Z`) } } },
      },
    },
    select: { text: true, language: true, articles: true, chapterId: true },
  });
  const out = new Map<string, Map<string, number>>();
  for (const n of needs) {
    const labels = new Set(
      findConcepts(analyse(n.text, { language: n.language as Language })).map((x) =>
        x.concept.label.toLowerCase(),
      ),
    );
    const keys = n.articles.length
      ? [...new Set(n.articles.map(String))]
      : [`${n.chapterId}-general`];
    for (const k of keys) {
      const m = out.get(k) ?? new Map<string, number>();
      for (const l of labels) m.set(l, (m.get(l) ?? 0) + 1);
      out.set(k, m);
    }
  }
  return out;
}

async function noteDocx(asAt: string) {
  const analyst = await h.as("analyst");
  const file = await analyst.report.note({ asAt, format: "docx" });
  expect(file.encoding).toBe("base64");
  return JSZip.loadAsync(Buffer.from(file.body, "base64"));
}

for (const asAt of ["2023-09-15", "2022-06-30"]) {
  describe(`the draft note as at ${asAt}`, () => {
    let zip: JSZip;
    let body: Body;
    let a: Analytics;

    beforeAll(async () => {
      zip = await noteDocx(asAt);
      a = await analytics(h.db.prisma, { asAt });
      body = readBody(
        parseXml(await must(zip.file("word/document.xml")).async("string"), "document.xml"),
      );
    }, 300_000);

    it("opens: a zip whose every XML part is well-formed, with the parts Word needs", async () => {
      const names = Object.keys(zip.files);
      for (const part of [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/document.xml",
        "word/styles.xml",
      ])
        expect(names).toContain(part);
      const parts: Record<string, string> = {};
      for (const name of names.filter((n) => /\.(xml|rels|svg)$/.test(n)))
        parts[name] = await must(zip.file(name)).async("string");
      expect(Object.keys(parts).length).toBeGreaterThan(10);
      expect(await wellFormed(parts)).toEqual([]);
      // The check can fail: a part with a tag left open is refused.
      expect(await wellFormed({ "broken.xml": "<w:document><w:body></w:document>" })).toHaveLength(
        1,
      );
    });

    it("carries figures I-VI each as an image (SVG with a PNG fallback) and as a table", async () => {
      const media = Object.keys(zip.files).filter((n) => n.startsWith("word/media/"));
      const svgs = media.filter((n) => n.endsWith(".svg"));
      const pngs = media.filter((n) => n.endsWith(".png"));
      expect(svgs).toHaveLength(6);
      expect(pngs).toHaveLength(6);
      for (const n of pngs)
        expect((await must(zip.file(n)).async("nodebuffer")).subarray(1, 4).toString()).toBe("PNG");
      for (const n of svgs) parseXml(await must(zip.file(n)).async("string"), n);
      const xml = await must(zip.file("word/document.xml")).async("string");
      expect(xml.match(/<w:drawing>/g)).toHaveLength(6);
      expect(xml.match(/svgBlip/g)?.length).toBeGreaterThanOrEqual(6);
      const titles = body.filter((b) => b.kind === "p" && /^Figure [IV]+\. /.test(b.text));
      expect(titles.map((b) => (b as { text: string }).text.split(".")[0])).toEqual(
        ["I", "II", "III", "IV", "V", "VI"].map((r) => `Figure ${r}`),
      );
      expect(body.filter((b) => b.kind === "tbl")).toHaveLength(6);
    });

    it("every table number equals the analytics for the same day", () => {
      let figure = "";
      let tables = 0;
      for (const b of body) {
        if (b.kind === "p") {
          const m = /^Figure ([IV]+)\. /.exec(b.text);
          if (m) figure = must(m[1]);
          continue;
        }
        const expected = expectedTable(figure, a);
        const got = Object.fromEntries(
          b.rows.slice(1).map(([label, ...cells]) => [rowKey(must(label)), cells.map(num)]),
        );
        expect(got, `figure ${figure}`).toEqual(expected);
        tables++;
      }
      expect(tables).toBe(6);
    });

    it("every number of the text equals the analytics, and none is left unchecked", async () => {
      const concepts = await conceptCounts(asAt);
      const { checked, unexplained } = checkParagraphs(body, a, asAt, concepts);
      expect(unexplained).toEqual([]);
      // Overview, chapters, groupings, regions, cycle 1, clusters, and three per article key.
      expect(checked).toBeGreaterThan(150);
    });

    it("gives each figure its source and as-at lines", () => {
      const texts = body.filter((b) => b.kind === "p").map((b) => (b as { text: string }).text);
      expect(texts.filter((t) => t.startsWith("Source: TA Hub"))).toHaveLength(6);
      expect(texts.filter((t) => t === `As at ${dayOf(asAt)}.`)).toHaveLength(6);
    });
  });
}

describe("the draft note's access", () => {
  it("is the secretariat's: a State, a donor and the public are refused", async () => {
    for (const role of ["public", "state", "provider"] as const)
      expect(
        await outcome((await h.as(role)).report.note({ asAt: "2023-09-15", format: "md" })),
      ).toMatch(/UNAUTHORIZED|FORBIDDEN/);
  });

  it("refuses a day that does not exist, in words", async () => {
    const analyst = await h.as("analyst");
    await expect(analyst.report.note({ asAt: "2023-02-30", format: "md" })).rejects.toThrow(
      /yyyy-mm-dd/,
    );
  });

  it("writes the same numbers as Markdown", async () => {
    const md = await (await h.as("analyst")).report.note({ asAt: "2023-09-15", format: "md" });
    const a = await analytics(h.db.prisma, { asAt: "2023-09-15" });
    expect(md.encoding).toBe("utf8");
    expect(md.body).toContain(
      `${a.cycle2.statesWithNeeds} of them (${pct(a.cycle2.statesWithNeeds, a.cycle2.statesWithSummaries)} per cent) have identified ${a.cycle2.needs} individual`,
    );
    expect(md.body).toContain(
      `| Art. 5 | ${must(a.cycle2.byArticle["5"]).needs} | ${must(a.cycle2.byArticle["5"]).states} |`,
    );
  });
});
