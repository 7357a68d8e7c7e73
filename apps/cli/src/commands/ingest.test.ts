import { mkdtemp, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb } from "@tahub/db";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli.js";
import type { Io } from "../lib/command.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false };
  return { io, out, err };
}

// Invented section (a fictional State's wording).
const SECTION = `Technical assistance needs
The State identified the following needs:
(a) Guidance on vetting customs recruits (art. 7);
(b) A handbook on gift registers.`;

describe("tahub ingest summary", () => {
  it("prints one JSON line per need with --dry-run and stores nothing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tahub-ingest-"));
    const file = join(dir, "summary.txt");
    await writeFile(file, SECTION);
    const { io, out, err } = capture();
    const args = [
      "ingest",
      "summary",
      "--file",
      file,
      "--state",
      "KEN",
      "--cycle",
      "2",
      "--chapter",
      "II",
    ];
    expect(await runCli([...args, "--json", "--dry-run", "--db", join(dir, "db")], io)).toBe(0);
    const lines = out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.text, l.articles])).toEqual([
      ["Guidance on vetting customs recruits (art. 7)", [7]],
      ["A handbook on gift registers.", []],
    ]);
    for (const l of lines) {
      expect(l.categories).toHaveLength(6);
      expect(typeof l.abstain).toBe("boolean");
    }
    expect(err.join("\n")).toMatch(/nothing stored/);
  });

  it("stores every need without --dry-run, with its source paragraph", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tahub-ingest-"));
    const file = join(dir, "summary.txt");
    await writeFile(file, SECTION);
    const data = join(dir, "db");
    const { io } = capture();
    expect(
      await runCli(
        [
          "ingest",
          "summary",
          "--file",
          file,
          "--state",
          "KEN",
          "--chapter",
          "II",
          "--db",
          data,
        ].concat(["--finalised", "2024-05-31"]),
        io,
      ),
    ).toBe(0);
    const db = await createDb({ url: data });
    try {
      // A fresh database has no summary of Kenya's: recorded on the day given, so as-at figures
      // count these needs from then.
      const summary = await db.prisma.stateSummary.findFirst({ where: { stateId: "KEN" } });
      expect(summary?.finalisedOn.toISOString().slice(0, 10)).toBe("2024-05-31");
      const needs = await db.prisma.need.findMany({
        select: { text: true, source: true, chapterId: true },
      });
      expect(needs).toHaveLength(2);
      expect(needs[0]).toMatchObject({
        chapterId: "II",
        source: { kind: "executive-summary", filename: "summary.txt" },
      });
    } finally {
      await db.close();
    }
  }, 300_000);

  it("refuses a bad chapter, an unsupported file and a corrupt DOCX with exit code 2", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tahub-ingest-"));
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "s.txt"), SECTION);
    await writeFile(join(dir, "s.odt"), SECTION);
    await writeFile(join(dir, "s.docx"), "not a zip");
    const run = async (file: string, chapter = "V") => {
      const { io, err } = capture();
      const code = await runCli(
        [
          "ingest",
          "summary",
          "--file",
          join(dir, file),
          "--state",
          "KEN",
          "--chapter",
          chapter,
          "--dry-run",
        ],
        io,
      );
      return { code, err: err.join("\n") };
    };
    expect(await run("s.txt", "III")).toMatchObject({
      code: 2,
      err: expect.stringMatching(/chapters II and V/),
    });
    expect(await run("s.odt")).toMatchObject({
      code: 2,
      err: expect.stringMatching(/DOCX, PDF or TXT/),
    });
    expect(await run("s.docx")).toMatchObject({
      code: 2,
      err: expect.stringMatching(/DOCX could not be read/),
    });
  });
});

describe("tahub eval ingest", () => {
  it("scores the splitter and the annotators' agreement on a split folder", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tahub-eval-ingest-"));
    for (const d of ["raw", "annot-A", "annot-B"]) await mkdir(join(dir, d));
    await writeFile(join(dir, "raw", "s01.txt"), `# chapter: II\n${SECTION}`);
    const needs = [
      { text: "Guidance on vetting customs recruits (art. 7)", articles: [7] },
      { text: "A handbook on gift registers", articles: [] },
    ];
    await writeFile(join(dir, "annot-A", "s01.json"), JSON.stringify({ summary: "s01", needs }));
    // B kept one need only: agreement precision 1, recall 1/2.
    await writeFile(
      join(dir, "annot-B", "s01.json"),
      JSON.stringify({ summary: "s01", needs: needs.slice(0, 1) }),
    );
    const { io, out } = capture();
    expect(await runCli(["eval", "ingest", "--dir", dir, "--json"], io)).toBe(0);
    const r = JSON.parse(out.join("\n")) as {
      A: { precision: number; recall: number; articleAccuracy: number };
      B: { precision: number; recall: number };
      agreement: { precision: number; recall: number };
    };
    expect(r.A).toMatchObject({ precision: 1, recall: 1, articleAccuracy: 1 });
    expect(r.B).toMatchObject({ precision: 0.5, recall: 1 });
    expect(r.agreement).toMatchObject({ precision: 1, recall: 0.5 });
  });
});
