import {
  CATEGORIES,
  CHAPTERS,
  CHAPTER_IDS,
  CLUSTERS,
  REGIONAL_GROUPS,
  REGIONAL_GROUP_IDS,
  getArticle,
  getState,
} from "@tahub/domain";
import { stem } from "../text/index.js";
import type { Side } from "./build.js";
import { ARTICLE_WORDS, languagesOfMask } from "./features.js";
import type { Probe } from "./score.js";
import type { MatchCandidate } from "./types.js";

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  ar: "Arabic",
  zh: "Chinese",
  en: "English",
  fr: "French",
  ru: "Russian",
  es: "Spanish",
  pt: "Portuguese",
};

function articlesOfMask(mask: Uint32Array, at: number): number[] {
  const out: number[] = [];
  for (let a = 1; a <= 71; a++)
    if (mask[at + ((a - 1) >>> 5)]! & (1 << ((a - 1) & 31))) out.push(a);
  return out;
}

function bits(mask: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < 16; i++) if (mask & (1 << i)) out.push(i);
  return out;
}

export function groupName(bit: number): string {
  const i = bits(bit)[0];
  const id = i === undefined ? undefined : REGIONAL_GROUP_IDS[i];
  return REGIONAL_GROUPS.find((g) => g.id === id)?.name ?? "your region";
}

/** Article, cluster or chapter the probe and record share, worded. */
export function articleReason(p: Probe, side: Side<unknown>, d: number): string | undefined {
  const theirs = articlesOfMask(side.art, d * ARTICLE_WORDS);
  const shared = p.articles.filter((a) => theirs.includes(a));
  if (shared.length > 0)
    return shared
      .slice(0, 3)
      .map((a) => `same article ${a} (${getArticle(a)?.title ?? "?"})`)
      .join("; ");
  const cl = bits(p.cluster & side.cluster[d]!)[0];
  const cluster = cl === undefined ? undefined : CLUSTERS[cl];
  if (cluster) return `same cluster: ${cluster.label} (articles ${cluster.articles.join(", ")})`;
  const ch = bits(p.chapter & side.chapter[d]!)[0];
  const chapter = ch === undefined ? undefined : CHAPTERS.find((c) => c.id === CHAPTER_IDS[ch]);
  if (chapter) return `same chapter ${chapter.id} (${chapter.title})`;
  return undefined;
}

/** Up to three shared terms, rarest first, in the words of the record's text. */
export function termReason(
  p: Probe,
  side: Side<unknown>,
  d: number,
  text: string,
): string | undefined {
  const mine = new Set(side.bm25.termsOf(d));
  const shared = side.bm25
    .idsOf(p.terms.filter((t) => !t.term.startsWith("c:") && !t.term.includes("_")))
    .filter((t) => mine.has(t))
    .sort((a, b) => side.bm25.idfOf(b) - side.bm25.idfOf(a));
  if (shared.length === 0) return undefined;
  const byId = new Map<number, string>();
  for (const [term, id] of side.bm25.vocabulary) if (shared.includes(id)) byId.set(id, term);
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const surface = shared.slice(0, 3).map((id) => {
    const st = byId.get(id) ?? "";
    return words.find((w) => stem(w, p.analysed.language) === st || w.startsWith(st)) ?? st;
  });
  return `shared terms: ${[...new Set(surface)].join(", ")}`;
}

export function conceptReason(p: Probe, side: Side<unknown>, d: number): string | undefined {
  const theirs = new Set((side.concepts[d] ?? []).map((c) => c.id));
  const shared = p.concepts.filter((c) => theirs.has(c.id));
  if (shared.length === 0) return undefined;
  return `same topic: ${[...new Set(shared.map((c) => c.label))].slice(0, 3).join(", ")}`;
}

export function categoryReason(
  needMask: number,
  candMask: number,
  c?: MatchCandidate,
): string | undefined {
  const fit = bits(needMask & candMask);
  if (fit.length === 0) return undefined;
  const names = fit.map((i) => CATEGORIES[i]?.name.toLowerCase() ?? "");
  const via = c?.modalities?.length ? ` (${c.modalities.join(", ")})` : "";
  return `offers ${names.slice(0, 2).join(" and ")}${via}`;
}

export function languageReason(a: number, b: number): string | undefined {
  const shared = languagesOfMask(a & b);
  if (shared.length === 0) return undefined;
  return `works in ${shared.map((l) => LANGUAGE_NAMES[l] ?? l).join(" and ")}`;
}

export function deliveredReason(c: MatchCandidate, needState?: string): string | undefined {
  const home = needState ? getState(needState) : undefined;
  if (!home || !c.deliveredTo?.length) return undefined;
  const inRegion = c.deliveredTo.filter(
    (s) => s !== home.iso3 && getState(s)?.group === home.group,
  );
  if (c.deliveredTo.includes(home.iso3)) return `already delivered to your State`;
  if (inRegion.length === 0) return undefined;
  return `delivered to ${inRegion.length} State${inRegion.length > 1 ? "s" : ""} in your region`;
}

export function southSouthReason(
  needState: string | undefined,
  providerState: string | undefined,
  declared: boolean,
): string | undefined {
  const n = needState ? getState(needState) : undefined;
  if (!n?.developing) return undefined;
  const p = providerState ? getState(providerState) : undefined;
  if (p?.developing) return `South-South: provider from a developing State in ${p.subregion}`;
  if (declared) return "South-South cooperation offered";
  return undefined;
}

export function regionReason(
  needState: string | undefined,
  serves: readonly string[] | undefined,
  providerState: string | undefined,
): string | undefined {
  const n = needState ? getState(needState) : undefined;
  if (!n) return undefined;
  const p = providerState ? getState(providerState) : undefined;
  if (p && p.iso3 !== n.iso3 && p.subregion === n.subregion)
    return `provider in the same subregion (${n.subregion})`;
  if (serves?.includes(n.group))
    return `serves the ${REGIONAL_GROUPS.find((g) => g.id === n.group)?.name ?? n.group}`;
  if (p && p.group === n.group && p.iso3 !== n.iso3) return "provider in your regional group";
  return undefined;
}
