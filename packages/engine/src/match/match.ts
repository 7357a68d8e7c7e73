import { getState } from "@tahub/domain";
import { at } from "../util/at.js";
import { dayNumber, epochDay, type MatchIndex } from "./build.js";
import {
  articleReason,
  categoryReason,
  conceptReasons,
  deliveredReason,
  languageReason,
  regionReason,
  southSouthReason,
  termReason,
} from "./explain.js";
import { isoToday } from "./features.js";
import { admitter, reachOf, type Asker, type Reach } from "./filters.js";
import type { MatchReason } from "./reasons.js";
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

function scoreOptions(
  index: MatchIndex,
  o: MatchOptions,
  includeClosed = false,
  filter?: (d: number) => boolean,
  waiting = false,
): ScoreOptions {
  const today = o.today ?? isoToday();
  return {
    weights: o.weights ? { ...index.weights, ...o.weights } : index.weights,
    preferSouthSouth: o.preferSouthSouth ?? false,
    today: dayNumber(today),
    includeClosed,
    ...(filter ? { filter } : {}),
    ...(waiting ? { waitingToday: epochDay(today) } : {}),
  };
}

/**
 * A need is said to be waiting (reason `waiting`) from this many days on. The bonus itself starts
 * on day one and is tiny then (30 days: +1.2%); a reason "waiting 3 days" would be noise.
 */
export const WAITING_REASON_DAYS = 30;

/**
 * The candidates open to a need: the hard filters of `filters.ts` (regions, languages, status,
 * period). `scoreSide` also drops closed and expired records; checking here too keeps the rule
 * in one place for every path.
 */
export function candidateFilter(
  index: MatchIndex,
  asker: { state?: string; language?: string },
  today: string,
): (d: number) => boolean {
  return classFilter(reachClasses(index.candidates.records), admitter(asker, today));
}

/**
 * Records grouped by everything the hard filters read of them (a candidate's reach; a need's
 * State and language), so that a query runs the filter once per group (a few hundred) instead
 * of once per record. Same answers: every record of a group gives the filter the same input.
 * Issue 13: at 100k needs, building an admitter per need was a large share of a provider
 * query's time and most of its garbage. Indexed records are not mutated (see
 * `buildMatchIndex`), so the grouping is made on first use and kept with the records.
 */
interface FilterClasses<K> {
  /** Group of record d. */
  of: Uint32Array;
  /** One representative input per group. */
  inputs: K[];
}

function groupBy<T, K>(
  cache: WeakMap<readonly T[], FilterClasses<K>>,
  records: readonly T[],
  input: (r: T) => K,
  key: (k: K) => string,
): FilterClasses<K> {
  const cached = cache.get(records);
  if (cached && cached.of.length === records.length) return cached;
  const ids = new Map<string, number>();
  const c: FilterClasses<K> = { of: new Uint32Array(records.length), inputs: [] };
  records.forEach((r, d) => {
    const k = input(r);
    const s = key(k);
    let id = ids.get(s);
    if (id === undefined) {
      ids.set(s, (id = c.inputs.length));
      c.inputs.push(k);
    }
    c.of[d] = id;
  });
  cache.set(records, c);
  return c;
}

const reachCache = new WeakMap<readonly MatchCandidate[], FilterClasses<Reach>>();
const askerCache = new WeakMap<readonly MatchNeed[], FilterClasses<Asker>>();

/** Candidates grouped by their reach (JSON of the reach: a finer split than needed is still exact). */
const reachClasses = (records: readonly MatchCandidate[]) =>
  groupBy(reachCache, records, reachOf, (r) => JSON.stringify(r));

/** Needs grouped by State and language ("" and absent read the same in `admitter`). */
const askerClasses = (records: readonly MatchNeed[]) =>
  groupBy(
    askerCache,
    records,
    (n): Asker => ({ state: n.state, language: n.language }),
    (a) => `${a.state ?? ""}\u0000${a.language ?? ""}`,
  );

/** The filter for one query: `test` once per group, then a table look-up per record. */
function classFilter<K>(c: FilterClasses<K>, test: (k: K) => boolean): (d: number) => boolean {
  const ok = new Uint8Array(c.inputs.length);
  c.inputs.forEach((input, k) => (ok[k] = test(input) ? 1 : 0));
  const of = c.of;
  return (d) => ok[of[d] ?? ok.length] === 1;
}

const present = <T>(r: T | undefined): r is T => r !== undefined;

