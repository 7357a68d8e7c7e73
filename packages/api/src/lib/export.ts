/** Exports of visible records: CSV, JSON, and IATI activity XML (version 2.03) for offers and needs. */
import { getArticle, getState } from "@tahub/domain";
import type { TNeedRow } from "../schemas.js";
import { toCsv } from "./tabular.js";

export interface OfferExportRow {
  id: string;
  providerName: string;
  providerKind: string;
  title: string;
  description: string;
  modalities: string[];
  articles: number[];
  categories: string[];
  regions: string[];
  languages: string[];
  periodFrom: string | null;
  periodTo: string | null;
  /** The day the offer was recorded (yyyy-mm-dd): its IATI start date when it has no period. */
  recordedOn: string;
  status: string;
  southSouth: boolean;
  /** Who may see the offer; every export carries it so a file never loses the restriction. */
  confidentiality: string;
  // donors (issue 15, deliverable 4): the offer's terms
  genderResponsive: boolean;
  providerType: string;
  budgetMin: number | null;
  budgetMax: number | null;
  currency: string | null;
  durationMonths: number | null;
}

const NEED_COLUMNS = [
  "id",
  "state",
  "stateName",
  "region",
  "cycle",
  "chapter",
  "articles",
  "category",
  "categories",
  "status",
  // Who may see the need: a file passed on must still say which rows are restricted.
  "confidentiality",
  "confidence",
  "identifiedOn",
  "genderResponsive",
  "text",
] as const;

export function needsCsv(rows: TNeedRow[]): string {
  return toCsv(
    [...NEED_COLUMNS],
    rows.map((r) => [
      r.id,
      r.state,
      r.stateName,
      r.region,
      r.cycle,
      r.chapter,
      r.articles.join("; "),
      r.category,
      r.categories.join("; "),
      r.status,
      r.confidentiality,
      r.confidence?.toFixed(3),
      r.identifiedOn,
      r.genderResponsive,
      r.text,
    ]),
  );
}

export function offersCsv(rows: OfferExportRow[]): string {
  return toCsv(
    [
      "id",
      "provider",
      "kind",
      "title",
      "modalities",
      "articles",
      "categories",
      "regions",
      "languages",
      "from",
      "to",
      "status",
      "confidentiality",
      "southSouth",
      "genderResponsive",
      "providerType",
      "budgetMin",
      "budgetMax",
      "currency",
      "durationMonths",
      "description",
    ],
    rows.map((o) => [
      o.id,
      o.providerName,
      o.providerKind,
      o.title,
      o.modalities.join("; "),
      o.articles.join("; "),
      o.categories.join("; "),
      o.regions.join("; "),
      o.languages.join("; "),
      o.periodFrom,
      o.periodTo,
      o.status,
      o.confidentiality,
      o.southSouth,
      o.genderResponsive,
      o.providerType,
      o.budgetMin,
      o.budgetMax,
      o.currency,
      o.durationMonths,
      o.description,
    ]),
  );
}

/** Placeholder organisation identifier until the operator registers one with IATI. */
const IATI_REPORTING_ORG = "XI-TAHUB";

/**
 * Characters XML 1.0 does not allow at all, even escaped (its `Char` production): C0 controls
 * other than tab, LF and CR, U+FFFE and U+FFFF, and surrogates without their pair. One of them in
 * a need's text made the whole IATI file unreadable to any XML parser.
 */
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as XML 1.0 can carry it: vertical tab and form feed (line breaks pasted from word
 * processors) become spaces so words stay apart; the other forbidden characters are dropped.
 */
const xmlSafe = (s: string) =>
  s.replace(NOT_XML_CHAR, (c) => (c === "\u000B" || c === "\u000C" ? " " : ""));

