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
  type ModalityId,
  type ProviderKind,
  type RegionalGroupId,
} from "@tahub/domain";
import { Rng } from "./prng.js";

export interface DemoProvider {
  id: string;
  name: string;
  kind: ProviderKind;
  stateId: string | null;
  regions: RegionalGroupId[];
  description: string;
  southSouth: boolean;
}

const ALL_REGIONS: RegionalGroupId[] = [
  "african",
  "asia-pacific",
  "eastern-european",
  "latin-american-caribbean",
  "western-european-other",
];

export function demoProviders(): DemoProvider[] {
  const p = (
    id: string,
    name: string,
    kind: ProviderKind,
    stateId: string | null,
    regions: RegionalGroupId[],
    description: string,
    southSouth = false,
  ): DemoProvider => ({
    id: `demo-provider-${id}`,
    name,
    kind,
    stateId,
    regions,
    description,
    southSouth,
  });
  return [
    p(
      "unodc",
      "UNODC Corruption and Economic Crime Branch",
      "unodc",
      null,
      ALL_REGIONS,
      "Global technical assistance on every chapter of the Convention.",
    ),
    p(
      "hub-lac",
      "Regional anti-corruption hub for Latin America and the Caribbean",
      "regional-hub",
      "MEX",
      ["latin-american-caribbean"],
      "Coordinates technical assistance for the region through a network of complementary expertise.",
    ),
    p(
      "hub-africa",
      "Regional anti-corruption hub for Africa",
      "regional-hub",
      "KEN",
      ["african"],
      "Repository of regional expertise and good practices; promotes South-South exchanges.",
    ),
    p(
      "platform-ea",
      "Regional platform for East Africa",
      "regional-hub",
      null,
      ["african"],
      "Road map of shared regional priorities, including needs identified in the reviews.",
    ),
    p(
      "platform-sa",
      "Regional platform for Southern Africa",
      "regional-hub",
      null,
      ["african"],
      "Peer learning among Southern African States on asset declarations and procurement.",
    ),
    p(
      "platform-was",
      "Regional platform for West Africa and the Sahel",
      "regional-hub",
      null,
      ["african"],
      "Action plan with gender-specific measures across its thematic areas.",
    ),
    p(
      "platform-sea",
      "Regional platform for South-East Asia",
      "regional-hub",
      null,
      ["asia-pacific"],
      "Regional cooperation on beneficial ownership and asset recovery.",
    ),
    p(
      "platform-see",
      "Regional platform for South-Eastern Europe",
      "regional-hub",
      null,
      ["eastern-european"],
      "Regional exchange on codes of conduct and conflict of interest.",
    ),
    p(
      "platform-ca",
      "Regional platform for Central America",
      "regional-hub",
      null,
      ["latin-american-caribbean"],
      "Gender and information technology as transversal themes.",
    ),
    p(
      "network-le",
      "Global network of law enforcement authorities (demo)",
      "international-organization",
      null,
      ALL_REGIONS,
      "Informal cooperation among anti-corruption law enforcement authorities.",
    ),
    p(
      "ari",
      "International Asset Recovery Initiative (demo)",
      "international-organization",
      null,
      ALL_REGIONS,
      "Case advice, training and policy dialogue on asset tracing, confiscation and return.",
    ),
    p(
      "opendata",
      "Open Procurement Data Partnership (demo)",
      "ngo",
      null,
      ALL_REGIONS,
      "Open contracting data standards and e-procurement reform, under a framework agreement.",
    ),
    p(
      "bo",
      "Beneficial Ownership Transparency Partnership (demo)",
      "ngo",
      null,
      ALL_REGIONS,
      "Expert advice and long-term mentorship for beneficial ownership reforms.",
    ),
    p(
      "integrity-ngo",
      "Integrity Watch Coalition (demo)",
      "ngo",
      null,
      ["african", "asia-pacific"],
      "Civil society monitoring, public education and reporting platforms.",
    ),
    p(
      "research",
      "Institute for Anti-Corruption Research (demo)",
      "academia",
      null,
      ALL_REGIONS,
      "Surveys, indicators and evaluation of anti-corruption measures.",
    ),
    p(
      "donor-nor",
      "Norwegian development cooperation (demo)",
      "bilateral-donor",
      "NOR",
      ["african", "asia-pacific"],
      "Funds governance and anti-corruption programmes aligned with review outcomes.",
    ),
    p(
      "donor-deu",
      "German development cooperation (demo)",
      "bilateral-donor",
      "DEU",
      ["african", "latin-american-caribbean"],
      "Bilateral programmes on public finance management and integrity.",
    ),
    p(
      "donor-gbr",
      "United Kingdom development cooperation (demo)",
      "bilateral-donor",
      "GBR",
      ALL_REGIONS,
      "Illicit finance, asset recovery and beneficial ownership.",
    ),
    p(
      "donor-jpn",
      "Japanese development cooperation (demo)",
      "bilateral-donor",
      "JPN",
      ["asia-pacific"],
      "Training courses for criminal justice officials in the region.",
    ),
    p(
      "nacc-ken",
      "Kenya national ethics and anti-corruption commission (demo)",
      "state-agency",
      "KEN",
      ["african"],
      "Offers integrity assessments, corruption risk assessments and yearly training to peer agencies.",
      true,
    ),
    p(
      "kpk-idn",
      "Indonesia anti-corruption commission (demo)",
      "state-agency",
      "IDN",
      ["asia-pacific"],
      "Study visits on asset declaration verification and prevention.",
      true,
    ),
    p(
      "cgu-bra",
      "Brazil comptroller general (demo)",
      "state-agency",
      "BRA",
      ["latin-american-caribbean", "african"],
      "Open data portals, leniency agreements and integrity programmes.",
      true,
    ),
    p(
      "fiu-mys",
      "Malaysia financial intelligence unit (demo)",
      "state-agency",
      "MYS",
      ["asia-pacific"],
      "Strategic analysis and FIU information exchange, offered through MoUs.",
      true,
    ),
    p(
      "ombudsman-rwa",
      "Rwanda Office of the Ombudsman (demo)",
      "state-agency",
      "RWA",
      ["african"],
      "Asset declaration systems and public complaints handling.",
      true,
    ),
    p(
      "ppa-col",
      "Colombia procurement agency (demo)",
      "state-agency",
      "COL",
      ["latin-american-caribbean"],
      "E-procurement platform and framework agreements.",
      true,
    ),
  ];
}

