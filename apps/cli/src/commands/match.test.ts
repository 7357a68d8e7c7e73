import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli.js";
import type { Io } from "../lib/command.js";
import { JUDGED_SET_DIR } from "./eval/match.js";
import { evaluateMatch2, judgedSetDir, readMatch2 } from "./eval/match2.js";

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
    const results = JSON.parse(out.join("\n")) as {
      id: string;
      kind: string;
      reasons: { kind: string; articles?: number[] }[];
    }[];
    expect(results).toHaveLength(3);
    // Reasons are typed data in JSON, worded only in the text output.
    expect(results[0]?.reasons).toContainEqual({ kind: "shared-articles", articles: [58] });
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
  it("reports every system per language on match2 dev by default, with the judges' agreement", async () => {
    const { io, out } = capture();
    expect(await runCli(["eval", "match", "--json"], io)).toBe(0);
    const r = JSON.parse(out.join("\n")) as {
      set: string;
      split: string;
      command: string;
      agreement: { kappaExact: number };
      figures: Record<string, Record<string, Record<string, number>>>;
    };
    expect(r).toMatchObject({ set: "match2", split: "dev", agreement: { kappaExact: 0.898 } });
    expect(r.command).toBe("tahub eval match --set match2 --split dev --lang all");
    expect(Object.keys(r.figures)).toEqual(["tahub", "minisearch", "fuse", "tags"]);
    for (const perLang of Object.values(r.figures)) {
      expect(Object.keys(perLang)).toEqual(["en", "fr", "es", "all"]);
      expect(Object.keys(perLang.en ?? {}).sort()).toEqual([
        "mrr",
        "ndcg10",
        "queries",
        "recall10",
      ]);
      expect(perLang.en?.queries).toBe(36);
      expect(perLang.all?.queries).toBe(108);
    }
  }, 180_000);

  /*
   * The dev figures of TA Hub, pinned: a ranking change that moves them by more than the
   * tolerance must update them here and in the engine README ("Matching evaluation"), saying
   * why. Tuning happened on this half only; the test half is read once, elsewhere.
   */
  it("pins TA Hub's nDCG@10 on match2 dev per language", async () => {
    const figures = await evaluateMatch2(readMatch2("dev"), { systems: ["tahub"] });
    const ndcg = Object.fromEntries(
      Object.entries(figures.tahub ?? {}).map(([l, f]) => [l, f.ndcg10]),
    );
    const pinned = { en: 0.8588, fr: 0.8457, es: 0.8066, all: 0.837 };
    for (const [l, v] of Object.entries(pinned)) expect(ndcg[l]).toBeCloseTo(v, 2);
  }, 60_000);

  /*
   * match3 was read once (engine README, "Matching evaluation"); the tests only check that it
   * loads whole, never rank on it, so that no change is tuned against it by a failing test.
   */
  it("loads the match3 test set whole: 48 needs, 40 candidates, the judges' agreement", () => {
    const set = readMatch2("test", judgedSetDir("match3"));
    expect(set.needs).toHaveLength(48);
    expect(set.candidates).toHaveLength(40);
    expect(set.agreement).toMatchObject({ pairs: 1920, kappaExact: 0.737, dev: 0, test: 48 });
    for (const n of set.needs) expect(n.fr.length > 0 && n.es.length > 0).toBe(true);
  });

  it("refuses an unknown set and a split that match3 does not have", async () => {
    const { io, err } = capture();
    expect(await runCli(["eval", "match", "--set", "match9"], io)).not.toBe(0);
    expect(err.join("\n")).toMatch(/--set must be one of match2, match3, rule/);
    expect(await runCli(["eval", "match", "--set", "match3", "--split", "dev"], io)).not.toBe(0);
  });

  it("keeps the rule-based set as a regression check behind --set rule", async () => {
    const { io, out } = capture();
    expect(await runCli(["eval", "match", "--set", "rule", "--json"], io)).toBe(0);
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
    // The rule-based set has 46 needs.
    expect(figures.tahub?.queries).toBe(46);
  }, 60_000);

  it("refuses a file with no valid line, an unknown set, language or split", async () => {
    const file = tmpFile("q.jsonl", ['{"need": "m01"}']);
    const { io, err } = capture();
    expect(await runCli(["eval", "match", "--qrels", file], io)).toBe(2);
    expect(err.join("\n")).toMatch(/no valid qrel line/);
    for (const argv of [
      ["--set", "other"],
      ["--lang", "de"],
      ["--split", "nope"],
    ]) {
      const c = capture();
      expect(await runCli(["eval", "match", ...argv], c.io)).toBe(2);
    }
  });
});

describe("tahub bench match", () => {
  it("reports vocabulary, build time, memory and cold/warm latency for TA Hub, MiniSearch and fuse.js", async () => {
    const { io, out } = capture();
    // Small sizes and a short warm-up keep this test to a few seconds; the figures themselves
    // are meaningless at this size, only their presence and the vocabulary are checked.
    const argv = [
      "bench",
      "match",
      "--needs",
      "600",
      "--candidates",
      "60",
      "--queries",
      "5",
      "--warm-up-ms",
      "20",
      "--json",
    ];
    expect(await runCli(argv, io)).toBe(0);
    const f = JSON.parse(out.join("\n")) as {
      vocabulary: number;
      systems: Record<string, Record<string, unknown>>;
    } & Record<string, unknown>;
    expect(f).toMatchObject({
      needs: 600,
      candidates: 60,
      queries: 5,
      vocabularyKind: "realistic",
    });
    // The realistic generator draws on the lexicon and the writers' corpus: 660 records already
    // hold ~2,500 distinct words (the old 25-topic generator never exceeded ~150).
    expect(f.vocabulary).toBeGreaterThan(2000);
    expect(Object.keys(f.systems)).toEqual(["tahub", "minisearch", "fuse"]);
    for (const [name, s] of Object.entries(f.systems)) {
      expect(s.buildMs, name).toEqual(expect.any(Number));
      expect(s.heapMB, name).toEqual(expect.any(Number));
      for (const direction of ["providerToNeeds", "needToCandidates"])
        for (const pass of ["cold", "warm"])
          for (const p of ["p50ms", "p99ms"])
            expect(s, `${name} ${direction}`).toHaveProperty(
              `${direction}.${pass}.${p}`,
              expect.any(Number),
            );
    }
    expect(f).toHaveProperty("target.tahubP99ms");
    expect(f).toHaveProperty("target.miniSearchP99ms");
  });

  it("skips fuse.js above --fuse-max and says why", async () => {
    const { io, out } = capture();
    const argv = ["bench", "match", "--needs", "50", "--candidates", "10", "--queries", "2"];
    const extra = ["--warm-up-ms", "0", "--fuse-max", "20", "--json"];
    expect(await runCli([...argv, ...extra], io)).toBe(0);
    const f = JSON.parse(out.join("\n")) as { systems: { fuse: Record<string, unknown> } };
    expect(f.systems.fuse.providerToNeeds).toEqual({
      skipped: "50 needs > --fuse-max 20: a full scan per query takes too long",
    });
    expect(f.systems.fuse).toHaveProperty("needToCandidates.warm.p99ms");
  });
});
