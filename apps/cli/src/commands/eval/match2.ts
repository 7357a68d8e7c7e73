import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ARTICLES, CLUSTERS, referencedArticles } from "@tahub/domain";
import {
  analyse,
  buildMatchIndex,
  classify,
  rankCandidates,
  type BuildOptions,
  type MatchCandidate,
  type MatchWeights,
} from "@tahub/engine";
import { fusePeer, parseJsonLines, rankingMetrics, type RankingMetrics } from "@tahub/engine/eval";
import { z } from "zod";
import { UsageError } from "../../lib/command.js";

/**
 * The independently written and judged set (`packages/engine/eval/match2/`, see its README):
 * needs in English with faithful French and Spanish versions, candidates with the provider's own
 * tags, relevance graded by two judges from the texts alone. Unlike the rule-based set, nothing
 * in the judgements is derived from the fields the scorer reads, so it measures ranking quality
 * rather than agreement with a rule.
 */
const MATCH2_DIR = judgedSetDir("match2");

/**
 * The folder of an independently judged set: `match2` (dev half for tuning; its test half was
 * read once and is a dev set since), `match3` (written and judged afterwards by new writers and
 * judges, every need in its test split, read once). Same layout and build
 * (`packages/engine/eval/build-judged-set.mjs`).
 */
export function judgedSetDir(name: "match2" | "match3"): string {
  return fileURLToPath(new URL(`../../../../../packages/engine/eval/${name}/`, import.meta.url));
}

export const MATCH2_LANGS = ["en", "fr", "es"] as const;
export type Match2Lang = (typeof MATCH2_LANGS)[number];

const ZNeed = z.object({ id: z.string(), en: z.string(), fr: z.string(), es: z.string() });
const ZCandidate = z.object({
  id: z.string(),
  kind: z.enum(["offer", "expertise"]),
  title: z.string(),
  description: z.string(),
  articles: z.array(z.number().int().min(1).max(71)).default([]),
  regions: z.array(z.string()).default([]),
  languages: z.array(z.string()).default([]),
});
const ZQrel = z.object({
  need: z.string(),
  candidate: z.string(),
  relevance: z.number().int().min(0).max(3),
});

type Match2Need = z.infer<typeof ZNeed>;
type Match2Candidate = z.infer<typeof ZCandidate>;

export interface Match2Set {
  split: string;
  needs: Match2Need[];
  candidates: Match2Candidate[];
  qrels: Map<string, Map<string, number>>;
  agreement: Record<string, unknown>;
}

function readLines<S extends z.ZodType>(path: string, schema: S): z.infer<S>[] {
  if (!existsSync(path))
    throw new UsageError(
      `${path} does not exist (the match2 test half is added only when it is read, once)`,
    );
  const { records, errors } = parseJsonLines(readFileSync(path, "utf8"), schema);
  const [first] = errors;
  if (first) throw new UsageError(`${path}:${first.line}: ${first.message}`);
  return records;
}

/** Reads one split ("dev", or "test" once it is in the repository) of the judged set. */
export function readMatch2(split: string, dir = MATCH2_DIR): Match2Set {
  if (!/^[a-z]+$/.test(split)) throw new UsageError(`--split: "${split}" is not a split name`);
  const needs = readLines(`${dir}needs-${split}.jsonl`, ZNeed);
  const candidates = readLines(`${dir}candidates.jsonl`, ZCandidate);
  const qrels = new Map<string, Map<string, number>>();
  for (const q of readLines(`${dir}qrels-${split}.jsonl`, ZQrel)) {
    const m = qrels.get(q.need) ?? new Map<string, number>();
    m.set(q.candidate, q.relevance);
    qrels.set(q.need, m);
  }
  const agreement = JSON.parse(readFileSync(`${dir}agreement.json`, "utf8")) as Record<
    string,
    unknown
  >;
  return { split, needs, candidates, qrels, agreement };
}

/*
 * What every system is given, and nothing more: the need's text, and for each candidate its
 * title, description and the provider's own tags (articles, regions served, languages). No
 * provider name, kind-specific field, State or need-side metadata: a real need arrives as text.
 */
const docText = (c: Match2Candidate) => `${c.title}. ${c.description}`;

/** The tags as tokens, for the text-only peers: `art52 region-african lang-fr`. */
function tagTokens(c: Match2Candidate): string {
  return [
    ...c.articles.map((a) => `art${a}`),
    ...c.regions.map((r) => `region-${r}`),
    ...c.languages.map((l) => `lang-${l}`),
  ].join(" ");
}

/** The candidate as TA Hub reads it: text, and the tags in their structured fields. */
function match2Candidate(c: Match2Candidate): MatchCandidate {
  return {
    id: c.id,
    kind: c.kind,
    text: docText(c),
    articles: c.articles,
    regions: c.regions as MatchCandidate["regions"],
    languages: c.languages,
  };
}

/** A ranker: the ids of the 10 best candidates for a need's text. */
type Ranker = (text: string) => string[];

const MATCH2_SYSTEMS = ["tahub", "minisearch", "fuse", "tags"] as const;
type Match2System = (typeof MATCH2_SYSTEMS)[number];

// Judge on a fixed day, so nothing in the set expires under the evaluation.
const TODAY = "2026-01-15";

