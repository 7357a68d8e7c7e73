// Builds a judged matching set from the independent writers' and judges' files:
//   node packages/engine/eval/build-judged-set.mjs match2 --seed 20261201   (dev and test halves)
//   node packages/engine/eval/build-judged-set.mjs match3                   (all needs: test)
// Reads <set>/needs.jsonl, candidates.jsonl, judge-A.jsonl and judge-B.jsonl (grades >= 1;
// absent pairs are 0), reports agreement (Cohen's kappa, exact and linearly weighted), writes
// qrels.jsonl (relevance = the judges' mean, rounded half up) and, with --seed, splits the
// needs into a dev half (for tuning) and a test half (read once) by a seeded shuffle; without
// it every need is in the test split.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const [setName, seedFlag, seedValue] = process.argv.slice(2);
if (!setName || !/^[a-z0-9-]+$/.test(setName) || (seedFlag && seedFlag !== "--seed")) {
  console.error("usage: node build-judged-set.mjs <set> [--seed N]");
  process.exit(2);
}
const dir = join(dirname(fileURLToPath(import.meta.url)), setName);
const lines = (f) =>
  readFileSync(join(dir, f), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

const needs = lines("needs.jsonl");
const candidates = lines("candidates.jsonl");
const grades = (f) => {
  const m = new Map();
  for (const g of lines(f)) m.set(`${g.need}|${g.candidate}`, g.grade);
  return m;
};
const A = grades("judge-A.jsonl");
const B = grades("judge-B.jsonl");

const pairs = [];
for (const n of needs)
  for (const c of candidates) {
    const k = `${n.id}|${c.id}`;
    pairs.push({ need: n.id, candidate: c.id, a: A.get(k) ?? 0, b: B.get(k) ?? 0 });
  }

function kappa(weight) {
  const K = 4;
  const obs = Array.from({ length: K }, () => new Array(K).fill(0));
  for (const p of pairs) obs[p.a][p.b] += 1;
  const n = pairs.length;
  const ra = obs.map((r) => r.reduce((s, x) => s + x, 0));
  const cb = obs[0].map((_, j) => obs.reduce((s, r) => s + r[j], 0));
  let po = 0;
  let pe = 0;
  for (let i = 0; i < K; i++)
    for (let j = 0; j < K; j++) {
      const w = weight(i, j);
      po += (w * obs[i][j]) / n;
      pe += (w * ra[i] * cb[j]) / (n * n);
    }
  return (po - pe) / (1 - pe);
}
const exact = kappa((i, j) => (i === j ? 1 : 0));
const linear = kappa((i, j) => 1 - Math.abs(i - j) / 3);
const relevantAgree = pairs.filter((p) => p.a > 0 || p.b > 0);
const bothRelevant = relevantAgree.filter((p) => p.a > 0 && p.b > 0).length;

const qrels = pairs
  .map((p) => ({ need: p.need, candidate: p.candidate, relevance: Math.floor((p.a + p.b) / 2 + 0.5) }))
  .filter((q) => q.relevance > 0);

// Seeded split of the needs: mulberry32, seed fixed before any system was run on the set.
let s = Number(seedValue ?? 0);
const rand = () => {
  s = (s + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const ids = needs.map((n) => n.id);
for (let i = ids.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [ids[i], ids[j]] = [ids[j], ids[i]];
}
const dev = new Set(seedFlag ? ids.slice(0, Math.ceil(ids.length / 2)) : []);
const split = Object.fromEntries(needs.map((n) => [n.id, dev.has(n.id) ? "dev" : "test"]));

const jsonl = (rows) => rows.map((r) => JSON.stringify(r)).join("\n") + "\n";
writeFileSync(join(dir, "qrels.jsonl"), jsonl(qrels));
for (const half of seedFlag ? ["dev", "test"] : ["test"]) {
  writeFileSync(join(dir, `needs-${half}.jsonl`), jsonl(needs.filter((n) => split[n.id] === half)));
  writeFileSync(join(dir, `qrels-${half}.jsonl`), jsonl(qrels.filter((q) => split[q.need] === half)));
}
const agreement = {
  pairs: pairs.length,
  needs: needs.length,
  candidates: candidates.length,
  judgeA: { graded: A.size },
  judgeB: { graded: B.size },
  kappaExact: Number(exact.toFixed(3)),
  kappaLinear: Number(linear.toFixed(3)),
  relevantByEither: relevantAgree.length,
  relevantByBoth: bothRelevant,
  qrels: qrels.length,
  dev: [...dev].length,
  test: needs.length - dev.size,
};
writeFileSync(join(dir, "agreement.json"), JSON.stringify(agreement, null, 2) + "\n");
console.log(JSON.stringify(agreement, null, 2));
