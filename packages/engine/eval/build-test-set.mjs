// Builds a folder of test sets from the writers' texts (raw/), the two independent annotations
// per set (annotations/<annotator>-<set>.jsonl) and the adjudication (adjudication.jsonl), and
// reports inter-annotator agreement (agreement.json). The folder's sets.json names the sets and
// their annotators. Run: node packages/engine/eval/build-test-set.mjs packages/engine/eval/test2
// Without adjudication.jsonl it writes disagreements.jsonl, the adjudicator's work list.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CATEGORY_IDS as CATS } from "../scripts/categories.mjs";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node packages/engine/eval/build-test-set.mjs <folder with sets.json>");
  process.exit(2);
}
const here = dir;
const SETS = JSON.parse(readFileSync(join(here, "sets.json"), "utf8"));
const readJsonl = (f) =>
  readFileSync(f, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const byId = (rows) => new Map(rows.map((r) => [r.id, r]));

function kappa(pairs) {
  const n = pairs.length;
  const po = pairs.filter(([a, b]) => a === b).length / n;
  let pe = 0;
  for (const c of CATS) {
    const pa = pairs.filter(([a]) => a === c).length / n;
    const pb = pairs.filter(([, b]) => b === c).length / n;
    pe += pa * pb;
  }
  return { n, observed: +po.toFixed(4), kappa: +((po - pe) / (1 - pe)).toFixed(4) };
}

const adjPath = join(here, "adjudication.jsonl");
const adjudication = existsSync(adjPath) ? byId(readJsonl(adjPath)) : undefined;
const agreement = {};
const work = [];
const allPairs = [];
for (const { set, annotators } of SETS) {
  const raw = readJsonl(join(here, "raw", `${set}.jsonl`));
  const [a, b] = annotators.map((x) =>
    byId(readJsonl(join(here, "annotations", `${x}-${set}.jsonl`))),
  );
  const pairs = [];
  let articleAgree = 0;
  let chapterAgree = 0;
  const out = [];
  for (const r of raw) {
    const la = a.get(r.id);
    const lb = b.get(r.id);
    if (!la || !lb) throw new Error(`${set}: ${r.id} not annotated by both`);
    pairs.push([la.category, lb.category]);
    const sa = new Set(la.articles);
    const shared = lb.articles.filter((x) => sa.has(x));
    if ((la.articles.length === 0 && lb.articles.length === 0) || shared.length) articleAgree++;
    if (la.chapter === lb.chapter) chapterAgree++;
    const agreeCat = la.category === lb.category;
    const agreeArt = (la.articles.length === 0 && lb.articles.length === 0) || shared.length > 0;
    const agreeCh = la.chapter === lb.chapter;
    const unsure = !la.clear || !lb.clear;
    if (!agreeCat || !agreeArt || !agreeCh || unsure)
      work.push({ id: r.id, set, text: r.text, annotations: [la, lb].map(({ id: _, ...x }) => x) });
    const adj = adjudication?.get(r.id);
    const category = agreeCat ? la.category : adj?.category;
    if (adjudication && (!agreeCat || unsure) && !adj) throw new Error(`${r.id}: not adjudicated`);
    if (!category) continue;
    // Contested: the annotators chose differently and the adjudicator found both defensible,
    // or both flagged the grouping as not clear and named a second one.
    const accept = [...new Set([category, ...(adj?.accept ?? [])])].filter((c) => CATS.includes(c));
    const articles = agreeArt
      ? shared.length
        ? shared
        : []
      : (adj?.articles ?? [...new Set([...la.articles, ...lb.articles])]);
    const chapter = agreeCh ? la.chapter : (adj?.chapter ?? la.chapter);
    out.push({
      id: r.id,
      text: r.text,
      category,
      articles,
      chapter,
      ...(accept.length > 1 ? { accept } : {}),
      agreement: !agreeCat ? "adjudicated" : unsure ? "agreed-unsure" : "clear",
      lang: r.lang,
      writer: r.writer,
      source: set,
    });
  }
  allPairs.push(...pairs);
  agreement[set] = {
    annotators,
    category: kappa(pairs),
    articlesOverlap: +(articleAgree / raw.length).toFixed(4),
    chapter: +(chapterAgree / raw.length).toFixed(4),
  };
  if (adjudication)
    writeFileSync(join(here, `${set}.jsonl`), out.map((o) => JSON.stringify(o)).join("\n") + "\n");
}
agreement.all = { category: kappa(allPairs) };
writeFileSync(join(here, "agreement.json"), JSON.stringify(agreement, null, 2) + "\n");
if (!adjudication)
  writeFileSync(
    join(here, "disagreements.jsonl"),
    work.map((w) => JSON.stringify(w)).join("\n") + "\n",
  );
console.log(JSON.stringify(agreement, null, 1));
console.log(`${work.length} items need adjudication${adjudication ? " (adjudicated)" : ""}`);
