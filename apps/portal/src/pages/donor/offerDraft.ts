/** The offer form's draft: what the fields hold, from a saved offer and back to the API's input. */
import type { TOfferInput } from "@tahub/domain";
import { parseArticles } from "../../lib/articles";
import type { RouterOutputs } from "../../lib/trpc";
import { EMPTY_TERMS, termsDraftOf, termsInput, type TermsDraft } from "./OfferTermsFields";

export type OfferDraft = {
  providerId: string;
  title: string;
  description: string;
  modalities: TOfferInput["modalities"];
  categories: TOfferInput["categories"];
  regions: TOfferInput["regions"];
  languages: TOfferInput["languages"];
  /** As typed, e.g. "5, 6 and 52". */
  articles: string;
  from: string;
  to: string;
  capacity: string;
  southSouth: boolean;
  confidentiality: TOfferInput["confidentiality"];
  terms: TermsDraft;
};

export type SetOfferDraft = <K extends keyof OfferDraft>(k: K, v: OfferDraft[K]) => void;

export const EMPTY_OFFER: OfferDraft = {
  providerId: "",
  title: "",
  description: "",
  modalities: [],
  categories: [],
  regions: [],
  languages: ["en"],
  articles: "",
  from: "",
  to: "",
  capacity: "",
  southSouth: false,
  confidentiality: "public",
  terms: EMPTY_TERMS,
};

/** A saved offer as the form shows it. */
export function offerDraftOf(o: RouterOutputs["offers"]["byId"]): OfferDraft {
  return {
    providerId: o.providerId,
    title: o.title,
    description: o.description,
    modalities: o.modalities as OfferDraft["modalities"],
    categories: o.categories as OfferDraft["categories"],
    regions: o.regions as OfferDraft["regions"],
    languages: o.languages as OfferDraft["languages"],
    articles: o.articles.join(", "),
    from: o.periodFrom ?? "",
    to: o.periodTo ?? "",
    capacity: o.capacity === null ? "" : String(o.capacity),
    southSouth: o.southSouth,
    confidentiality: o.confidentiality,
    terms: termsDraftOf(o),
  };
}

/** The API's input: a period only when it has a start, a capacity only when one is given. */
export function offerInput(d: OfferDraft): TOfferInput {
  return {
    providerId: d.providerId,
    title: d.title,
    description: d.description,
    modalities: d.modalities,
    categories: d.categories,
    regions: d.regions,
    languages: d.languages,
    articles: parseArticles(d.articles).articles,
    southSouth: d.southSouth,
    confidentiality: d.confidentiality,
    ...(d.from ? { period: { from: d.from, ...(d.to ? { to: d.to } : {}) } } : {}),
    ...(d.capacity ? { capacity: Number(d.capacity) } : {}),
    ...termsInput(d.terms),
  };
}
