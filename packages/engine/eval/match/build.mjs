// Writes needs.jsonl, candidates.jsonl and qrels.jsonl from the hand-written sources, judging
// every need x candidate pair by the rules in README.md.
// Run from the repository root: pnpm exec tsx packages/engine/eval/match/build.mjs
import { writeFileSync } from "node:fs";
import { CANDIDATES } from "./candidates.src.mjs";
import { NEEDS } from "./needs.src.mjs";
import {
  chapterOf,
  CLUSTERS as ARTICLE_CLUSTERS,
  MODALITY_CATEGORIES as MODALITY_CATEGORIES_TS,
} from "@tahub/domain";

const dir = new URL("./", import.meta.url);
/** The day the set was judged: offers whose period ended before are unavailable (judged 0). */
const JUDGED_ON = "2026-01-15";

// The taxonomy, the article clusters and the chapters come from @tahub/domain itself (the script
// runs under tsx, which compiles the TypeScript sources), so they cannot drift from the platform.
const MODALITY_CATEGORIES = MODALITY_CATEGORIES_TS;
const CLUSTERS = ARTICLE_CLUSTERS.map((c) => [...c.articles]);
const chapters = (arts) => new Set(arts.flatMap((a) => (a === 14 ? ["II", "V"] : [chapterOf(a)])));

const candidates = CANDIDATES.map(
  ([id, kind, provider, state, judge, modalities, text, x = {}]) => ({
    id,
    kind,
    provider,
    state,
    judge,
    modalities,
    text,
    ...x,
  }),
);

const needLines = NEEDS.map(([id, state, category, articles, chapter, text]) => ({
  id,
  text,
  category,
  articles,
  ...(chapter ? { chapter } : {}),
  state,
}));

const candidateLines = candidates.map((c) => {
  const line = { id: c.id, kind: c.kind, provider: c.provider };
  if (c.state) line.providerState = c.state;
  line.text = c.text;
  if (!c.hide) line.articles = c.judge;
  if (c.kind === "offer") line.modalities = c.modalities;
  else if (c.kind === "expertise")
    line.categories = [...new Set(c.modalities.flatMap((m) => MODALITY_CATEGORIES[m]))];
  for (const k of [
    "regions",
    "languages",
    "southSouth",
    "capacity",
    "period",
    "status",
    "deliveredTo",
  ])
    if (c[k] !== undefined) line[k] = c[k];
  return line;
});

function judge(n, c) {
  if (c.status === "closed" || (c.period?.to && c.period.to < JUDGED_ON)) return 0;
  const forms = new Set(c.modalities.flatMap((m) => MODALITY_CATEGORIES[m]));
  const fits = forms.has(n.category);
  const sameArticle = n.articles.some((a) => c.judge.includes(a));
  if (sameArticle) return fits ? 3 : 2;
  const sameCluster = CLUSTERS.some(
    (cl) => n.articles.some((a) => cl.includes(a)) && c.judge.some((a) => cl.includes(a)),
  );
  if (sameCluster) return 2;
  const nch = chapters(n.articles);
  if (n.chapter) nch.add(n.chapter);
  const sameChapter = [...chapters(c.judge)].some((ch) => nch.has(ch));
  if (sameChapter) return n.articles.length === 0 && fits ? 2 : 1;
  return 0;
}

const qrels = [];
for (const n of needLines)
  for (const c of candidates) {
    const relevance = judge(n, c);
    if (relevance > 0) qrels.push({ need: n.id, candidate: c.id, relevance });
  }

const jsonl = (rows) => rows.map((r) => JSON.stringify(r)).join("\n") + "\n";
writeFileSync(new URL("needs.jsonl", dir), jsonl(needLines));
writeFileSync(new URL("candidates.jsonl", dir), jsonl(candidateLines));
writeFileSync(new URL("qrels.jsonl", dir), jsonl(qrels));
const by = [0, 0, 0, 0];
for (const q of qrels) by[q.relevance]++;
console.log(
  `${needLines.length} needs, ${candidateLines.length} candidates, ${qrels.length} judged pairs (1: ${by[1]}, 2: ${by[2]}, 3: ${by[3]})`,
);
