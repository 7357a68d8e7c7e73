/**
 * The data tables of the demo's supply side (supply-records.ts turns them into records): providers,
 * offer templates, currencies, knowledge-bank areas, the names and fields the expert directory is
 * drawn from, and the question ids of the 2021 questionnaire. Data only; all names of people and
 * most organizations are invented.
 */
import type { CategoryId, ModalityId, ProviderKind, RegionalGroupId } from "@tahub/domain";

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

/** One row of `DEMO_PROVIDERS`. */
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

/** The demo providers, in the order their records (and offers) are made. */
export const DEMO_PROVIDERS: readonly DemoProvider[] = [
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

interface OfferTemplate {
  title: string;
  articles: number[];
  modalities: ModalityId[];
  text: string;
}

export const OFFER_TEMPLATES: OfferTemplate[] = [
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

// donors (issue 15, deliverable 4)
/** The currency a demo provider budgets in: its State's, else US dollars or euros. */
export const DEMO_CURRENCY: Record<string, string> = {
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

/** Rough units per US dollar, to make the amounts look like that currency's. */
export const PER_USD: Readonly<Record<string, number>> = {
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

export const EXPERTISE_AREAS: { title: string; articles: number[]; categories: CategoryId[] }[] = [
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

export const FIRST = [
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
export const LAST = [
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
export const ORGS = [
  "Ministry of Justice",
  "Anti-Corruption Commission",
  "Financial Intelligence Unit",
  "Supreme Audit Institution",
  "Public Procurement Authority",
  "Office of the Prosecutor",
  "University law faculty",
  "Independent consultant",
];
export const AREAS = [
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