interface OfferTemplate {
  title: string;
  articles: number[];
  modalities: ModalityId[];
  text: string;
}

const OFFER_TEMPLATES: OfferTemplate[] = [
  {
    title: "Integrity assessment of public institutions",
    articles: [5, 7],
    modalities: ["assessment", "policy-advice"],
    text: "An integrity assessment of a ministry or agency, with a report and a follow-up plan.",
  },
  {
    title: "Corruption risk assessment methodology",
    articles: [5, 9],
    modalities: ["assessment", "training"],
    text: "Training and coaching on corruption risk assessment, applied to two pilot institutions.",
  },
  {
    title: "Yearly training for anti-corruption agencies",
    articles: [6],
    modalities: ["training", "peer-learning"],
    text: "A yearly course for staff of preventive bodies: investigations, prevention and outreach.",
  },
  {
    title: "Asset declaration verification systems",
    articles: [8, 52],
    modalities: ["technology", "institutional-support"],
    text: "Design of electronic filing and risk-based verification of asset and interest declarations.",
  },
  {
    title: "Conflict of interest management",
    articles: [7, 8],
    modalities: ["policy-advice", "training"],
    text: "Guidance, manuals and training on declaring and managing conflicts of interest.",
  },
  {
    title: "E-procurement and open contracting data",
    articles: [9],
    modalities: ["technology", "policy-advice"],
    text: "Support to publish procurement data in an open standard and to use it for red-flag analysis.",
  },
  {
    title: "Access to information reform",
    articles: [10, 13],
    modalities: ["legislative-advice", "policy-advice"],
    text: "Review of access-to-information legislation and of its implementation.",
  },
  {
    title: "Judicial integrity peer exchange",
    articles: [11],
    modalities: ["peer-learning", "networking"],
    text: "Exchange programmes for judges and prosecutors on integrity and case management.",
  },
  {
    title: "Beneficial ownership registers",
    articles: [12, 14, 52],
    modalities: ["legislative-advice", "mentoring", "technology"],
    text: "Advisory services and long-term mentorship on beneficial ownership reforms and registers.",
  },
  {
    title: "Civil society reporting platforms",
    articles: [13],
    modalities: ["technology", "training"],
    text: "Set-up of public reporting channels and training of civil society and media partners.",
  },
  {
    title: "Anti-money-laundering supervision",
    articles: [14, 58],
    modalities: ["training", "expert-deployment"],
    text: "Supervision of reporting entities and designated non-financial businesses and professions.",
  },
  {
    title: "Financial intelligence unit mentoring",
    articles: [58, 52],
    modalities: ["mentoring", "technology"],
    text: "Embedded mentors for strategic and operational analysis and secure information exchange.",
  },
  {
    title: "Asset tracing and recovery case support",
    articles: [51, 54, 55],
    modalities: ["expert-deployment", "training", "networking"],
    text: "Case advice on tracing, freezing and confiscation, and drafting of mutual legal assistance requests.",
  },
  {
    title: "Non-conviction-based confiscation",
    articles: [54],
    modalities: ["legislative-advice"],
    text: "Legislative advice on non-conviction-based and civil forfeiture regimes.",
  },
  {
    title: "Asset management offices",
    articles: [51, 57],
    modalities: ["institutional-support", "policy-advice"],
    text: "Set-up of an office managing seized assets, including valuation and sale at auction.",
  },
  {
    title: "Return of assets agreements",
    articles: [57, 59],
    modalities: ["legislative-advice", "networking"],
    text: "Support in negotiating bilateral arrangements for the return and disposal of assets.",
  },
  {
    title: "Statistics on asset recovery",
    articles: [51, 55],
    modalities: ["research", "technology"],
    text: "A case management system and statistics on asset recovery requests.",
  },
  {
    title: "Anti-corruption strategy development",
    articles: [5],
    modalities: ["policy-advice", "research"],
    text: "Facilitated design of a national strategy with costed actions and indicators.",
  },
  {
    title: "South-South study visit",
    articles: [6, 8],
    modalities: ["peer-learning", "networking"],
    text: "A study visit to a peer agency, followed by a memorandum of understanding.",
  },
  {
    title: "Anti-corruption education programme",
    articles: [13],
    modalities: ["training", "research"],
    text: "Curricula and teacher training on integrity for schools and universities.",
  },
];

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

