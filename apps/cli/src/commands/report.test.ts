import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli.js";
import type { Io } from "../lib/command.js";

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false };
  const code = await runCli(args, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("tahub report note: flags", () => {
  it("refuses a missing or impossible day, an unknown format or target, before opening a database", async () => {
    const db = ["--db", "/nonexistent/x"];
    expect((await run(["report", "note", ...db])).err).toMatch(/--as-at is required/);
    expect((await run(["report", "note", "--as-at", "2023-02-30", ...db])).err).toMatch(
      /--as-at: must be a calendar day/,
    );
    expect(
      (await run(["report", "note", "--as-at", "2023-09-15", "--parties-as-at", "x", ...db])).err,
    ).toMatch(/--parties-as-at: must be a calendar day/);
    expect(
      (await run(["report", "note", "--as-at", "2023-09-15", "--format", "pdf", ...db])).err,
    ).toMatch(/--format: say docx or md/);
    expect((await run(["report", "summary", "--as-at", "2023-09-15", ...db])).code).toBe(2);
  });
});

describe("tahub report note on the demo data", () => {
  let dir: string;
  const db = () => ["--db", join(dir, "db")];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "tahub-report-"));
    expect((await run(["seed", "--demo", ...db()])).code).toBe(0);
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the Word document as at a day (a zip: it starts with PK)", async () => {
    const out = join(dir, "note.docx");
    const r = await run([
      "report",
      "note",
      "--as-at",
      "2023-09-15",
      "--out",
      out,
      "--json",
      ...db(),
    ]);
    expect(r.code).toBe(0);
    const info = JSON.parse(r.out);
    // Para 12 of the 2023 note: 527 needs from 54 States; periods follow the as-at date.
    expect(info).toMatchObject({ needs: 527, states: 54, periods: ["2021-09", "2023-09"] });
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  }, 120_000);

  it("writes Markdown with the figures' SVG files beside it, for another day without code changes", async () => {
    const out = join(dir, "note.md");
    const r = await run([
      "report",
      "note",
      "--as-at",
      "2021-09-30",
      "--format",
      "md",
      "--out",
      out,
      ...db(),
    ]);
    expect(r.code).toBe(0);
    // 527 - 70 = 457 needs as at September 2021 (para 12).
    expect(r.out).toMatch(
      /457 needs from \d+ States as at 2021-09-30, periods 2019-09 and 2021-09/,
    );
    const md = readFileSync(out, "utf8");
    expect(md).toContain("have identified 457 individual technical assistance needs");
    expect(md).toContain("![Figure II. ");
    for (const id of ["I", "II", "III", "IV", "V", "VI"])
      expect(existsSync(join(dir, "note-figures", `figure-${id}.svg`))).toBe(true);
  }, 120_000);
  it("counts figure III's States parties on their own day when asked, and says which", async () => {
    const out = join(dir, "note-2023.md");
    const r = await run(
      ["report", "note", "--as-at", "2023-09-15", "--parties-as-at", "2021-09-30"].concat([
        "--format",
        "md",
        "--out",
        out,
        ...db(),
      ]),
    );
    expect(r.code).toBe(0);
    const md = readFileSync(out, "utf8");
    // The chart of the 2023 note: 29 Latin American and Caribbean States parties.
    expect(md).toContain("(29 States parties in the group as at 30 September 2021)");
    expect(md).toMatch(/\| Regional group \| States parties as at 30 September 2021 \|/);
    const svg = readFileSync(join(dir, "note-2023-figures", "figure-III.svg"), "utf8");
    expect(svg).toContain("States parties as at 30 September 2021");
  }, 120_000);
});
