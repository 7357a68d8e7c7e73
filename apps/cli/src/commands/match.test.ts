import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli.js";
import type { Io } from "../lib/command.js";
import { JUDGED_SET_DIR } from "./eval/match.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false };
  return { io, out, err };
}

function tmpFile(name: string, lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "tahub-match-"));
  const path = join(dir, name);
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
}

/** The judged set's catalogue: a fixed file, so these tests do not depend on a database. */
const CATALOGUE = ["--candidates", `${JUDGED_SET_DIR}candidates.jsonl`];

describe("tahub match", () => {
  it("lists ranked offers with their reasons from a catalogue file", async () => {
    const { io, out } = capture();
    const code = await runCli(
      [
        "match",
        "--need",
        "Training on the verification of asset declarations",
        "--state",
        "UGA",
        ...CATALOGUE,
      ],
      io,
    );
    expect(code).toBe(0);
    const text = out.join("\n");
    expect(text).toMatch(/^ 1\. \[(offer|expertise|expert)\]/m);
    expect(text).toMatch(/- same article 8 \(Codes of conduct for public officials\)/);
  });

  it("prints JSON with kind, score and reasons, and accepts a need given only by article", async () => {
    const { io, out } = capture();
    expect(
      await runCli(["match", "--article", "58", "--json", "--limit", "3", ...CATALOGUE], io),
    ).toBe(0);
    const results = JSON.parse(out.join("\n")) as { id: string; kind: string; reasons: string[] }[];
    expect(results).toHaveLength(3);
    expect(results[0]?.reasons.join(" ")).toMatch(/article 58/);
  });

  it("refuses an unknown State with a suggestion, and an empty need", async () => {
    const bad = capture();
    expect(await runCli(["match", "--need", "procurement", "--state", "Kenia"], bad.io)).toBe(2);
    expect(bad.err.join("\n")).toMatch(/unknown State "Kenia"; did you mean KEN \(Kenya\)\?/);
    const empty = capture();
    expect(await runCli(["match"], empty.io)).toBe(2);
  });

  it("reads candidates from a file, reporting bad lines", async () => {
    const file = tmpFile("c.jsonl", [
      JSON.stringify({
        id: "a",
        kind: "offer",
        text: "Beneficial ownership registers",
        articles: [12],
      }),
      "{not json",
      JSON.stringify({ id: "b", kind: "donation", text: "x" }),
    ]);
    const { io, out, err } = capture();
    expect(
      await runCli(["match", "--need", "beneficial ownership", "--candidates", file, "--json"], io),
    ).toBe(0);
    expect(JSON.parse(out.join("\n"))).toHaveLength(1);
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(/c\.jsonl:2: not JSON/);
    expect(err[1]).toMatch(/c\.jsonl:3: kind/);
  });
});

describe("tahub eval match", () => {
  it("prints the same figures for TA Hub and each peer on the judged set", async () => {
    const { io, out } = capture();
    expect(await runCli(["eval", "match", "--json"], io)).toBe(0);
    const figures = JSON.parse(out.join("\n")) as Record<string, Record<string, number>>;
    expect(Object.keys(figures)).toEqual(["tahub", "fuse", "minisearch"]);
    for (const f of Object.values(figures))
      expect(Object.keys(f).sort()).toEqual([
        "mrr",
        "ndcg10",
        "p50ms",
        "p99ms",
        "queries",
        "recall10",
      ]);
    // The judged set has 46 needs.
    expect(figures.tahub?.queries).toBe(46);
  });

  it("refuses a file with no valid line", async () => {
    const file = tmpFile("q.jsonl", ['{"need": "m01"}']);
    const { io, err } = capture();
    expect(await runCli(["eval", "match", "--qrels", file], io)).toBe(2);
    expect(err.join("\n")).toMatch(/no valid qrel line/);
  });
});

describe("tahub bench match", () => {
  it("reports build time, memory and latency figures on small synthetic sets", async () => {
    const { io, out } = capture();
    const argv = [
      "bench",
      "match",
      "--needs",
      "300",
      "--candidates",
      "40",
      "--queries",
      "5",
      "--json",
    ];
    expect(await runCli(argv, io)).toBe(0);
    const f = JSON.parse(out.join("\n")) as Record<string, unknown>;
    expect(f).toMatchObject({ needs: 300, candidates: 40, queries: 5 });
    expect(f).toHaveProperty("providerToNeeds.p50ms");
    expect(f).toHaveProperty("fuseFullScan.p50ms");
    expect(f).toHaveProperty("rssDeltaMB");
  });
});