// donors (issue 15, deliverable 4)
/** The currency a demo provider budgets in: its State's, else US dollars or euros. */
const DEMO_CURRENCY: Record<string, string> = {
  MEX: "MXN",
  KEN: "KES",
  NOR: "NOK",
  DEU: "EUR",
  GBR: "GBP",
  JPN: "JPY",
  IDN: "IDR",
  BRA: "BRL",
  MYS: "MYR",
  RWA: "RWF",
  COL: "COP",
};
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
  // Rough units per US dollar, to make the amounts look like that currency's.
  const perUsd: Record<string, number> = {
    USD: 1,
    EUR: 0.9,
    GBP: 0.8,
    NOK: 10,
    MXN: 18,
    KES: 130,
    JPY: 150,
    IDR: 15_000,
    BRL: 5,
    MYR: 4.5,
    RWF: 1_300,
    COP: 4_000,
  };
  const rate = perUsd[currency] ?? 1;
  return {
    genderResponsive: r.chance(1 / 3),
    providerType: providerTypeFor(p.kind, p.regions),
    budgetMin: r.chance(0.15) ? null : BigInt(Math.round(lowK * rate) * 1000),
    budgetMax: BigInt(Math.round(highK * rate) * 1000),
    currency,
    durationMonths: r.pick([6, 9, 12, 18, 24, 36]),
  };
}

