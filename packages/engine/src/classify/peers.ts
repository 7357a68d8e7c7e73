/**
 * natural's BayesClassifier and LogisticRegressionClassifier trained on the same data, for
 * side-by-side figures. Each peer gets two classifiers (grouping; first article or "none") and
 * derives the chapter from its article, or guesses the commonest chapter for "none".
 */
import { chapterOf, isCategoryId, type CategoryId, type ChapterId } from "@tahub/domain";
import { naturalClassifiers } from "../text/natural.js";
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
}

/**
 * natural's LogisticRegressionClassifier (apparatus underneath) trains each label by batch
 * gradient descent over a dense needs x vocabulary matrix, for up to 500 x needs iterations: on
 * the full 1,808-need training set even the six groupings ran for over ten minutes. It is
 * trained on a systematic sample of at most this many needs (every k-th need of the same data).
 * A smaller vocabulary also makes its predictions faster, so throughput ratios against it are
 * understated, not flattered.
 */
export const LOGREG_MAX_NEEDS = 600;

/** Why natural-logreg has no article model (printed by `tahub eval classify`). */
export const LOGREG_ARTICLES_NOT_RUN =
  "not run: natural's LogisticRegressionClassifier trains one dense batch-gradient model per label; on the 58 article labels it runs for far too long, so this peer ranks groupings only (trained on a systematic sample of the training set) and its chapter is the commonest one";

type NaturalClassifier = InstanceType<(typeof naturalClassifiers)["BayesClassifier"]>;

function make(name: PeerName): NaturalClassifier {
  const stemmer = naturalClassifiers.englishStemmer;
  return name === "natural-bayes"
    ? new naturalClassifiers.BayesClassifier(stemmer)
    : new naturalClassifiers.LogisticRegressionClassifier(stemmer);
}

/** natural's scores are not probabilities (Bayes gives unnormalised likelihoods): normalise. */
function normalised(c: NaturalClassifier, text: string): { label: string; value: number }[] {
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

export function trainPeer(name: PeerName, all: readonly LabelledNeed[]): Peer {
  const t0 = performance.now();
  const step = name === "natural-logreg" ? Math.ceil(all.length / LOGREG_MAX_NEEDS) : 1;
  const needs = step > 1 ? all.filter((_, i) => i % step === 0) : all;
  const cat = make(name);
  // natural's LogisticRegressionClassifier trains one model per label by batch gradient
  // descent over a dense matrix: the 58-article head takes minutes, so that peer is measured
  // on groupings only (its article figures are 0 and its chapter is the commonest one).
  const art = name === "natural-bayes" ? make(name) : undefined;
  const chapterCounts = new Map<ChapterId, number>();
  for (const n of needs) {
    cat.addDocument(n.text, n.category);
    art?.addDocument(n.text, n.articles.length ? String(n.articles[0]) : "none");
    chapterCounts.set(n.chapter, (chapterCounts.get(n.chapter) ?? 0) + 1);
  }
  cat.train();
  art?.train();
  const commonest = ([...chapterCounts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "II") as ChapterId;
  const peer: Peer = {
    name,
    articles: art !== undefined,
    trainMs: Math.round(performance.now() - t0),
    trainedOn: needs.length,
    predict(text) {
      const categories = normalised(cat, text)
        .filter((c) => isCategoryId(c.label))
        .map((c) => ({ id: c.label as CategoryId, score: c.value }));
      const ranked = art ? normalised(art, text) : [];
      const articles = ranked
        .filter((a) => a.label !== "none")
        .map((a) => ({ article: Number(a.label), score: a.value }));
      const top = ranked[0]?.label;
      const chapter = top && top !== "none" ? chapterOf(Number(top)) : commonest;
      return { categories, articles, chapter, abstain: false };
    },
  };
  if (!art) peer.note = LOGREG_ARTICLES_NOT_RUN;
  return peer;
}
