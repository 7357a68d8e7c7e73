import { MAX_SUMMARY_UPLOAD_BYTES } from "@tahub/domain";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "./backends.js";
import { docxOf, pdfOf, zipOf } from "./fixtures/summary-files.js";
import { createHarness, type Harness } from "./harness.js";
import { must } from "./must.js";

// Invented summaries (a fictional State's wording; filed for Kenya, the test focal point's State).
const SECTION = `Technical assistance needs
The State identified the following needs:
• Guidance on vetting customs recruits (art. 7).
• Training for municipal auditors on fraud red flags; and a handbook on gift registers.
Some support has already been received from a regional project.`;

const b64 = (b: Buffer | string) => Buffer.from(b).toString("base64");
const file = (filename: string, bytes: Buffer | string) => ({
  file: { filename, contentBase64: b64(bytes) },
});

/** The reason the API gives for a refused summary, or the code when there is none. */
async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "accepted";
  } catch (e) {
    const err = e as TRPCError & { cause?: { details?: { reason?: string } } };
    return err.cause?.details?.reason ?? err.code;
  }
}

for (const backend of backends()) {
  describe.skipIf(!backend.open)(`executive-summary ingestion on ${backend.name}`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await createHarness(must(backend.open));
    }, 300_000);
    afterAll(async () => {
      await h?.close();
      await backend.cleanup();
    });
    const needCount = () => h.db.prisma.need.count();

    it("previews pasted text as classified needs and stores nothing", async () => {
      const analyst = await h.as("analyst");
      const before = await needCount();
      const p = await analyst.ingest.preview({
        state: "KEN",
        cycle: 2,
        chapter: "II",
        source: { text: SECTION },
      });
      expect(p.needs.map((n) => n.text)).toEqual([
        "Guidance on vetting customs recruits (art. 7).",
        "Training for municipal auditors on fraud red flags",
        "a handbook on gift registers.",
      ]);
      expect(p.needs[0]).toMatchObject({
        articles: [7],
        articlesFrom: "text",
        heading: "Technical assistance needs",
      });
      // Every need carries the classifier's six groupings and its abstain flag.
      for (const n of p.needs) {
        expect(n.categories).toHaveLength(6);
        expect(typeof n.abstain).toBe("boolean");
      }
      expect(await needCount()).toBe(before);
    });

    it("stores the confirmed needs with their source paragraph, in one ingestion", async () => {
      const analyst = await h.as("analyst");
      const r = await analyst.ingest.commit({
        state: "KEN",
        cycle: 2,
        chapter: "II",
        filename: "ken-summary.docx",
        needs: [
          {
            text: "Guidance on vetting customs recruits (art. 7)",
            articles: [7],
            paragraph: "• Guidance on vetting customs recruits (art. 7).",
            heading: "Technical assistance needs",
          },
          {
            text: "A handbook on gift registers",
            paragraph: "Training ...; and a handbook on gift registers.",
          },
        ],
      });
      expect(r.created).toHaveLength(2);
      const rows = await h.db.prisma.need.findMany({
        where: { id: { in: r.created } },
        select: {
          text: true,
          chapterId: true,
          articles: true,
          source: true,
          categories: true,
          suggestion: true,
        },
        orderBy: { text: "asc" },
      });
      expect(rows[0]).toMatchObject({
        text: "A handbook on gift registers",
        chapterId: "II",
        source: {
          kind: "executive-summary",
          ingestId: r.ingestId,
          filename: "ken-summary.docx",
          position: 1,
        },
      });
      expect(must(rows[1]).articles).toEqual([7]);
      expect(must(rows[1]).suggestion).not.toBeNull();
      const log = await h.db.prisma.auditLog.findFirst({
        where: { action: "need.ingest", entityId: r.ingestId },
      });
      expect(log?.after).toMatchObject({ needs: 2, state: "KEN" });
    });

    it("flags in the preview the articles outside the summary's chapter", async () => {
      const analyst = await h.as("analyst");
      const p = await analyst.ingest.preview({
        state: "KEN",
        cycle: 2,
        chapter: "II",
        source: {
          text: "• Guidance on vetting customs recruits (art. 7).\n• Advice on the return of confiscated assets (art. 57).",
        },
      });
      expect(p.needs.map((n) => n.outsideChapter)).toEqual([[], [57]]);
    });

    it("stores nothing when any confirmed need is invalid", async () => {
      const analyst = await h.as("analyst");
      const before = await needCount();
      const bad = analyst.ingest.commit({
        state: "KEN",
        chapter: "V",
        needs: [{ text: "Training of asset managers" }, { text: "Advice", articles: [99] }],
      });
      expect(await refusal(bad)).toBe("BAD_REQUEST");
      expect(await needCount()).toBe(before);
    });

    it("dates the needs by the State's executive summary: recorded once, then kept", async () => {
      const analyst = await h.as("analyst");
      const summaries = () =>
        h.db.prisma.stateSummary.findMany({ where: { stateId: "GHA", cycle: 2 } });
      expect(await summaries()).toEqual([]);
      const first = await analyst.ingest.commit({
        state: "GHA",
        chapter: "II",
        finalisedOn: "2024-03-01",
        needs: [{ text: "Training for procurement officers on bid rigging" }],
      });
      expect(first.summary).toEqual({ finalisedOn: "2024-03-01", created: true });
      // So the figures as at that day count the needs, as they count every other State's.
      const figures = await analyst.analytics.figures({ asAt: "2024-03-01" });
      expect(figures.cycle2.statesWithSummaries).toBeGreaterThanOrEqual(1);
      const later = await analyst.ingest.commit({
        state: "GHA",
        chapter: "V",
        finalisedOn: "2025-01-01",
        needs: [{ text: "Advice on the management of seized vehicles" }],
      });
      expect(later.summary).toEqual({ finalisedOn: "2024-03-01", created: false });
      expect((await summaries()).length).toBe(1);
      const before = await needCount();
      const future = analyst.ingest.commit({
        state: "GHA",
        chapter: "II",
        finalisedOn: "2999-01-01",
        needs: [{ text: "Training for auditors on lifestyle checks" }],
      });
      expect(await refusal(future)).toBe("BAD_REQUEST");
      expect(await needCount()).toBe(before);
    });

    it("lets a focal point ingest for its own State only, and refuses donors", async () => {
      const kenya = await h.as("state");
      const ok = await kenya.ingest.preview({
        state: "KEN",
        chapter: "V",
        source: { text: SECTION },
      });
      expect(ok.needs.length).toBeGreaterThan(0);
      expect(
        await refusal(
          kenya.ingest.preview({ state: "PER", chapter: "V", source: { text: SECTION } }),
        ),
      ).toBe("FORBIDDEN");
      const donor = await h.as("provider");
      expect(
        await refusal(
          donor.ingest.preview({ state: "KEN", chapter: "V", source: { text: SECTION } }),
        ),
      ).toBe("FORBIDDEN");
      // A cycle reviews two chapters only.
      expect(
        await refusal(
          kenya.ingest.preview({
            state: "KEN",
            cycle: 2,
            chapter: "III",
            source: { text: SECTION },
          }),
        ),
      ).toBe("BAD_REQUEST");
    });

    it("reads a DOCX, nested lists included", async () => {
      const analyst = await h.as("analyst");
      const docx = docxOf([
        { p: "The State identified the following needs:" },
        { li: "Legislative advice on:" },
        { li: "the freezing of virtual assets (art. 54);", level: 1 },
        { li: "the sharing of confiscated assets.", level: 1 },
        { li: "A study visit to a peer asset management office." },
      ]);
      const p = await analyst.ingest.preview({
        state: "KEN",
        chapter: "V",
        source: file("summary.docx", docx),
      });
      expect(p.filename).toBe("summary.docx");
      expect(p.needs.map((n) => [n.text, n.articles])).toEqual([
        ["Legislative advice on the freezing of virtual assets (art. 54)", [54]],
        ["Legislative advice on the sharing of confiscated assets.", []],
        ["A study visit to a peer asset management office.", []],
      ]);
    });

    it("reads a PDF's text, dropping page numbers", async () => {
      const analyst = await h.as("analyst");
      const pdf = pdfOf([
        "The State requested support for the design of a",
        "whistle-blower hotline (art. 33).",
        "- 3 -",
      ]);
      const p = await analyst.ingest.preview({
        state: "KEN",
        chapter: "II",
        source: file("summary.pdf", pdf),
      });
      expect(p.needs.map((n) => n.text)).toEqual([
        "support for the design of a whistle-blower hotline (art. 33).",
      ]);
    });

    it("refuses bad files with a reason the portal translates, storing nothing", async () => {
      const analyst = await h.as("analyst");
      const before = await needCount();
      const preview = (source: ReturnType<typeof file>) =>
        refusal(analyst.ingest.preview({ state: "KEN", chapter: "II", source }));
      expect(await preview(file("summary.docx", "PK\u0003\u0004 this is not a Word file"))).toBe(
        "corrupt-docx",
      );
      // A well-formed ZIP that is not a Word document.
      expect(await preview(file("summary.docx", zipOf({ "hello.txt": "hi" })))).toBe(
        "corrupt-docx",
      );
      expect(await preview(file("scan.pdf", pdfOf([])))).toBe("pdf-no-text");
      expect(await preview(file("broken.pdf", "%PDF-1.4 nothing else"))).toBe("corrupt-pdf");
      expect(await preview(file("summary.odt", "anything"))).toBe("unsupported-type");
      expect(await preview(file("latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])))).toBe(
        "not-utf8",
      );
      expect(await preview(file("empty.txt", ""))).toBe("empty");
      expect(await preview(file("context.txt", "The review took place in 2024."))).toBe("no-needs");
      // 20 MB is refused at the edge (zod), before it is decoded.
      const big = "A".repeat(Math.ceil((20 * 1024 * 1024) / 3) * 4);
      expect(20 * 1024 * 1024).toBeGreaterThan(MAX_SUMMARY_UPLOAD_BYTES);
      expect(
        await refusal(
          analyst.ingest.preview({
            state: "KEN",
            chapter: "II",
            source: { file: { filename: "big.pdf", contentBase64: big } },
          }),
        ),
      ).toBe("BAD_REQUEST");
      expect(await needCount()).toBe(before);
    });
  });
}
