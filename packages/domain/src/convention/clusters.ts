import type { ChapterId } from "./chapters.js";

/**
 * Executive summaries of the Implementation Review Mechanism discuss closely related articles
 * together. Article 14 (money-laundering, chapter II) is analysed with 52 and 58 under chapter V,
 * which is why the cluster's `analysedUnder` differs from article 14's own chapter.
 */
export interface ArticleCluster {
  id: string;
  articles: readonly number[];
  analysedUnder: ChapterId;
  label: string;
}

export const CLUSTERS: readonly ArticleCluster[] = [
  { id: "5+6", articles: [5, 6], analysedUnder: "II", label: "Preventive policies and bodies" },
  {
    id: "7+8+11",
    articles: [7, 8, 11],
    analysedUnder: "II",
    label: "Public sector, codes of conduct, judiciary and prosecution",
  },
  { id: "9", articles: [9], analysedUnder: "II", label: "Public procurement and public finances" },
  {
    id: "10+13",
    articles: [10, 13],
    analysedUnder: "II",
    label: "Public reporting and participation of society",
  },
  { id: "12", articles: [12], analysedUnder: "II", label: "Private sector" },
  {
    id: "14+52+58",
    articles: [14, 52, 58],
    analysedUnder: "V",
    label: "Money-laundering, proceeds of crime, financial intelligence",
  },
  {
    id: "51+56+59",
    articles: [51, 56, 59],
    analysedUnder: "V",
    label: "General provision, special cooperation, agreements",
  },
  {
    id: "53+54+55",
    articles: [53, 54, 55],
    analysedUnder: "V",
    label: "Direct recovery and international cooperation for confiscation",
  },
  { id: "57", articles: [57], analysedUnder: "V", label: "Return and disposal of assets" },
];

/**
 * A need may concern a chapter as a whole rather than one article ("general" needs).
 * Analytics key them as `"<chapter>-general"`, e.g. `"II-general"`.
 */
export type GeneralKey = `${ChapterId}-general`;
export function generalKey(chapter: ChapterId): GeneralKey {
  return `${chapter}-general`;
}
