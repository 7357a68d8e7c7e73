/** The CV form's draft: what the fields hold, from a saved entry and back to the API's input. */
import { parseArticles } from "../../lib/articles";
import type { RouterInputs, RouterOutputs } from "../../lib/trpc";

/** One employment or TA assignment. */
export interface Entry {
  from: string;
  to: string;
  organization: string;
  role: string;
}
export interface Education {
  year: string;
  degree: string;
  institution: string;
}
export const emptyEntry = (): Entry => ({ from: "", to: "", organization: "", role: "" });
export const emptyEducation = (): Education => ({ year: "", degree: "", institution: "" });

/** The single-line and free-text fields, as typed (lists comma-separated). */
export interface CvText {
  name: string;
  nationality: string;
  email: string;
  currentPosition: string;
  organization: string;
  summary: string;
  languages: string;
  articles: string;
  areas: string;
  publications: string;
  daysPerYear: string;
}

export interface ExpertDraft {
  text: CvText;
  education: Education[];
  employment: Entry[];
  assignments: Entry[];
  consent: boolean;
}

export const EMPTY_EXPERT: ExpertDraft = {
  text: {
    name: "",
    nationality: "",
    email: "",
    currentPosition: "",
    organization: "",
    summary: "",
    languages: "en",
    articles: "",
    areas: "",
    publications: "",
    daysPerYear: "",
  },
  education: [emptyEducation()],
  employment: [emptyEntry()],
  assignments: [emptyEntry()],
  consent: false,
};

type Expert = RouterOutputs["experts"]["byId"];

/** A saved entry as the form shows it; each empty list keeps one blank row to type in. */
export function expertDraftOf(e: Expert): ExpertDraft {
  const toEntries = (l: Expert["employment"]) =>
    l.length
      ? l.map((x) => ({ from: x.from, to: x.to ?? "", organization: x.organization, role: x.role }))
      : [emptyEntry()];
  return {
    text: {
      name: e.name,
      nationality: e.nationality ?? "",
      email: e.email ?? "",
      currentPosition: e.currentPosition ?? "",
      organization: e.organization ?? "",
      summary: e.summary,
      languages: e.languages.join(", "),
      articles: e.articles.join(", "),
      areas: e.areas.join(", "),
      publications: e.publications.join("\n"),
      daysPerYear: e.daysPerYear === null ? "" : String(e.daysPerYear),
    },
    education: e.education.length ? e.education : [emptyEducation()],
    employment: toEntries(e.employment),
    assignments: toEntries(e.assignments),
    consent: e.consentToList,
  };
}

const split = (s: string) =>
  s
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Rows with an organisation or a role; blank rows are the form's, not the CV's. */
const entries = (list: Entry[]) =>
  list
    .filter((e) => e.organization || e.role)
    .map((e) => ({
      from: e.from,
      ...(e.to ? { to: e.to } : {}),
      organization: e.organization,
      role: e.role,
    }));

/**
 * The API's input. Consent is dated today when given now; an entry already listed keeps the
 * date its consent was recorded (`consentDate`).
 */
export function expertInput(
  d: ExpertDraft,
  consentDate: string | null,
): RouterInputs["experts"]["upsert"]["expert"] {
  const f = d.text;
  return {
    name: f.name,
    ...(f.nationality ? { nationality: f.nationality } : {}),
    ...(f.email ? { email: f.email } : {}),
    ...(f.currentPosition ? { currentPosition: f.currentPosition } : {}),
    ...(f.organization ? { organization: f.organization } : {}),
    summary: f.summary,
    languages: split(f.languages).map((x) => x.toLowerCase()),
    articles: parseArticles(f.articles).articles,
    areas: split(f.areas),
    education: d.education.filter((x) => x.degree || x.institution),
    employment: entries(d.employment),
    assignments: entries(d.assignments),
    publications: f.publications
      .split("\n")
      .map((x) => x.trim())
      .filter(Boolean),
    availability: f.daysPerYear ? { daysPerYear: Number(f.daysPerYear) } : {},
    consentToList: d.consent,
    ...(d.consent ? { consentDate: consentDate ?? new Date().toISOString().slice(0, 10) } : {}),
  };
}
