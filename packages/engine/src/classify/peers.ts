/**
 * natural's BayesClassifier and LogisticRegressionClassifier trained on the same data, for
 * side-by-side figures. Each peer gets two classifiers (grouping; first article or "none") and
 * derives the chapter from its article, or guesses the commonest chapter for "none".
 */
import { chapterOf, isCategoryId, type CategoryId, type ChapterId } from "@tahub/domain";
import { naturalClassifiers } from "./natural-peers.js";
import type { Prediction } from "./evaluate.js";
import type { LabelledNeed } from "./types.js";

export type PeerName = "natural-bayes" | "natural-logreg";
export const PEER_NAMES: readonly PeerName[] = ["natural-bayes", "natural-logreg"];

export interface Peer {
  name: PeerName;
  predict(text: string): Prediction;
  /** Whether the peer ranks articles (false: its article figures are not run, see `note`). */
  articles: boolean;
  /** Why part of the comparison was not run, for the CLI's output. */
  note?: string;
  /** Time to train, milliseconds. */
  trainMs: number;
  /** How many training needs it was trained on (natural-logreg: a sample, see LOGREG_MAX_NEEDS). */
  trainedOn: number;
  /** The trained state, for `restorePeer` (natural's own JSON inside). */
  toJSON(): PeerJSON;
}

/** A trained peer as JSON: natural's serialised classifiers and what the adapter adds. */
export interface PeerJSON {
  format: "tahub-peer";
  name: PeerName;
  trainMs: number;
  trainedOn: number;
  commonest: ChapterId;
  category: Record<string, unknown>;
  article?: Record<string, unknown>;
}

export interface TrainPeerOptions {
  /**
   * natural-logreg only: train on a systematic sample of at most this many needs. Default
   * LOGREG_MAX_NEEDS; `Infinity` trains on all of them, as the Bayes peer is (about a quarter
   * of an hour on the built-in set: callers cache the result, see `restorePeer`).
   */
  maxNeeds?: number;
  /**
   * Also train an article model (first gold article, or "none"), so that the peer does the job
   * TA Hub does. Default: always for natural-bayes; for natural-logreg only on a sample (its
   * 59-label model takes about 2 minutes on 452 needs, and hours on all 1,808).
   */
  articles?: boolean;
}

/**
 * natural's LogisticRegressionClassifier (apparatus underneath) trains each label by batch
 * gradient descent over a dense needs x vocabulary matrix, for up to 500 x needs iterations: on
 * the full 1,808-need training set the six groupings take about 14 minutes (838 s measured).
 * By default it is trained on a systematic sample of at most this many needs (every k-th need
 * of the same data), groupings and articles (about 2.5 minutes, cached by the CLI); `--peers
 * full` in the CLI trains its groupings on everything once and caches it. The sample's smaller vocabulary makes its
 * predictions faster (natural builds a vocabulary-long vector per prediction), so throughput
 * ratios against the sample are understated, not flattered.
 */
export const LOGREG_MAX_NEEDS = 600;

/** Why a peer has no article model (printed by `tahub eval classify`). */
export const LOGREG_ARTICLES_NOT_RUN =
  "not run: natural's LogisticRegressionClassifier trains one dense batch-gradient model per label; on the whole training set its 59-label article model would train for hours, so this peer ranks groupings only and its chapter is the commonest one (--peers sample trains both on a sample)";

type NaturalClassifier =
  | InstanceType<(typeof naturalClassifiers)["BayesClassifier"]>
  | InstanceType<(typeof naturalClassifiers)["LogisticRegressionClassifier"]>;

function make(name: PeerName): NaturalClassifier {
  const stemmer = naturalClassifiers.englishStemmer;
  return name === "natural-bayes"
    ? new naturalClassifiers.BayesClassifier(stemmer)
    : new naturalClassifiers.LogisticRegressionClassifier(stemmer);
}

function restoreClassifier(name: PeerName, json: Record<string, unknown>): NaturalClassifier {
  const stemmer = naturalClassifiers.englishStemmer;
  return name === "natural-bayes"
    ? naturalClassifiers.BayesClassifier.restore(json, stemmer)
    : naturalClassifiers.LogisticRegressionClassifier.restore(json, stemmer);
}

