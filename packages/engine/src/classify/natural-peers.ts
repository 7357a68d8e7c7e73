// Ambient types of the natural files imported below; a type-only import cannot load a
// declaration file that is not a module, and consumers compile this file from source.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../types/natural.d.ts" />
/**
 * natural's classifiers, for the peer comparison only (`peers.ts`): the runtime never loads them.
 */
import BayesClassifier from "natural/lib/natural/classifiers/bayes_classifier.js";
import LogisticRegressionClassifier from "natural/lib/natural/classifiers/logistic_regression_classifier.js";
import { englishStemmer } from "../text/natural.js";

export const naturalClassifiers = { englishStemmer, BayesClassifier, LogisticRegressionClassifier };
