/**
 * Illustrative supply side of the demo: providers of the kinds the seeds name (a national
 * anti-corruption commission offering integrity and risk assessments and yearly training,
 * UNODC regional hubs and platforms, an asset-recovery initiative, procurement open-data and
 * beneficial-ownership partnerships, bilateral donors, NGOs, South-South partners), their offers,
 * a knowledge bank, an expert directory and a follow-up questionnaire. All names of people and
 * most organizations are invented; every record is flagged demo.
 */
import {
  CATEGORY_IDS,
  MODALITY_CATEGORIES,
  STATES_PARTIES,
  getState,
  providerTypeFor,
  type CategoryId,
} from "@tahub/domain";
import { Rng } from "./prng.js";
import {
  AREAS,
  DEMO_CURRENCY,
  DEMO_PROVIDERS,
  EXPERTISE_AREAS,
  FIRST,
  LAST,
  OFFER_TEMPLATES,
  ORGS,
  PER_USD,
  QUESTIONNAIRE_2021,
  type DemoProvider,
} from "./supply.js";

/** The demo providers (fresh records each call: callers may change them). */
export function demoProviders(): DemoProvider[] {
  return DEMO_PROVIDERS.map((p) => ({ ...p }));
}

export function demoOffers(rng: Rng, providers: DemoProvider[]) {
  const offers = [];
  let i = 0;
  for (const p of providers) {
    const n = p.kind === "unodc" ? 6 : p.kind === "regional-hub" ? 2 : 3;
    for (const t of rng.sample(OFFER_TEMPLATES, n)) {
      i++;
      const cats = [
        ...new Set(t.modalities.flatMap((m) => MODALITY_CATEGORIES[m])),
      ] as CategoryId[];
      const from = `202${rng.int(2, 4)}-${String(rng.int(1, 12)).padStart(2, "0")}-01`;
      const languages = p.regions.includes("latin-american-caribbean")
        ? ["en", "es"]
        : p.regions.includes("african")
          ? ["en", "fr"]
          : ["en"];
      offers.push({
        id: `demo-offer-${String(i).padStart(3, "0")}`,
        providerId: p.id,
        title: t.title,
        description: `${t.text} Offered by ${p.name}.`,
        modalities: t.modalities,
        articles: t.articles,
        categories: cats.filter((c) => (CATEGORY_IDS as readonly string[]).includes(c)),
        regions: p.regions,
        languages,
        periodFrom: from,
        periodTo: rng.chance(0.8) ? `202${rng.int(5, 7)}-12-31` : null,
        capacity: rng.int(1, 12),
        southSouth: p.southSouth,
        status: rng.chance(0.88) ? "open" : "closed",
        confidentiality: rng.chance(0.85) ? "public" : "donors-secretariat",
        ...demoOfferTerms(i, p),
      });
    }
  }
  return offers;
}

/**
 * Plausible terms for demo offer `i`: a provider type from the provider's kind, a budget range
 * sized to the kind (in thousands of US dollars: 20-200 for an agency, up to 2,000 for UNODC),
 * converted roughly to the provider's currency, a duration of 6-36 months, and one offer in three
 * gender-responsive. Drawn from a generator of the offer's own, so the shared one (and every
 * need the demo data set counts) is untouched.
 */
function demoOfferTerms(i: number, p: DemoProvider) {
  const r = new Rng(0x0ffe2000 + i);
  const big = p.kind === "unodc" || p.kind === "international-organization";
  const lowK = big ? r.int(200, 800) : r.int(20, 120);
  const highK = lowK * r.int(2, big ? 4 : 3);
  const currency = (p.stateId && DEMO_CURRENCY[p.stateId]) || (r.chance(0.7) ? "USD" : "EUR");
  const rate = PER_USD[currency] ?? 1;
  return {
    genderResponsive: r.chance(1 / 3),
    providerType: providerTypeFor(p.kind, p.regions),
    budgetMin: r.chance(0.15) ? null : BigInt(Math.round(lowK * rate) * 1000),
    budgetMax: BigInt(Math.round(highK * rate) * 1000),
    currency,
    durationMonths: r.pick([6, 9, 12, 18, 24, 36]),
  };
}

