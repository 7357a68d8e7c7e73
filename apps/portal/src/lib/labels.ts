import {
  ANSWER_LABELS,
  articleTitle,
  chapterTitle,
  isChapterId,
  pick,
  questionText,
  sectionTitle,
  subregionName,
} from "@tahub/domain";
import { useTranslation } from "react-i18next";
import { stateName, statesByName } from "./names";

/**
 * Translated names for the vocabulary ids the API returns: interface words from the
 * dictionaries, domain text (article and chapter titles, questionnaire, sub-regions) from
 * @tahub/domain in the UI language, State names from ICU (see names.ts and docs/language.md).
 */
export function useLabels() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return {
    category: (id: string | null | undefined) =>
      id ? t(`category.${id}`, { defaultValue: id }) : t("common.uncategorised"),
    cycle1Category: (id: string) => t(`category1.${id}`, { defaultValue: id }),
    status: (id: string) => t(`status.${id}`, { defaultValue: id }),
    region: (id: string) => t(`region.${id}`, { defaultValue: id }),
    chapter: (id: string | null | undefined) =>
      id ? t("common.chapterN", { n: id }) : t("common.general"),
    confidentiality: (id: string) => t(`confidentiality.${id}`, { defaultValue: id }),
    engagement: (id: string) => t(`engagementStatus.${id}`, { defaultValue: id }),
    modality: (id: string) => t(`modality.${id}`, { defaultValue: id }),
    state: (iso3: string | null | undefined) => (iso3 ? stateName(iso3, lang) : ""),
    /** The States parties sorted by name in the UI language, each with `label`. */
    statesByName: () => statesByName(lang),
    subregion: (english: string) => subregionName(english, lang),
    /** "Art. 5 – <official title in the UI language>". */
    article: (n: number) => {
      const title = articleTitle(n, lang);
      return title ? t("common.articleTitle", { n, title }) : t("common.articleN", { n });
    },
    /** The official title alone, in the UI language. */
    articleTitle: (n: number) => articleTitle(n, lang) ?? "",
    /** "Chapter II – Preventive measures" in the UI language. */
    chapterWithTitle: (id: string | null | undefined) =>
      id && isChapterId(id)
        ? t("names.chapterTitle", { n: id, title: chapterTitle(id, lang) })
        : id
          ? t("common.chapterN", { n: id })
          : t("common.general"),
    /** A questionnaire question's text, falling back to what the API sent. */
    question: (id: string, fallback = "") => questionText(id, lang) ?? fallback,
    questionSection: (id: string, fallback = "") => sectionTitle(id, lang) ?? fallback,
    answer: (v: "yes" | "partly" | "no") => pick(ANSWER_LABELS[v], lang),
    articles: (ns: readonly number[]) =>
      ns.length ? ns.map((n) => t("common.articleShort", { n })).join(", ") : t("common.general"),
  };
}

/** Tone of a need status badge. */
export function statusTone(status: string): "neutral" | "info" | "success" | "warning" | "danger" {
  switch (status) {
    case "identified":
      return "info";
    case "in-progress":
      return "warning";
    case "partially-met":
      return "warning";
    case "met":
      return "success";
    default:
      return "neutral";
  }
}
