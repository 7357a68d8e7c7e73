/**
 * Illustrative need texts, written for the demo (never used to train or evaluate the
 * classifier). Each combines a topic of the need's article with a shape of its category; the
 * shapes vary on purpose: terse references, nominal phrases, long sentences and lists.
 */
import type { CategoryId } from "@tahub/domain";
import type { Rng } from "./prng.js";

/** Topics per article key, phrased as noun phrases. */
const TOPICS: Record<string, string[]> = {
  "5": [
    "the national anti-corruption strategy and its monitoring framework",
    "corruption risk assessments in ministries and public enterprises",
    "indicators to measure the effect of prevention measures",
    "periodic evaluation of legal and administrative measures against corruption",
    "awareness-raising campaigns on the prevention of corruption",
  ],
  "6": [
    "the independence of the anti-corruption commission",
    "recruitment and training procedures of the prevention body",
    "the budget and staffing of the preventive anti-corruption body",
    "the operational capacity of the anti-corruption agency's regional offices",
  ],
  "7": [
    "merit-based recruitment in the civil service",
    "the identification of positions especially vulnerable to corruption",
    "conflicts of interest of public officials",
    "transparency in the funding of candidatures and political parties",
    "rotation of staff in high-risk positions",
  ],
  "8": [
    "the enforcement of codes of conduct for public officials",
    "asset and interest declarations and their verification",
    "reporting channels for public officials who witness corruption",
    "gifts and hospitality registers",
  ],
  "9": [
    "e-procurement and open contracting data",
    "risk-based audits of public procurement",
    "fraud detection in public procurement",
    "internal control and transparency in budget management",
    "the public procurement regulatory authority",
  ],
  "10": [
    "access to information legislation",
    "simplified administrative procedures for the public",
    "proactive publication of information by public bodies",
  ],
  "11": [
    "judicial integrity and codes of judicial conduct",
    "the independence of prosecution services",
    "case allocation and transparency of court decisions",
  ],
  "12": [
    "corporate compliance programmes in the private sector",
    "beneficial ownership transparency of companies",
    "bribery prevention guidelines for businesses",
    "accounting and auditing standards for private entities",
  ],
  "13": [
    "public participation in decision-making",
    "anti-corruption education in schools and universities",
    "the role of civil society organizations and the media",
    "public reporting channels for corruption, including anonymous ones",
  ],
  "14": [
    "the supervision of designated non-financial businesses and professions",
    "the national money-laundering risk assessment",
    "customer due diligence by banks and reporting entities",
    "cross-border movements of cash and bearer negotiable instruments",
  ],
  "II-general": [
    "the implementation of chapter II of the Convention as a whole",
    "coordination among prevention institutions",
    "digital tools for preventive measures across government",
  ],
  "5&6": [
    "the anti-corruption strategy and the body in charge of implementing it",
    "the mandate of the prevention agency under the national strategy",
  ],
  "14&52": [
    "customer due diligence on politically exposed persons and its supervision",
    "risk-based supervision of banks' reporting of suspicious transactions",
  ],
  "14&58": [
    "information exchange between supervisors and the financial intelligence unit",
    "the analysis of suspicious transaction reports by the financial intelligence unit",
  ],
  "51": [
    "the asset recovery framework as a whole",
    "an asset management office for seized and confiscated property",
    "tracing and recovering assets abroad",
    "standard operating procedures for asset recovery cases",
    "participation in asset recovery networks",
  ],
  "52": [
    "enhanced scrutiny of accounts of politically exposed persons",
    "financial disclosure systems for public officials",
    "suspicious transaction reporting by banks",
    "digital filing and verification of financial declarations",
  ],
  "53": [
    "civil actions by foreign States before domestic courts",
    "recognition of foreign States as legitimate owners of property",
    "compensation orders in favour of other States",
  ],
  "54": [
    "the enforcement of foreign confiscation orders",
    "non-conviction-based confiscation",
    "civil forfeiture proceedings",
    "mutual legal assistance requests for confiscation",
  ],
  "55": [
    "requests for the identification and freezing of proceeds",
    "the execution of foreign freezing and seizure orders",
    "statistics on asset recovery requests",
  ],
  "54&55": [
    "mutual legal assistance requests for freezing and confiscation",
    "the execution of foreign requests for seizure and confiscation of proceeds",
  ],
  "56": [
    "the spontaneous sharing of information on proceeds of crime",
    "proactive cooperation with foreign counterparts on asset recovery",
  ],
  "57": [
    "the return and disposal of confiscated assets",
    "the management and sale at auction of seized property",
    "costs incurred in executing asset recovery requests",
  ],
  "58": [
    "the financial intelligence unit",
    "financial analysis and strategic analysis by the financial intelligence unit",
    "secure information exchange between the financial intelligence unit and law enforcement",
  ],
  "59": [
    "bilateral agreements on asset recovery",
    "arrangements for the repatriation of stolen assets",
  ],
};

