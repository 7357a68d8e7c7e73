import { getState } from "@tahub/domain";
import { dayNumber, type MatchIndex } from "./build.js";
import {
  articleReason,
  categoryReason,
  conceptReason,
  deliveredReason,
  languageReason,
  regionReason,
  southSouthReason,
  termReason,
} from "./explain.js";
import { isoToday } from "./features.js";
import { makeProbe, scoreSide, topK, type Probe, type ScoreOptions } from "./score.js";
import {
  UnknownStateError,
  type CandidateKind,
  type MatchCandidate,
  type MatchNeed,
  type MatchResult,
  type NeedMatches,
  type ProviderQuery,
  type StateResult,
} from "./types.js";
import { resolveWeights, type MatchWeights } from "./weights.js";

export interface MatchOptions {
  /** Results per list. Default 10. */
  limit?: number;
  /** Rank South-South candidates first (multiplies the South-South weight). Default false. */
  preferSouthSouth?: boolean;
  /** Per-call weight overrides. Default: the index's weights. */
  weights?: Partial<MatchWeights>;
  /** Day to judge offer periods against, yyyy-mm-dd. Default: today (UTC). */
  today?: string;
  /** Only these candidate kinds (matchNeed). Default: all three. */
  kinds?: readonly CandidateKind[];
  /** Drop results scoring at or below this. Default 0 (nothing in common is never returned). */
  minScore?: number;
}

/** Throws `UnknownStateError` for a code that is given but is not a State party's. */
export function checkState(code: string | undefined): void {
  if (code !== undefined && code !== "" && !getState(code)) throw new UnknownStateError(code);
}

function scoreOptions(index: MatchIndex, o: MatchOptions, includeClosed = false): ScoreOptions {
  return {
    weights: o.weights ? { ...index.weights, ...o.weights } : index.weights,
    preferSouthSouth: o.preferSouthSouth ?? false,
    today: dayNumber(o.today ?? isoToday()),
    includeClosed,
  };
}

function explainCandidate(index: MatchIndex, p: Probe, d: number, needState?: string): string[] {
  const side = index.candidates;
  const c = side.records[d]!;
  const reasons = [
    articleReason(p, side, d),
    conceptReason(p, side, d),
    termReason(p, side, d, c.text),
    categoryReason(p.category, side.category[d]!, c),
    languageReason(p.language, side.language[d]!),
    southSouthReason(needState, c.providerState, c.southSouth === true),
    regionReason(needState, c.regions, c.providerState),
    deliveredReason(c, needState),
    side.full[d] ? "provider at full capacity for now" : undefined,
  ];
  return reasons.filter((r): r is string => r !== undefined);
}

/**
 * Ranks offers, knowledge-bank expertise and experts for a need. A need with no text is matched
 * by its articles (and chapter, category, region, language). Closed offers and offers whose
 * period has ended are never returned. Throws `UnknownStateError` when `need.state` is given and
 * is not a State party's; empty candidates give empty lists.
 */
export function matchNeed(
  index: MatchIndex,
  need: MatchNeed,
  opts: MatchOptions = {},
): NeedMatches {
  checkState(need.state);
  const limit = opts.limit ?? 10;
  const side = index.candidates;
  const n = side.bm25.size;
  const p = makeProbe(index, { ...need, languages: need.language ? [need.language] : undefined });
  const scores = new Float32Array(n);
  scoreSide(p, side, false, scoreOptions(index, opts), scores);
  const min = opts.minScore ?? 0;
  for (let d = 0; d < n; d++) if (scores[d]! <= min) scores[d] = -Infinity;
  const kinds = opts.kinds ?? ["offer", "expertise", "expert"];
  const result = (d: number): MatchResult => ({
    id: side.records[d]!.id,
    score: round(scores[d]!),
    reasons: explainCandidate(index, p, d, p.state),
    item: side.records[d]!,
  });
  const byKind = (kind: CandidateKind): MatchResult[] => {
    if (!kinds.includes(kind)) return [];
    const masked = scores.slice();
    for (let d = 0; d < n; d++) if (side.records[d]!.kind !== kind) masked[d] = -Infinity;
    return topK(masked, n, limit).map(result);
  };
  const all = topK(
    kinds.length === 3
      ? scores
      : scores.map((s, d) => (kinds.includes(side.records[d]!.kind) ? s : -Infinity)),
    n,
    limit,
  ).map(result);
  return {
    offers: byKind("offer"),
    expertise: byKind("expertise"),
    experts: byKind("expert"),
    all,
  };
}