/** natural's scores are not probabilities (Bayes gives unnormalised likelihoods): normalise. */
function normalised(
  c: NaturalClassifier,
  text: string | string[],
): { label: string; value: number }[] {
  const raw = c.getClassifications(text);
  const vals = raw.map((r) => (Number.isFinite(r.value) && r.value > 0 ? r.value : 0));
  const sum = vals.reduce((a, b) => a + b, 0);
  return raw
    .map((r, i) => ({
      label: r.label,
      value: sum > 0 ? (vals[i] as number) / sum : 1 / raw.length,
    }))
    .sort((a, b) => b.value - a.value);
}

export function trainPeer(
  name: PeerName,
  all: readonly LabelledNeed[],
  options: TrainPeerOptions = {},
): Peer {
  const t0 = performance.now();
  const max = options.maxNeeds ?? LOGREG_MAX_NEEDS;
  const step = name === "natural-logreg" && Number.isFinite(max) ? Math.ceil(all.length / max) : 1;
  const needs = step > 1 ? all.filter((_, i) => i % step === 0) : all;
  const cat = make(name);
  // natural's LogisticRegressionClassifier trains one model per label by batch gradient
  // descent over a dense matrix: on the full set its 59-label article model would run for
  // hours, so there it ranks groupings only (articles not run, chapter the commonest one).
  const withArticles = options.articles ?? (name === "natural-bayes" || Number.isFinite(max));
  const art = withArticles ? make(name) : undefined;
  const chapterCounts = new Map<ChapterId, number>();
  for (const n of needs) {
    cat.addDocument(n.text, n.category);
    art?.addDocument(n.text, n.articles.length ? String(n.articles[0]) : "none");
    chapterCounts.set(n.chapter, (chapterCounts.get(n.chapter) ?? 0) + 1);
  }
  cat.train();
  art?.train();
  const commonest = [...chapterCounts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "II";
  return peerOf(name, cat, art, commonest, Math.round(performance.now() - t0), needs.length);
}

/** A peer trained earlier (`peer.toJSON()`), without training again. */
export function restorePeer(json: PeerJSON): Peer {
  if (json?.format !== "tahub-peer" || !PEER_NAMES.includes(json.name))
    throw new Error('not a TA Hub peer (expected format "tahub-peer")');
  return peerOf(
    json.name,
    restoreClassifier(json.name, json.category),
    json.article === undefined ? undefined : restoreClassifier(json.name, json.article),
    json.commonest,
    json.trainMs,
    json.trainedOn,
  );
}

function peerOf(
  name: PeerName,
  cat: NaturalClassifier,
  art: NaturalClassifier | undefined,
  commonest: ChapterId,
  trainMs: number,
  trainedOn: number,
): Peer {
  const peer: Peer = {
    name,
    articles: art !== undefined,
    trainMs,
    trainedOn,
    predict(text) {
      // Tokenise and stem once, as natural's classifiers would, and hand both models the
      // tokens (a string would be tokenised again by each): the peer pays for its text
      // pipeline once per need, like TA Hub.
      const tokens = naturalClassifiers.englishStemmer.tokenizeAndStem(text, false);
      const categories = normalised(cat, tokens)
        .filter((c) => isCategoryId(c.label))
        .map((c) => ({ id: c.label as CategoryId, score: c.value }));
      const ranked = art ? normalised(art, tokens) : [];
      const articles = ranked
        .filter((a) => a.label !== "none")
        .map((a) => ({ article: Number(a.label), score: a.value }));
      const top = ranked[0]?.label;
      const chapter = top && top !== "none" ? chapterOf(Number(top)) : commonest;
      return { categories, articles, chapter, abstain: false };
    },
    toJSON: () => ({
      format: "tahub-peer",
      name,
      trainMs,
      trainedOn,
      commonest,
      // natural's classifiers serialise themselves (their toJSON is what JSON.stringify calls).
      category: JSON.parse(JSON.stringify(cat)) as Record<string, unknown>,
      ...(art ? { article: JSON.parse(JSON.stringify(art)) as Record<string, unknown> } : {}),
    }),
  };
  if (!art) peer.note = LOGREG_ARTICLES_NOT_RUN;
  return peer;
}
