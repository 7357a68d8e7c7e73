import { chapterOf, GUIDELINE_RULES, isArticleNumber, type GuidelineRule } from "@tahub/domain";
import { findKnowledge, type Concept } from "../knowledge/index.js";
import { analyse, type Analysed } from "../text/analyse.js";
import { headIsBody, requestHead } from "./head.js";

/**
 * Longest text analysed. Needs are a sentence or a paragraph; anything longer is cut here so
 * that a 1 MB paste costs the same as a long paragraph (and no regex sees a megabyte).
 */
export const MAX_ANALYSED_CHARS = 4000;

/** Content stems that count as the lead of a need. */
const LEAD = 3;

export interface Extracted {
  analysed: Analysed;
  /** Distinct feature names: `s:` stem, `b:` bigram, `c:` concept, `q:` category cue, `qf:` cue among the first words, `g:` guideline rule whose head phrase occurs, `ho:` generic opener before the head, `h:` head stem, `h2:` head stem pair, `hq:` the head's cue, `hb:body` the head names a body, `a:` cited article, `ach:` chapter of a cited article, `gc:` chapter-general cue, `l:` language. */
  features: string[];
  concepts: { concept: Concept; term: string }[];
  cues: { category: string; term: string; position: number }[];
  rules: { rule: GuidelineRule; term: string; position: number }[];
  chapterCues: { chapter: string; term: string }[];
  truncated: boolean;
  /** Why the text could not be read at all, if it could not. */
  unreadable?: "empty" | "binary";
  /** Index of the request's head in `analysed.stems` (after generic openers). */
  head: number;
}

// Control characters other than tab/newline, and U+FFFD from a failed decode.
// eslint-disable-next-line no-control-regex -- detecting control characters is the point
const BINARY = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;

function unreadableReason(text: string): "empty" | "binary" | undefined {
  if (text.trim().length === 0) return "empty";
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const bad = sample.match(BINARY)?.length ?? 0;
  if (bad > 0 && bad / sample.length > 0.05) return "binary";
  return undefined;
}

/** Everything read from a need except the feature names (the classifier's fast path). */
export type Parts = Omit<Extracted, "features">;

/** Analysis and knowledge matches; `bigrams: false` skips building bigram strings. */
export function parts(raw: string, options: { bigrams?: boolean } = {}): Parts {
  const truncated = raw.length > MAX_ANALYSED_CHARS;
  const text = truncated ? raw.slice(0, MAX_ANALYSED_CHARS) : raw;
  const unreadable = unreadableReason(text);
  const analysed = analyse(unreadable ? "" : text, { bigrams: options.bigrams ?? true });
  const out: Parts = {
    analysed,
    ...findKnowledge(analysed),
    truncated,
    head: requestHead(text, analysed.stems, analysed.language),
  };
  if (unreadable) out.unreadable = unreadable;
  return out;
}

/** Prefixes of the knowledge features (see `Extracted.features`). */
export type KnowledgePrefix =
  "c" | "q" | "qf" | "g" | "gf" | "gr" | "ho" | "h" | "h2" | "hq" | "hb" | "gc" | "a" | "ach" | "l";

/**
 * The features of a need other than its stems and bigrams, in order, as (prefix, key) pairs:
 * the feature's name is `prefix + ":" + key`. The classifier's fast path looks stems and
 * bigrams up directly and calls this for the rest (looking the pair up without building the
 * name), so the two paths cannot disagree on these.
 */
export function knowledgeFeatures(
  p: Parts,
  add: (prefix: KnowledgePrefix, key: string) => void,
): void {
  for (const h of p.concepts) add("c", h.concept.id);
  for (const h of p.cues) {
    add("q", h.category);
    // Needs say what they want first ("Training of ...", "Assistance in drafting ..."): a cue
    // among the first content words is a stronger signal than one buried in the topic.
    if (h.position < LEAD) add("qf", h.category);
  }
  // The guideline's decision list over the rules the need uses: the first one in the text (the
  // first substantive request) and the best-ranked one (the list's order settles the rest).
  let firstRule: (typeof p.rules)[number] | undefined;
  let bestRanked: (typeof p.rules)[number] | undefined;
  for (const r of p.rules) {
    add("g", r.rule.id);
    if (!firstRule || r.position < firstRule.position) firstRule = r;
    if (!bestRanked || ruleRank(r.rule) < ruleRank(bestRanked.rule)) bestRanked = r;
  }
  if (firstRule) add("gf", firstRule.rule.category);
  if (bestRanked) add("gr", bestRanked.rule.category);
  // The head of the request (guideline: the head decides). Its stem and the stem after it
  // ("draft manual" is not "draft law"), and the grouping of the first cue from the head on.
  const stems = p.analysed.stems;
  const head = stems[p.head];
  // The last generic opener before the head: "strengthening of <a body>" is institution-building
  // where "strengthening of the capacities" is not, and the head pair tells them apart.
  if (p.head > 0) add("ho", stems[p.head - 1] as string);
  if (head !== undefined) {
    add("h", head);
    const next = stems[p.head + 1];
    if (next !== undefined) add("h2", head + "_" + next);
  }
  let headCue: (typeof p.cues)[number] | undefined;
  for (const h of p.cues)
    if (h.position >= p.head && (!headCue || h.position < headCue.position)) headCue = h;
  if (headCue && headCue.position <= p.head + 1) add("hq", headCue.category);
  if (headIsBody(stems, p.analysed.language, p.head, headCue ? headCue.position : stems.length))
    add("hb", "body");
  for (const h of p.chapterCues) add("gc", h.chapter);
  for (const a of p.analysed.articles) {
    if (!isArticleNumber(a)) continue;
    add("a", String(a));
    add("ach", chapterOf(a));
  }
  if (p.analysed.language !== "en") add("l", p.analysed.language);
}

export function extract(raw: string): Extracted {
  const p = parts(raw);
  const feats = new Set<string>();
  for (const s of p.analysed.stems) feats.add("s:" + s);
  for (const b of p.analysed.bigrams) feats.add("b:" + b);
  knowledgeFeatures(p, (prefix, key) => feats.add(prefix + ":" + key));
  return { ...p, features: [...feats] };
}

const RULE_RANK = new Map(GUIDELINE_RULES.map((r, i) => [r.id, i]));
const ruleRank = (r: GuidelineRule) => RULE_RANK.get(r.id) ?? GUIDELINE_RULES.length;