/** The ids of every candidate ranked for a need, best first (for evaluation). */
export function rankCandidates(
  index: MatchIndex,
  need: MatchNeed,
  limit: number,
  opts: MatchOptions = {},
): { id: string; score: number }[] {
  const side = index.candidates;
  const p = makeProbe(index, {
    ...need,
    state: getState(need.state ?? "") ? need.state : undefined,
  });
  const scores = new Float32Array(side.bm25.size);
  scoreSide(p, side, false, scoreOptions(index, opts), scores);
  return topK(scores, side.bm25.size, limit)
    .filter((d) => scores[d]! > 0)
    .map((d) => ({ id: side.records[d]!.id, score: scores[d]! }));
}

export interface ProviderMatches {
  needs: MatchResult<MatchNeed>[];
  states: StateResult[];
}

export interface ProviderMatchOptions extends MatchOptions {
  /** Needs considered when aggregating States. Default 200. */
  statePool?: number;
  /** Keep met and no-longer-relevant needs. Default false. */
  includeMet?: boolean;
}

/**
 * Ranks open needs for an offer (or a provider described by its offers' text, articles,
 * modalities and regions), and aggregates them into States: a State ranks by its best need
 * plus a diminishing share of its other matching needs. The equity term lifts needs that no
 * engagement supports yet.
 */
export function matchProvider(
  index: MatchIndex,
  query: ProviderQuery | MatchCandidate,
  opts: ProviderMatchOptions = {},
): ProviderMatches {
  checkState(query.providerState);
  const limit = opts.limit ?? 10;
  const side = index.needs;
  const n = side.bm25.size;
  const p = makeProbe(index, { ...query, state: query.providerState });
  const scores = new Float32Array(n);
  scoreSide(p, side, true, scoreOptions(index, opts, opts.includeMet ?? false), scores);
  const min = opts.minScore ?? 0;
  const pool = topK(scores, n, Math.max(limit, opts.statePool ?? 200)).filter(
    (d) => scores[d]! > min,
  );
  const needs = pool.slice(0, limit).map((d) => {
    const need = side.records[d]!;
    const reasons = [
      articleReason(p, side, d),
      conceptReason(p, side, d),
      termReason(p, side, d, need.text),
      categoryReason(side.category[d]!, p.category)?.replace("offers", "asks for"),
      languageReason(p.language, side.language[d]!),
      southSouthReason(need.state, query.providerState, query.southSouth === true),
      regionReason(need.state, query.regions, query.providerState),
      side.equity[d] === 1 ? "no support yet" : undefined,
    ].filter((r): r is string => typeof r === "string");
    return { id: need.id, score: round(scores[d]!), reasons, item: need };
  });
  const byState = new Map<string, number[]>();
  for (const d of pool) {
    const st = side.records[d]!.state?.toUpperCase();
    if (!st || !getState(st)) continue;
    const list = byState.get(st) ?? [];
    list.push(d);
    byState.set(st, list);
  }
  const states: StateResult[] = [...byState].map(([st, ds]) => {
    let score = 0;
    ds.forEach((d, i) => (score += scores[d]! / (1 + i)));
    const state = getState(st)!;
    const open = ds.filter((d) => side.equity[d] === 1).length;
    const reasons = [
      `${ds.length} matching need${ds.length > 1 ? "s" : ""}, best: ${side.records[ds[0]!]!.id}`,
      articleReason(p, side, ds[0]!),
      open > 0 ? `${open} without support yet` : undefined,
      southSouthReason(st, query.providerState, query.southSouth === true),
      languageReason(p.language, side.language[ds[0]!]!),
    ].filter((r): r is string => r !== undefined);
    return { state: st, name: state.name, score: round(score), reasons };
  });
  states.sort((a, b) => b.score - a.score || a.state.localeCompare(b.state));
  return { needs, states: states.slice(0, limit) };
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export { resolveWeights };