const AUDIENCES = [
  "investigators and prosecutors",
  "officials of the anti-corruption agency",
  "procurement officers",
  "judges and court staff",
  "staff of the financial intelligence unit",
  "civil servants in high-risk positions",
  "journalists and civil society organizations",
  "private sector compliance officers",
];

type Shape = (topic: string, article: string, rng: Rng) => string;

const SHAPES: Record<CategoryId, Shape[]> = {
  "capacity-building": [
    (t, _a, rng) => `Training for ${rng.pick(AUDIENCES)} on ${t}.`,
    (t) => `Capacity-building on ${t}`,
    (t, _a, rng) =>
      `The State requests peer learning with a country that has practical experience of ${t}, followed by a training-of-trainers programme for ${rng.pick(AUDIENCES)}.`,
    (t, a) => `Capacity-building (art. ${a}): ${t}`,
    (t, _a, rng) =>
      `Skills development: (a) ${t}; (b) use of technological tools; (c) mentoring of ${rng.pick(AUDIENCES)}.`,
  ],
  "legislative-assistance": [
    (_t, a) => `Legislative assistance (art. ${a})`,
    (t) => `Review of the draft law on ${t}.`,
    (t) =>
      `Assistance in drafting regulations to give effect to the legislation on ${t}, and in aligning it with the Convention.`,
    (t) => `Legal advice on ${t}`,
  ],
  "institution-building": [
    (t) => `Support in establishing a dedicated unit responsible for ${t}.`,
    (t) => `Institution-building: ${t}`,
    (t) =>
      `Strengthening the procedures, equipment and electronic systems needed for ${t}, including case management software.`,
  ],
  policymaking: [
    (t) => `Development of a policy on ${t}.`,
    (t) => `Guidelines and an action plan on ${t}`,
    (t) =>
      `Support in designing, costing and monitoring a national policy that addresses ${t}, with indicators.`,
  ],
  "research-data": [
    (t) => `A study on ${t}.`,
    (t) => `Data collection and statistics on ${t}`,
    (t) => `Research and analysis: baseline survey, risk mapping and a public report on ${t}.`,
  ],
  "international-cooperation": [
    (t) => `Facilitation of cooperation with other States on ${t}.`,
    (t) => `Exchange of experience with foreign counterparts regarding ${t}`,
    (t) =>
      `Support in establishing communication with requested States and regional networks on ${t}, including through a memorandum of understanding.`,
  ],
};

/** Short French and Spanish shapes for States whose UN language is French or Spanish. */
const FOREIGN: Record<"fr" | "es", Shape[]> = {
  fr: [
    (_t, a) => `Assistance technique pour la mise en œuvre de l'article ${a} de la Convention.`,
    (_t, a) => `Formation des agents publics concernant l'article ${a}.`,
  ],
  es: [
    (_t, a) => `Asistencia técnica para la aplicación del artículo ${a} de la Convención.`,
    (_t, a) => `Capacitación de funcionarios públicos en relación con el artículo ${a}.`,
  ],
};

export function needText(
  key: string,
  category: CategoryId,
  rng: Rng,
  languages: readonly string[],
): { text: string; language: string } {
  const topics = TOPICS[key] ?? TOPICS[key.split("&")[0] ?? key] ?? ["the Convention"];
  const topic = rng.pick(topics);
  const article = key.endsWith("-general")
    ? `${key.split("-")[0]}, general`
    : key.replace("&", " and ");
  for (const lang of ["fr", "es"] as const) {
    if (languages.includes(lang) && !languages.includes("en") && rng.chance(0.15)) {
      return { text: rng.pick(FOREIGN[lang])(topic, article, rng), language: lang };
    }
  }
  return { text: rng.pick(SHAPES[category])(topic, article, rng), language: "en" };
}

const C1_TOPICS: Record<string, string> = {
  "legislative-drafting": "Legislative drafting and legal advice",
  "model-legislation": "Model legislation",
  "action-plan": "Development of an action plan",
  "good-practices": "Summary of good practices and lessons learned",
  "model-treaties": "Model treaties or agreements",
  "capacity-building-programmes": "Capacity-building programmes",
  "on-site-expert": "On-site expert",
  "technological-assistance": "Technological assistance",
  other: "Other assistance",
};

export function cycle1Text(category: string, article: number, title: string): string {
  return `${C1_TOPICS[category] ?? "Assistance"} (art. ${article}, ${title.toLowerCase()})`;
}