const EXPERTISE_AREAS: { title: string; articles: number[]; categories: CategoryId[] }[] = [
  {
    title: "Integrity in public institutions",
    articles: [7, 8],
    categories: ["capacity-building", "institution-building"],
  },
  {
    title: "Transparency in natural resource management",
    articles: [9, 12],
    categories: ["policymaking", "research-data"],
  },
  {
    title: "Gender equality and anti-corruption",
    articles: [5, 13],
    categories: ["policymaking", "capacity-building"],
  },
  {
    title: "Electronic asset declarations",
    articles: [8, 52],
    categories: ["institution-building"],
  },
  {
    title: "E-procurement systems",
    articles: [9],
    categories: ["institution-building", "capacity-building"],
  },
  {
    title: "Whistle-blower reporting channels",
    articles: [8, 13],
    categories: ["institution-building"],
  },
  {
    title: "Drafting asset recovery legislation",
    articles: [51, 54],
    categories: ["legislative-assistance"],
  },
  {
    title: "Mutual legal assistance for confiscation",
    articles: [54, 55],
    categories: ["international-cooperation", "capacity-building"],
  },
  {
    title: "Financial intelligence analysis",
    articles: [58],
    categories: ["capacity-building", "research-data"],
  },
  {
    title: "Anti-corruption strategies and monitoring",
    articles: [5],
    categories: ["policymaking"],
  },
  { title: "Corruption risk assessment", articles: [5, 9], categories: ["research-data"] },
  { title: "Judicial integrity", articles: [11], categories: ["capacity-building"] },
];

export function demoExpertise(rng: Rng, providers: DemoProvider[], stateIds: string[]) {
  const out = [];
  for (let i = 1; i <= 48; i++) {
    const area = rng.pick(EXPERTISE_AREAS);
    const byState = i % 3 !== 0;
    const state = byState ? rng.pick(stateIds) : null;
    const provider = byState ? null : rng.pick(providers);
    const who = state ? (getState(state)?.name ?? state) : provider!.name;
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

const FIRST = [
  "Amina",
  "Kwame",
  "Lucía",
  "Mei",
  "Olga",
  "Rahul",
  "Sofía",
  "Tomás",
  "Yusuf",
  "Zainab",
  "Ana",
  "Boris",
  "Chen",
  "Dina",
  "Emeka",
  "Fatou",
  "Hiroshi",
  "Ines",
  "Jonas",
  "Karin",
  "Leila",
  "Marco",
  "Nadia",
  "Omar",
  "Priya",
];
const LAST = [
  "Abebe",
  "Baptiste",
  "Castillo",
  "Dlamini",
  "Eriksen",
  "Farouk",
  "González",
  "Haddad",
  "Ivanova",
  "Jansen",
  "Kamau",
  "Lindqvist",
  "Mensah",
  "Nguyen",
  "Okafor",
  "Pereira",
  "Quispe",
  "Rahman",
  "Sato",
  "Traoré",
];
const ORGS = [
  "Ministry of Justice",
  "Anti-Corruption Commission",
  "Financial Intelligence Unit",
  "Supreme Audit Institution",
  "Public Procurement Authority",
  "Office of the Prosecutor",
  "University law faculty",
  "Independent consultant",
];
const AREAS = [
  "asset recovery",
  "financial investigations",
  "e-procurement",
  "asset declarations",
  "conflict of interest",
  "anti-corruption strategies",
  "judicial integrity",
  "beneficial ownership",
  "mutual legal assistance",
  "corruption risk assessment",
  "whistle-blower protection",
  "gender and corruption",
];

export function demoExperts(rng: Rng) {
  const out = [];
  const used = new Set<string>();
  for (let i = 1; i <= 120; i++) {
    let name = `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
    while (used.has(name)) name = `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
    used.add(name);
    const nationality = rng.pick(STATES_PARTIES).iso3;
    const langs = [...new Set(["en", ...(getState(nationality)?.languages ?? [])])];
    const areas = rng.sample(AREAS, rng.int(1, 3));
    const org = rng.pick(ORGS);
    const since = rng.int(1995, 2015);
    const consent = rng.chance(0.9);
    out.push({
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
      publications: [],
      availableFrom: `2024-${String(rng.int(1, 12)).padStart(2, "0")}-01`,
      daysPerYear: rng.int(10, 120),
      consentToList: consent,
      consentDate: consent ? `2023-${String(rng.int(1, 9)).padStart(2, "0")}-15` : null,
    });
  }
  return out;
}

/** Question ids of annex I of the 2021 questionnaire (IRG twelfth session note on TA, June 2021): "1a", "1b", "2", ..., "12". */
export const QUESTIONNAIRE_2021 = [
  "1a",
  "1b",
  "2",
  "3",
  "4",
  "5",
  "6",
  "7",
  "7a",
  "7b",
  "8",
  "9",
  "10",
  "11",
  "12",
  "observations",
] as const;

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
