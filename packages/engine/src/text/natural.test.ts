/**
 * The engine imports natural's files one by one (natural.ts). These pin that those paths still
 * hold what the engine expects, so an upgrade that moves them fails here rather than at run time.
 */
import { describe, expect, it } from "vitest";
import { englishStopwords, stemmers } from "./natural.js";
import { naturalClassifiers } from "../classify/natural-peers.js";

describe("the parts of natural the engine imports", () => {
  it("stems English, French and Spanish with Porter's stemmers", () => {
    expect(stemmers.en("corruption")).toBe("corrupt");
    expect(stemmers.fr("corruption")).toBe("corrupt");
    expect(stemmers.es("corrupción")).toBe("corrupcion");
  });

  it("has natural's 170-word English stop-word list", () => {
    expect(englishStopwords).toHaveLength(170);
    expect(englishStopwords).toContain("the");
  });

  it("has natural's Bayes and logistic-regression classifiers for the peer comparison", () => {
    const bayes = new naturalClassifiers.BayesClassifier(naturalClassifiers.englishStemmer);
    bayes.addDocument("asset declarations of public officials", "a");
    bayes.addDocument("mutual legal assistance requests", "b");
    bayes.train();
    expect(bayes.classify("declarations of assets")).toBe("a");
    expect(typeof naturalClassifiers.LogisticRegressionClassifier).toBe("function");
  });
});