export function demoExpertise(rng: Rng, providers: DemoProvider[], stateIds: string[]) {
  const out = [];
  for (let i = 1; i <= 48; i++) {
    const area = rng.pick(EXPERTISE_AREAS);
    const byState = i % 3 !== 0;
    const state = byState ? rng.pick(stateIds) : null;
    const provider = byState ? null : rng.pick(providers);
    const who = state ? (getState(state)?.name ?? state) : (provider?.name ?? "");
    out.push({
      id: `demo-expertise-${String(i).padStart(3, "0")}`,
      stateId: state,
      providerId: provider?.id ?? null,
      title: area.title,
      description: `${who} shares its experience of ${area.title.toLowerCase()}: methods, templates and contacts of practitioners.`,
      articles: area.articles,
      categories: area.categories,
      languages: state
        ? [...(getState(state)?.languages ?? [])]
            .concat("en")
            .filter((l, j, a) => a.indexOf(l) === j)
        : ["en"],
      contact: `focal.point${i}@example.org`,
      confidentiality: rng.chance(0.9) ? "public" : "donors-secretariat",
    });
  }
  return out;
}

export function demoExperts(rng: Rng) {
  const out = [];
  const used = new Set<string>();
  for (let i = 1; i <= 120; i++) {
    let name = `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
    while (used.has(name)) name = `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
    used.add(name);
    out.push(demoExpert(rng, i, name));
  }
  return out;
}

/** Expert `i` of the directory (draws from `rng` in a fixed order: the demo depends on it). */
function demoExpert(rng: Rng, i: number, name: string) {
  const nationality = rng.pick(STATES_PARTIES).iso3;
  const langs = [...new Set(["en", ...(getState(nationality)?.languages ?? [])])];
  const areas = rng.sample(AREAS, rng.int(1, 3));
  const org = rng.pick(ORGS);
  const since = rng.int(1995, 2015);
  const consent = rng.chance(0.9);
  return {
    id: `demo-expert-${String(i).padStart(3, "0")}`,
    name,
    nationality,
    email: `expert${String(i).padStart(3, "0")}@experts.tahub.demo`,
    currentPosition: rng.pick([
      "Senior adviser",
      "Legal officer",
      "Head of unit",
      "Investigator",
      "Consultant",
      "Professor",
    ]),
    organization: org,
    summary: `Practitioner with ${2024 - since} years of experience in ${areas.join(", ")}.`,
    languages: langs,
    articles: rng
      .sample([5, 6, 7, 8, 9, 12, 13, 14, 51, 52, 54, 55, 57, 58], rng.int(1, 4))
      .sort((a, b) => a - b),
    areas,
    ...expertHistory(rng, since, org, areas),
    publications: [],
    availableFrom: `2024-${String(rng.int(1, 12)).padStart(2, "0")}-01`,
    daysPerYear: rng.int(10, 120),
    consentToList: consent,
    consentDate: consent ? `2023-${String(rng.int(1, 9)).padStart(2, "0")}-15` : null,
  };
}

/** An expert's education, employment and (for some) a UNODC assignment. */
function expertHistory(rng: Rng, since: number, org: string, areas: readonly string[]) {
  return {
    education: [
      {
        year: String(since - 3),
        degree: rng.pick(["LLM", "MA Public Policy", "MSc Finance", "PhD Law"]),
        institution: "University (demo)",
      },
    ],
    employment: [
      {
        from: String(since),
        organization: org,
        role: "Officer",
        description: `Work on ${areas[0]}.`,
      },
    ],
    assignments: rng.chance(0.6)
      ? [
          {
            from: String(rng.int(2016, 2022)),
            to: String(rng.int(2022, 2023)),
            organization: "UNODC (demo)",
            role: "Short-term expert",
            description: `Mission on ${areas[0]}.`,
          },
        ]
      : [],
  };
}

export function demoQuestionnaire(rng: Rng, stateIds: string[]) {
  return rng.sample(stateIds, 16).map((state, i) => ({
    id: `demo-questionnaire-${String(i + 1).padStart(2, "0")}`,
    stateId: state,
    questionnaireVersion: "2021-annex-I",
    answers: Object.fromEntries(
      QUESTIONNAIRE_2021.map((q) => [
        q,
        q === "observations"
          ? { answer: null, text: "Illustrative demo answer." }
          : {
              answer: rng.pick(["yes", "no", "partly"]),
              text: rng.chance(0.5) ? "Illustrative demo answer." : undefined,
            },
      ]),
    ),
    submittedAt: `2021-05-${String(rng.int(1, 31)).padStart(2, "0")}T12:00:00Z`,
  }));
}
