import { CLUSTERS } from "@tahub/domain";
import { useTranslation } from "react-i18next";
import { useLabels } from "./labels";
import { useFormat } from "./numbers";
import type { RouterOutputs } from "./trpc";

/** A match reason as the API returns it: typed data, worded here in the reader's language. */
export type Reason = RouterOutputs["match"]["forNeed"]["offers"][number]["reasons"][number];

const SUBJECT_KINDS = [
  "shared-articles",
  "same-cluster",
  "same-chapter",
  "same-concept",
  "shared-terms",
  "form-of-assistance",
  "language",
] as const;
const PLACE_KINDS = [
  "south-south",
  "same-subregion",
  "region",
  "same-regional-group",
  "legal-tradition",
] as const;
/** Reasons about what a need and an offer share: articles, concepts, terms, form, language. */
type SubjectReason = Extract<Reason, { kind: (typeof SUBJECT_KINDS)[number] }>;
/** Reasons about where the parties are: region, subregion, legal tradition. */
type PlaceReason = Extract<Reason, { kind: (typeof PLACE_KINDS)[number] }>;
/** Reasons about the record's history: deliveries, waiting time, what it already met. */
type RecordReason = Exclude<Reason, SubjectReason | PlaceReason>;

const isSubject = (r: Reason): r is SubjectReason =>
  (SUBJECT_KINDS as readonly string[]).includes(r.kind);
const isPlace = (r: Reason): r is PlaceReason =>
  (PLACE_KINDS as readonly string[]).includes(r.kind);

/** What the wording functions need: the dictionaries, labels, number format and two helpers. */
interface Wording {
  t: ReturnType<typeof useTranslation>["t"];
  l: ReturnType<typeof useLabels>;
  f: ReturnType<typeof useFormat>;
  /** "a, b and c" in the reader's language. */
  list: (items: readonly string[]) => string;
  /** A concept's label in the reader's language (English when it has none). */
  concept: (labels: { en: string; fr: string; es: string }) => string;
}

function subjectText(r: SubjectReason, { t, l, list, concept }: Wording): string {
  switch (r.kind) {
    case "shared-articles":
      return t("reason.sharedArticles", {
        list: list(r.articles.map((a) => `${a} (${l.articleTitle(a)})`)),
      });
    case "same-cluster":
      return t("reason.sameCluster", {
        list: list(
          (CLUSTERS.find((c) => c.id === r.cluster)?.articles ?? r.articles).map((n) =>
            t("common.articleShort", { n }),
          ),
        ),
      });
    case "same-chapter":
      return t("reason.sameChapter", { chapter: l.chapter(r.chapter) });
    case "same-concept":
      return r.article
        ? t("reason.sameConceptArticle", { label: concept(r.labels), article: r.article })
        : t("reason.sameConcept", { label: concept(r.labels) });
    case "shared-terms":
      return t("reason.sharedTerms", { list: r.terms.join(", ") });
    case "form-of-assistance": {
      const what = list(r.categories.map((c) => l.category(c).toLowerCase()));
      return r.modalities.length
        ? t("reason.formOfAssistanceVia", {
            list: what,
            via: r.modalities.map((m) => l.modality(m).toLowerCase()).join(", "),
          })
        : t("reason.formOfAssistance", { list: what });
    }
    case "language":
      return t("reason.language", {
        list: list(r.languages.map((x) => t(`language.${x}`, { defaultValue: x }))),
      });
  }
}

function placeText(r: PlaceReason, { t, l }: Wording): string {
  switch (r.kind) {
    case "south-south":
      return t("reason.southSouth", { state: l.state(r.state) });
    case "same-subregion":
      return t("reason.sameSubregion", { subregion: l.subregion(r.subregion) });
    case "region":
      return t("reason.region", { region: l.region(r.region) });
    case "same-regional-group":
      return t("reason.sameRegionalGroup", { region: l.region(r.region) });
    case "legal-tradition":
      return t("reason.legalTradition", { tradition: t(`reason.tradition.${r.tradition}`) });
  }
}

function recordText(r: RecordReason, { t, l, f, concept }: Wording): string {
  switch (r.kind) {
    case "delivered-to-state":
      return t("reason.deliveredToState");
    case "delivered-in-region":
      return t("reason.deliveredInRegion", { count: r.count });
    case "full-capacity":
      return t("reason.fullCapacity");
    case "no-support-yet":
      return t("reason.noSupportYet");
    case "waiting":
      return t("reason.waiting", { count: r.days, days: f.number(r.days) });
    case "matching-needs":
      return t("reason.matchingNeeds", { count: r.count, title: r.title });
    case "unsupported-needs":
      return t("reason.unsupportedNeeds", { count: r.count });
    case "identified-by":
      return t("reason.identifiedBy", { state: l.state(r.state) });
    case "offers-expertise":
      return t("reason.offersExpertise", { title: r.title });
    case "met-same-need":
      return t("reason.metSameNeed", { label: concept(r.labels), title: r.title });
    case "published-expertise":
      return t("reason.publishedExpertise", { title: r.title });
    case "delivered-assistance":
      return t("reason.deliveredAssistance", { count: r.count });
  }
}

/**
 * Words each reason kind with the `reason.*` keys of the dictionaries. Quoted record titles and
 * shared words stay in the record's own language: they are quotes, not interface text.
 */
export function useReasonText(): (r: Reason) => string {
  const { t, i18n } = useTranslation();
  const l = useLabels();
  const f = useFormat();
  const list = (items: readonly string[]) =>
    items.length <= 1
      ? (items[0] ?? "")
      : t("reason.and", { a: items.slice(0, -1).join(", "), b: items[items.length - 1] });
  const concept = (labels: { en: string; fr: string; es: string }) => {
    const lang = i18n.language.slice(0, 2);
    return lang === "fr" || lang === "es" ? labels[lang] : labels.en;
  };
  const w: Wording = { t, l, f, list, concept };
  return (r) => {
    if (isSubject(r)) return subjectText(r, w);
    if (isPlace(r)) return placeText(r, w);
    return recordText(r, w);
  };
}
