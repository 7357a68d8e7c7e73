/// <reference path="../types/natural.d.ts" />
/**
 * natural's classifiers, for the peer comparison only (`peers.ts`): the runtime never loads them.
 */
import BayesClassifier from "natural/lib/natural/classifiers/bayes_classifier.js";
import LogisticRegressionClassifier from "natural/lib/natural/classifiers/logistic_regression_classifier.js";
import { englishStemmer } from "../text/natural.js";

export const naturalClassifiers = { englishStemmer, BayesClassifier, LogisticRegressionClassifier };