function explainCandidate(
  index: MatchIndex,
  p: Probe,
  d: number,
  needState?: string,
): MatchReason[] {
  const side = index.candidates;
  const c = at(side.records, d);
  return [
    articleReason(p, side, d),
    ...conceptReasons(p, side, d),
    termReason(p, side, d, c.text),
    categoryReason(p.category, side.category[d] ?? 0, c),
    languageReason(p.language, side.language[d] ?? 0),
    southSouthReason(needState, c.providerState),
    regionReason(needState, c.regions, c.providerState ?? c.basedIn),
    deliveredReason(c, needState),
    side.full[d] ? ({ kind: "full-capacity" } as const) : undefined,
  ].filter(present);
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
  const filter = candidateFilter(index, need, opts.today ?? isoToday());
  scoreSide(p, side, false, scoreOptions(index, opts, false, filter), scores);
  const min = opts.minScore ?? 0;
  scores.forEach((s, d) => {
    if (s <= min) scores[d] = -Infinity;
  });
  const kinds = opts.kinds ?? ["offer", "expertise", "expert"];
  const result = (d: number): MatchResult => {
    const item = at(side.records, d);
    return {
      id: item.id,
      score: round(at(scores, d)),
      reasons: explainCandidate(index, p, d, p.state),
      item,
    };
  };
  const byKind = (kind: CandidateKind): MatchResult[] => {
    if (!kinds.includes(kind)) return [];
    const masked = scores.slice();
    side.records.forEach((r, d) => {
      if (r.kind !== kind) masked[d] = -Infinity;
    });
    return topK(masked, n, limit).map(result);
  };
  const all = topK(
    kinds.length === 3
      ? scores
      : scores.map((s, d) => (kinds.includes(at(side.records, d).kind) ? s : -Infinity)),
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
  const filter = candidateFilter(index, { ...need, state: p.state }, opts.today ?? isoToday());
  scoreSide(p, side, false, scoreOptions(index, opts, false, filter), scores);
  return topK(scores, side.bm25.size, limit)
    .filter((d) => at(scores, d) > 0)
    .map((d) => ({ id: at(side.records, d).id, score: at(scores, d) }));
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
  const today = opts.today ?? isoToday();
  const reaches = reachesOf(query);
  const filter = classFilter(askerClasses(side.records), (asker) =>
    reaches.some(admitter(asker, today)),
  );
  const so = scoreOptions(index, opts, opts.includeMet ?? false, filter, true);
  scoreSide(p, side, true, so, scores);
  const min = opts.minScore ?? 0;
  const pool = topK(scores, n, Math.max(limit, opts.statePool ?? 200)).filter(
    (d) => at(scores, d) > min,
  );
  const ranked: RankedNeeds = { side, p, scores, query };
  const needs = pool.slice(0, limit).map((d) => needResult(ranked, d, so.waitingToday));
  const states = [...needsByState(side.records, pool)].map(([st, ds]) =>
    stateResult(ranked, st, ds),
  );
  states.sort((a, b) => b.score - a.score || a.state.localeCompare(b.state));
  return { needs, states: states.slice(0, limit) };
}

/** What explaining a provider query's needs reads: the need side, the probe and its scores. */
interface RankedNeeds {
  side: MatchIndex["needs"];
  p: Probe;
  scores: Float32Array;
  query: ProviderQuery | MatchCandidate;
}

/** Need `d` as a result, with its reasons. */
function needResult(
  { side, p, scores, query }: RankedNeeds,
  d: number,
  waitingToday: number | undefined,
): MatchResult<MatchNeed> {
  const need = at(side.records, d);
  const reasons = [
    articleReason(p, side, d),
    ...conceptReasons(p, side, d),
    termReason(p, side, d, need.text),
    categoryReason(side.category[d] ?? 0, p.category),
    languageReason(p.language, side.language[d] ?? 0),
    southSouthReason(need.state, query.providerState),
    regionReason(need.state, query.regions, query.providerState),
    side.equity[d] === 1 ? ({ kind: "no-support-yet" } as const) : undefined,
    waitingReason(side.since[d] ?? 0, waitingToday),
  ].filter(present);
  return { id: need.id, score: round(at(scores, d)), reasons, item: need };
}

/** The needs of `pool` by State party (upper-case code), in pool order; needs of no known State are left out. */
function needsByState(
  records: readonly MatchNeed[],
  pool: readonly number[],
): Map<string, number[]> {
  const byState = new Map<string, number[]>();
  for (const d of pool) {
    const st = at(records, d).state?.toUpperCase();
    if (!st || !getState(st)) continue;
    const list = byState.get(st) ?? [];
    list.push(d);
    byState.set(st, list);
  }
  return byState;
}

/**
 * A State's result: its best need plus a diminishing share of its other matching needs
 * (`ds`, best first, never empty), with the reasons of its best need.
 */
function stateResult(
  { side, p, scores, query }: RankedNeeds,
  st: string,
  ds: readonly number[],
): StateResult {
  let score = 0;
  ds.forEach((d, i) => (score += at(scores, d) / (1 + i)));
  const state = getState(st);
  if (!state) throw new Error(`needsByState kept ${st}, which is not a State party`);
  const top = at(ds, 0);
  const open = ds.filter((d) => side.equity[d] === 1).length;
  const reasons = [
    { kind: "matching-needs", count: ds.length, needId: at(side.records, top).id } as const,
    articleReason(p, side, top),
    open > 0 ? ({ kind: "unsupported-needs", count: open } as const) : undefined,
    southSouthReason(st, query.providerState),
    languageReason(p.language, side.language[top] ?? 0),
  ].filter(present);
  return { state: st, name: state.name, score: round(score), reasons };
}

function waitingReason(since: number, today: number | undefined): MatchReason | undefined {
  if (!since || !today) return undefined;
  const days = today - since;
  return days >= WAITING_REASON_DAYS ? { kind: "waiting", days } : undefined;
}

/**
 * Whom a provider query reaches: an offer reaches as itself (a closed one reaches nobody); a
 * provider, through each of its open offers (`reach`), or its stated regions and languages.
 */
function reachesOf(query: ProviderQuery | MatchCandidate): readonly Reach[] {
  if (isCandidate(query)) return [reachOf(query)];
  return query.reach ?? [{ regions: query.regions, languages: query.languages }];
}

/** An offer given as the query (it has a kind and an id), rather than a provider's description. */
function isCandidate(query: ProviderQuery | MatchCandidate): query is MatchCandidate {
  return "kind" in query && "id" in query;
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export { resolveWeights };