const xml = (s: string) =>
  xmlSafe(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
const narrative = (s: string) => `<narrative xml:lang="en">${xml(s)}</narrative>`;

/** DAC 5-digit purpose code 15113: anti-corruption organisations and institutions. */
const ANTI_CORRUPTION_SECTOR = "15113";
/** IATI activity status: 1 pipeline/identification, 2 implementation, 3 finalisation. */
const NEED_STATUS_TO_IATI: Record<string, string> = {
  identified: "1",
  "in-progress": "2",
  "partially-met": "2",
  met: "3",
  "no-longer-relevant": "5",
  // Withdrawn by its State (docs/states.md): cancelled.
  withdrawn: "5",
};

function articleTags(articles: number[]): string {
  // IATI vocabulary 99 = reporting organisation's own: the UNCAC article.
  return articles
    .map(
      (a) =>
        `<tag vocabulary="99" vocabulary-uri="https://www.unodc.org/unodc/en/treaties/CAC/" code="UNCAC-${a}">${narrative(getArticle(a)?.title ?? `Article ${a}`)}</tag>`,
    )
    .join("");
}

export function iatiDocument(activities: string[], now = new Date()): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="${now.toISOString()}">\n${activities.join("\n")}\n</iati-activities>\n`;
}

/**
 * IATI OrganisationType codes for TA Hub's provider kinds (codelist OrganisationType): 10
 * government, 40 multilateral, 21 international NGO, 80 academic, 70 private sector.
 */
const IATI_ORG_TYPE: Record<string, string> = {
  "state-agency": "10",
  "bilateral-donor": "10",
  unodc: "40",
  "regional-hub": "40",
  "international-organization": "40",
  ngo: "21",
  academia: "80",
  "private-sector": "70",
};

/**
 * A need as an IATI activity. IATI 2.03 requires a participating organisation and a start date:
 * the State's government is the accountable organisation (role 2, type 10 government), and the
 * activity date is a planned start (type 1) on the day the need was identified, or recorded
 * when no identification date is known: a need is an activity in the pipeline (status 1), so
 * its only date is when it entered it. Element order follows the schema's sequence.
 */
export function needToIati(
  n: TNeedRow,
  recordedOn: string,
  reportingOrg = IATI_REPORTING_ORG,
): string {
  const state = getState(n.state);
  return [
    `<iati-activity default-currency="USD" xml:lang="en">`,
    `<iati-identifier>${xml(reportingOrg)}-NEED-${xml(n.id)}</iati-identifier>`,
    `<reporting-org ref="${xml(reportingOrg)}" type="40">${narrative("TA Hub")}</reporting-org>`,
    `<title>${narrative(`Technical assistance need of ${n.stateName}${n.articles.length ? ` (UNCAC art. ${n.articles.join(", ")})` : ""}`)}</title>`,
    `<description type="1">${narrative(n.text)}</description>`,
    `<participating-org role="2" type="10">${narrative(`Government of ${n.stateName}`)}</participating-org>`,
    `<activity-status code="${NEED_STATUS_TO_IATI[n.status] ?? "1"}"/>`,
    `<activity-date type="1" iso-date="${xml(n.identifiedOn ?? recordedOn)}"/>`,
    state?.iso2 ? `<recipient-country code="${state.iso2}" percentage="100"/>` : "",
    `<sector vocabulary="1" code="${ANTI_CORRUPTION_SECTOR}" percentage="100"/>`,
    articleTags(n.articles),
    `</iati-activity>`,
  ].join("");
}

/**
 * An offer as an IATI activity: the provider implements it (role 4, its organisation type); the
 * start date is the offer's period start, or the day it was recorded (planned start, type 1).
 */
export function offerToIati(o: OfferExportRow, reportingOrg = IATI_REPORTING_ORG): string {
  const type = IATI_ORG_TYPE[o.providerKind];
  const terms = offerTermsIati(o);
  return [
    `<iati-activity default-currency="${xml(o.currency ?? "USD")}" xml:lang="en">`,
    `<iati-identifier>${xml(reportingOrg)}-OFFER-${xml(o.id)}</iati-identifier>`,
    `<reporting-org ref="${xml(reportingOrg)}" type="40">${narrative("TA Hub")}</reporting-org>`,
    `<title>${narrative(o.title)}</title>`,
    `<description type="1">${narrative(o.description)}</description>`,
    `<participating-org role="4"${type ? ` type="${type}"` : ""}>${narrative(o.providerName)}</participating-org>`,
    `<activity-status code="${o.status === "open" ? "1" : "3"}"/>`,
    `<activity-date type="1" iso-date="${xml(o.periodFrom ?? o.recordedOn)}"/>`,
    o.periodTo ? `<activity-date type="3" iso-date="${xml(o.periodTo)}"/>` : "",
    terms.scope,
    `<sector vocabulary="1" code="${ANTI_CORRUPTION_SECTOR}" percentage="100"/>`,
    articleTags(o.articles),
    terms.policyMarker,
    terms.collaboration,
    terms.budget,
    `</iati-activity>`,
  ].join("");
}

// donors (issue 15, deliverable 4): an offer's terms in IATI 2.03, each element in the place the
// schema's sequence gives it (activity-scope after activity-date; policy-marker after tag;
// collaboration-type, then budget).
/** IATI ActivityScope: 1 global, 2 regional. Bilateral and multilateral say how, not where. */
const PROVIDER_TYPE_SCOPE: Record<string, string> = { global: "1", regional: "2" };
/** IATI CollaborationType: 1 bilateral, 4 multilateral outflows. */
const PROVIDER_TYPE_COLLABORATION: Record<string, string> = { bilateral: "1", multilateral: "4" };

/** The last day of the month `months` after `from` (an offer's end from its start and duration). */
function endAfter(from: string, months: number): string {
  const d = new Date(`${from}T00:00:00Z`);
  const end = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate() - 1));
  return end.toISOString().slice(0, 10);
}

function offerTermsIati(o: OfferExportRow) {
  const scope = PROVIDER_TYPE_SCOPE[o.providerType];
  const collaboration = PROVIDER_TYPE_COLLABORATION[o.providerType];
  // A budget needs a period: the offer's, or its start and duration. The range's upper end is
  // the indicative budget (type 1 original, status 1 indicative); without it, the lower end.
  const value = o.budgetMax ?? o.budgetMin;
  const start = o.periodFrom ?? o.recordedOn;
  const end = o.periodTo ?? (o.durationMonths ? endAfter(start, o.durationMonths) : null);
  return {
    scope: scope ? `<activity-scope code="${scope}"/>` : "",
    // Policy marker 1 (gender equality), significance 1: a significant objective.
    policyMarker: o.genderResponsive
      ? `<policy-marker vocabulary="1" code="1" significance="1"/>`
      : "",
    collaboration: collaboration ? `<collaboration-type code="${collaboration}"/>` : "",
    budget:
      value !== null && o.currency && end && end >= start
        ? `<budget type="1" status="1"><period-start iso-date="${xml(start)}"/><period-end iso-date="${xml(end)}"/><value currency="${xml(o.currency)}" value-date="${xml(start)}">${value}</value></budget>`
        : "",
  };
}
