import { getState } from "@tahub/domain";
import { useTranslation } from "react-i18next";
import { useLabels } from "./labels";
import { stateName } from "./names";

/** Kept here for the callers that imported it from this file; the helper lives in names.ts. */
export { stateName };

/** A hit of `search.global` as the API sends it (the ids let it be worded in any language). */
export interface SearchHit {
  kind: "need" | "offer" | "expertise" | "expert" | "state" | "provider" | "article";
  id: string;
  title: string;
  subtitle: string;
  state?: string;
  article?: number;
  chapter?: string;
  providerKind?: string;
}

/**
 * Title and subtitle of a global-search hit in the portal's language (issue 13): the API's
 * subtitles are English ("Chapter II", "Eastern Africa", provider kinds), so the parts that
 * are vocabulary are worded here from the hit's ids; record titles stay as written.
 */
export function useHitText(): (hit: SearchHit) => { title: string; subtitle: string } {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const lang = i18n.language;
  return (hit) => {
    switch (hit.kind) {
      case "state": {
        const group = hit.state ? getState(hit.state)?.group : undefined;
        return {
          title: hit.state ? stateName(hit.state, lang) : hit.title,
          subtitle: group ? labels.region(group) : hit.subtitle,
        };
      }
      case "article":
        return {
          title: hit.article ? labels.article(hit.article) : hit.title,
          subtitle: hit.chapter ? labels.chapter(hit.chapter) : hit.subtitle,
        };
      case "provider":
        return {
          title: hit.title,
          subtitle: hit.providerKind
            ? t(`providerKind.${hit.providerKind}`, { defaultValue: hit.subtitle })
            : hit.subtitle,
        };
      case "need":
      case "expertise":
        return {
          title: hit.title,
          subtitle: hit.state ? stateName(hit.state, lang) : hit.subtitle,
        };
      default:
        return { title: hit.title, subtitle: hit.subtitle };
    }
  };
}