function tahubRanker(
  candidates: readonly Match2Candidate[],
  options: BuildOptions = {},
  weights?: Partial<MatchWeights>,
): Ranker {
  const index = buildMatchIndex({ candidates: candidates.map(match2Candidate) }, options);
  return (text) =>
    rankCandidates(index, { id: "q", text }, 10, {
      today: TODAY,
      ...(weights ? { weights } : {}),
    }).map((r) => r.id);
}

/** The need's cited articles as tokens, so the text peers can use the article tags too. */
const citedTokens = (text: string) =>
  referencedArticles(text)
    .map((a) => `art${a}`)
    .join(" ");

async function miniSearchRanker(candidates: readonly Match2Candidate[]): Promise<Ranker> {
  const { default: MiniSearch } = await import("minisearch");
  const ms = new MiniSearch<{ id: string; text: string; tags: string }>({
    fields: ["text", "tags"],
    storeFields: [],
  });
  ms.addAll(candidates.map((c) => ({ id: c.id, text: docText(c), tags: tagTokens(c) })));
  return (text) =>
    ms
      .search(`${text} ${citedTokens(text)}`.trim(), { combineWith: "OR" })
      .slice(0, 10)
      .map((r) => String(r.id));
}

function fuseRanker(candidates: readonly Match2Candidate[]): Ranker {
  const fuse = fusePeer(
    candidates.map((c) => ({ id: c.id, text: `${docText(c)} ${tagTokens(c)}` })),
  );
  return (text) => fuse.search(`${text} ${citedTokens(text)}`.trim(), 10);
}

const CLUSTER_OF = new Map<number, number>();
CLUSTERS.forEach((c, i) => c.articles.forEach((a) => CLUSTER_OF.set(a, i)));
const CHAPTER_OF = new Map<number, string>(ARTICLES.map((a) => [a.number, a.chapter]));

/** Same article 1, same executive-summary cluster 0.6, same chapter 0.25: TA Hub's own scale. */
function articleOverlap(need: readonly number[], cand: readonly number[]): number {
  let best = 0;
  for (const a of need)
    for (const b of cand) {
      const s =
        a === b
          ? 1
          : CLUSTER_OF.has(a) && CLUSTER_OF.get(a) === CLUSTER_OF.get(b)
            ? 0.6
            : CHAPTER_OF.get(a) === CHAPTER_OF.get(b)
              ? 0.25
              : 0;
      if (s > best) best = s;
    }
  return best;
}

/**
 * The text-blind baseline: ranks by the candidates' tags alone. The need side has no tags, so
 * its articles are those its text cites plus the classifier's prediction (its best article,
 * and any other it gives at least 0.25); a candidate scores by article overlap with them, plus
 * 0.05 when it lists the need's language (a tie-breaker). Ties keep the file's order. This is
 * what "the fields alone" can do on a set judged from the texts.
 */
function tagsRanker(candidates: readonly Match2Candidate[]): Ranker {
  return (text) => {
    const c = classify(text);
    const predicted = c.articles.filter((a, i) => i === 0 || a.score >= 0.25).map((a) => a.article);
    const arts = [...new Set([...referencedArticles(text), ...predicted])];
    const lang = analyse(text).language;
    return candidates
      .map((cand, i) => ({
        id: cand.id,
        i,
        s: articleOverlap(arts, cand.articles) + (cand.languages.includes(lang) ? 0.05 : 0),
      }))
      .filter((r) => r.s > 0)
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .slice(0, 10)
      .map((r) => r.id);
  };
}

export type Match2Figures = Partial<
  Record<Match2System, Partial<Record<Match2Lang | "all", RankingMetrics>>>
>;

export interface Match2Options {
  langs?: readonly Match2Lang[];
  systems?: readonly Match2System[];
  /** TA Hub index options and weights (tuning experiments only; the command uses defaults). */
  build?: BuildOptions;
  weights?: Partial<MatchWeights>;
}

/**
 * nDCG@10, MRR and recall@10 of each system on each language's version of the needs, against
 * the same judgements (made on the English text), and pooled over the languages asked for.
 */
export async function evaluateMatch2(
  set: Match2Set,
  o: Match2Options = {},
): Promise<Match2Figures> {
  const langs = o.langs ?? MATCH2_LANGS;
  const systems = o.systems ?? MATCH2_SYSTEMS;
  const out: Match2Figures = {};
  for (const system of systems) {
    const rank: Ranker =
      system === "tahub"
        ? tahubRanker(set.candidates, o.build, o.weights)
        : system === "minisearch"
          ? await miniSearchRanker(set.candidates)
          : system === "fuse"
            ? fuseRanker(set.candidates)
            : tagsRanker(set.candidates);
    const perLang: Partial<Record<Match2Lang | "all", RankingMetrics>> = {};
    const pooled = new Map<string, string[]>();
    const pooledQrels = new Map<string, Map<string, number>>();
    for (const lang of langs) {
      const rankings = new Map<string, string[]>();
      for (const n of set.needs) {
        const ids = rank(n[lang]);
        rankings.set(n.id, ids);
        pooled.set(`${n.id}:${lang}`, ids);
        pooledQrels.set(`${n.id}:${lang}`, set.qrels.get(n.id) ?? new Map<string, number>());
      }
      perLang[lang] = rankingMetrics(rankings, set.qrels);
    }
    if (langs.length > 1) perLang.all = rankingMetrics(pooled, pooledQrels);
    out[system] = perLang;
  }
  return out;
}
