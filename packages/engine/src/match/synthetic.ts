import {
  MODALITY_IDS,
  REGIONAL_GROUP_IDS,
  STATES_PARTIES,
  mulberry32,
  type CategoryId,
} from "@tahub/domain";
import type { MatchCandidate, MatchNeed } from "./types.js";

/** The shared seeded generator (mulberry32): the same seed gives the same records on every machine. */
export const rng = mulberry32;

/** Topic phrases by article, enough to give synthetic records realistic term statistics. */
const TOPICS: readonly [number, string][] = [
  [5, "national anti-corruption strategy and action plan with monitoring indicators"],
  [6, "independence, mandate and resources of the anti-corruption commission"],
  [7, "merit-based recruitment in the civil service and conflicts of interest rules"],
  [8, "asset declarations of public officials and a code of conduct with whistle-blower reporting"],
  [9, "public procurement, e-procurement platform and management of public finances"],
  [10, "access to information and proactive publication by public administrations"],
  [11, "integrity of the judiciary and prosecution services, judicial code of ethics"],
  [12, "private sector compliance programmes, beneficial ownership and accounting standards"],
  [13, "participation of civil society, media and awareness-raising campaigns"],
  [14, "anti-money-laundering supervision of banks and designated non-financial businesses"],
  [15, "investigation and prosecution of bribery of national public officials"],
  [20, "illicit enrichment offence and unexplained wealth proceedings"],
  [23, "laundering of proceeds of crime, parallel financial investigations"],
  [32, "protection of witnesses, experts and victims"],
  [33, "protection of reporting persons against retaliation"],
  [36, "specialized anti-corruption law enforcement authorities"],
  [44, "extradition requests and dual criminality"],
  [46, "mutual legal assistance requests and central authority case management"],
  [49, "joint investigations with foreign counterparts"],
  [52, "enhanced due diligence on politically exposed persons and financial disclosure systems"],
  [53, "civil actions to recover assets in foreign courts"],
  [54, "non-conviction-based confiscation, freezing and seizure of assets"],
  [55, "international cooperation for the purposes of confiscation"],
  [57, "return and disposal of confiscated assets, asset management office"],
  [58, "financial intelligence unit analysis and suspicious transaction reports"],
];

const FORMS: readonly [string, CategoryId][] = [
  ["Training for officials on", "capacity-building"],
  ["Legislative review and drafting on", "legislative-assistance"],
  ["Strengthening the institutions responsible for", "institution-building"],
  ["Developing a policy on", "policymaking"],
  ["A study and data collection on", "research-data"],
  ["Cooperation with foreign counterparts on", "international-cooperation"],
];

const STATUSES = [
  "identified",
  "identified",
  "identified",
  "in-progress",
  "partially-met",
  "met",
] as const;

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

export function syntheticNeeds(count: number, seed = 1): MatchNeed[] {
  const r = rng(seed);
  const out: MatchNeed[] = [];
  for (let i = 0; i < count; i++) {
    const [article, topic] = pick(r, TOPICS);
    const [form, category] = pick(r, FORMS);
    const [, extra] = pick(r, TOPICS);
    const text = r() < 0.3 ? `${form} ${topic}, including ${extra}` : `${form} ${topic}`;
    out.push({
      id: `n${i}`,
      text,
      state: pick(r, STATES_PARTIES).iso3,
      articles: r() < 0.85 ? [article] : [],
      category,
      status: pick(r, STATUSES),
      supportCount: Math.floor(r() * r() * 4),
    });
  }
  return out;
}

export function syntheticCandidates(count: number, seed = 2): MatchCandidate[] {
  const r = rng(seed);
  const kinds = ["offer", "offer", "expertise", "expert"] as const;
  const out: MatchCandidate[] = [];
  for (let i = 0; i < count; i++) {
    const [article, topic] = pick(r, TOPICS);
    const [form] = pick(r, FORMS);
    const state = pick(r, STATES_PARTIES);
    out.push({
      id: `c${i}`,
      kind: pick(r, kinds),
      provider: `Provider ${i % 997}`,
      providerState: r() < 0.7 ? state.iso3 : undefined,
      text: `${form} ${topic}`,
      articles: r() < 0.7 ? [article] : [],
      modalities: [pick(r, MODALITY_IDS)],
      regions: r() < 0.5 ? [pick(r, REGIONAL_GROUP_IDS)] : [],
      languages: state.languages.length ? [...state.languages] : ["en"],
      southSouth: state.developing && r() < 0.5,
      capacity: r() < 0.1 ? 0 : undefined,
      status: r() < 0.05 ? "closed" : "open",
    });
  }
  return out;
}
