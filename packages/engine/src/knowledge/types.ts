import type { CategoryId } from "@tahub/domain";

/** The three UN working languages TA Hub reads. */
export type TermLanguage = "en" | "fr" | "es";

/**
 * A topic that one or more Convention provisions cover, with the words needs use for it.
 * `articles` is ordered: the first is the provision the topic is most often filed under.
 */
export interface Concept {
  id: string;
  label: string;
  articles: number[];
  terms: Record<TermLanguage, string[]>;
}

/** Phrases that signal one form of assistance (a cycle-2 grouping), per language. */
export interface CategoryCues {
  category: CategoryId;
  terms: Record<TermLanguage, string[]>;
}

export function concept(
  id: string,
  label: string,
  articles: number[],
  en: string[],
  fr: string[] = [],
  es: string[] = [],
): Concept {
  return { id, label, articles, terms: { en, fr, es } };
}
