import { getArticle, getState } from "@tahub/domain";
import { useTranslation } from "react-i18next";

/** Translated names for the vocabulary ids the API returns. */
export function useLabels() {
  const { t } = useTranslation();
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
    state: (iso3: string | null | undefined) => (iso3 ? (getState(iso3)?.name ?? iso3) : ""),
    article: (n: number) => {
      const a = getArticle(n);
      return a ? t("common.articleTitle", { n, title: a.title }) : t("common.articleN", { n });
    },
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
