import { CATEGORY_IDS, CHAPTER_IDS, CLUSTERS, getState } from "@tahub/domain";
import { stem } from "../text/index.js";
import type { Side } from "./build.js";
import { ARTICLE_WORDS, languagesOfMask } from "./features.js";
import type { Probe } from "./score.js";
import type { MatchReason } from "./reasons.js";
import type { MatchCandidate } from "./types.js";

function articlesOfMask(mask: Uint32Array, at: number): number[] {
  const out: number[] = [];
  for (let a = 1; a <= 71; a++)
    if ((mask[at + ((a - 1) >>> 5)] ?? 0) & (1 << ((a - 1) & 31))) out.push(a);
  return out;
}

function bits(mask: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < 16; i++) if (mask & (1 << i)) out.push(i);
  return out;
}

/** Articles the probe and record share; else their cluster; else their chapter. */
export function articleReason(p: Probe, side: Side<unknown>, d: number): MatchReason | undefined {
  const theirs = articlesOfMask(side.art, d * ARTICLE_WORDS);
  const shared = p.articles.filter((a) => theirs.includes(a));
  if (shared.length > 0) return { kind: "shared-articles", articles: shared.slice(0, 3) };
  const cl = bits(p.cluster & (side.cluster[d] ?? 0))[0];
  const cluster = cl === undefined ? undefined : CLUSTERS[cl];
  if (cluster)
    return { kind: "same-cluster", cluster: cluster.id, articles: [...cluster.articles] };
  const ch = bits(p.chapter & (side.chapter[d] ?? 0))[0];
  const chapter = ch === undefined ? undefined : CHAPTER_IDS[ch];
  if (chapter) return { kind: "same-chapter", chapter };
  return undefined;
}

/** Up to three shared terms, rarest first, in the words of the record's text. */
export function termReason(
  p: Probe,
  side: Side<unknown>,
  d: number,
  text: string,
): MatchReason | undefined {
  const mine = new Set(side.bm25.termsOf(d));
  const shared = side.bm25
    .idsOf(p.terms.filter((t) => !t.term.startsWith("c:") && !t.term.includes("_")))
    .filter((t) => mine.has(t))
    .sort((a, b) => side.bm25.idfOf(b) - side.bm25.idfOf(a));
  if (shared.length === 0) return undefined;
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const surface = shared.slice(0, 3).map((id) => {
    // A direct look-up: scanning the vocabulary here cost most of a query's time (issue 13).
    const st = side.bm25.termOf(id) ?? "";
    return words.find((w) => stem(w, p.analysed.language) === st || w.startsWith(st)) ?? st;
  });
  return { kind: "shared-terms", terms: [...new Set(surface)] };
}

/** One reason per concept both records name (at most `max`), the probe's order. */
export function conceptReasons(p: Probe, side: Side<unknown>, d: number, max = 2): MatchReason[] {
  const theirs = new Set((side.concepts[d] ?? []).map((c) => c.id));
  const seen = new Set<string>();
  const out: MatchReason[] = [];
  for (const c of p.concepts) {
    if (!theirs.has(c.id) || seen.has(c.id) || out.length >= max) continue;
    seen.add(c.id);
    const article = c.articles?.[0];
    out.push({
      kind: "same-concept",
      concept: c.id,
      label: c.label,
      ...(article ? { article } : {}),
    });
  }
  return out;
}

export function categoryReason(
  needMask: number,
  candMask: number,
  c?: MatchCandidate,
): MatchReason | undefined {
  const fit = bits(needMask & candMask);
  if (fit.length === 0) return undefined;
  return {
    kind: "form-of-assistance",
    categories: fit
      .map((i) => CATEGORY_IDS[i])
      .filter((id) => id !== undefined)
      .slice(0, 2),
    modalities: [...(c?.modalities ?? [])],
  };
}

export function languageReason(a: number, b: number): MatchReason | undefined {
  const shared = languagesOfMask(a & b);
  if (shared.length === 0) return undefined;
  return { kind: "language", languages: shared };
}

export function deliveredReason(c: MatchCandidate, needState?: string): MatchReason | undefined {
  const home = needState ? getState(needState) : undefined;
  if (!home || !c.deliveredTo?.length) return undefined;
  if (c.deliveredTo.includes(home.iso3)) return { kind: "delivered-to-state" };
  const inRegion = new Set(
    c.deliveredTo.filter((s) => s !== home.iso3 && getState(s)?.group === home.group),
  );
  if (inRegion.size === 0) return undefined;
  return { kind: "delivered-in-region", count: inRegion.size };
}

/**
 * South-South only between two States that are both developing. A provider that acts for no
 * State (a hub, a UN agency, an NGO, an expert) is never called South-South, even when it
 * declares its offer so: South-South cooperation is cooperation between States.
 */
export function southSouthReason(
  needState: string | undefined,
  providerState: string | undefined,
): MatchReason | undefined {
  const n = needState ? getState(needState) : undefined;
  const p = providerState ? getState(providerState) : undefined;
  if (!n?.developing || !p?.developing || p.iso3 === n.iso3) return undefined;
  return { kind: "south-south", state: p.iso3 };
}

/** `where` is where the provider is based or acts from (a State code), for proximity only. */
export function regionReason(
  needState: string | undefined,
  serves: readonly string[] | undefined,
  where: string | undefined,
): MatchReason | undefined {
  const n = needState ? getState(needState) : undefined;
  if (!n) return undefined;
  const p = where ? getState(where) : undefined;
  if (p && p.iso3 !== n.iso3 && p.subregion === n.subregion)
    return { kind: "same-subregion", subregion: n.subregion };
  if (serves?.includes(n.group)) return { kind: "region", region: n.group };
  if (p && p.group === n.group && p.iso3 !== n.iso3)
    return { kind: "same-regional-group", region: n.group };
  return undefined;
}
