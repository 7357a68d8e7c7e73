import {
  MODALITY_IDS,
  REGIONAL_GROUP_IDS,
  STATES_PARTIES,
  mulberry32,
  type CategoryId,
} from "@tahub/domain";
import { WRITER_NEEDS } from "../classify/training/corpus/writers.js";
import { CATEGORY_CUES, CONCEPTS } from "../knowledge/index.js";
import type { MatchCandidate, MatchNeed } from "./types.js";

/** The shared seeded generator (mulberry32): the same seed gives the same records on every machine. */
export const rng = mulberry32;

/**
 * The first generator's topic phrases by article (`vocabulary: "small"`): about 150 distinct
 * words, so every index looks fast and every posting list is long. Kept to show how much a small
 * vocabulary flatters; the benchmark uses the realistic one below.
 */
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
  const x = xs[Math.floor(r() * xs.length)];
  if (x === undefined) throw new RangeError("pick from an empty list");
  return x;
}

function smallNeeds(count: number, seed: number): MatchNeed[] {
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

function smallCandidates(count: number, seed: number): MatchCandidate[] {
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

// ---------------------------------------------------------------------------------------------
// Realistic vocabulary (issue 13): texts assembled from the knowledge lexicon's EN/FR/ES terms and
// from the independent writers' phrasing of the classifier corpus (`classify/training/corpus`,
// compiled into `writers.ts`), so a synthetic corpus has the thousands of distinct words, the
// three languages, the long tail and the lengths real needs and offers have.

type Lang = "en" | "fr" | "es";
const LANGS: readonly Lang[] = ["en", "fr", "es"];

interface Phrase {
  text: string;
  articles: readonly number[];
  category?: CategoryId;
}

interface Pool {
  /** Writers' needs by language: whole requests, the backbone of a text. */
  sentences: Record<Lang, Phrase[]>;
  /** Writers' needs and lexicon terms by language and article: material on the same topic. */
  sentencesByArticle: Record<Lang, Map<number, Phrase[]>>;
  termsByArticle: Record<Lang, Map<number, string[]>>;
  /** Every lexicon term (concepts and category cues) by language. */
  terms: Record<Lang, string[]>;
}

let pool: Pool | undefined;

/** Built once, on first use: importers of the engine do not pay for it. */
function realisticPool(): Pool {
  if (pool) return pool;
  const p: Pool = {
    sentences: { en: [], fr: [], es: [] },
    sentencesByArticle: { en: new Map(), fr: new Map(), es: new Map() },
    termsByArticle: { en: new Map(), fr: new Map(), es: new Map() },
    terms: { en: [], fr: [], es: [] },
  };
  const add = <V>(m: Map<number, V[]>, k: number, v: V) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  for (const n of WRITER_NEEDS) {
    const lang = (LANGS as readonly string[]).includes(n.lang ?? "") ? (n.lang as Lang) : "en";
    const ph: Phrase = { text: n.text, articles: n.articles, category: n.category };
    p.sentences[lang].push(ph);
    for (const a of n.articles) add(p.sentencesByArticle[lang], a, ph);
  }
  for (const c of CONCEPTS)
    for (const lang of LANGS)
      for (const term of c.terms[lang]) {
        p.terms[lang].push(term);
        for (const a of c.articles) add(p.termsByArticle[lang], a, term);
      }
  for (const c of CATEGORY_CUES) for (const lang of LANGS) p.terms[lang].push(...c.terms[lang]);
  return (pool = p);
}

const CONNECTORS: Record<Lang, readonly string[]> = {
  en: [
    "; ",
    ", including ",
    ", in particular ",
    ", together with ",
    ". Also: ",
    ", with a focus on ",
    " and ",
  ],
  fr: [
    "; ",
    ", notamment ",
    ", en particulier ",
    ", ainsi que ",
    ". En outre : ",
    ", avec un accent sur ",
    " et ",
  ],
  es: [
    "; ",
    ", incluyendo ",
    ", en particular ",
    ", así como ",
    ". Además: ",
    ", con énfasis en ",
    " y ",
  ],
};

const AND: Record<Lang, string> = { en: " and ", fr: " et ", es: " y " };

const OPENERS: Record<Lang, Record<MatchCandidate["kind"], readonly string[]>> = {
  en: {
    offer: [
      "We offer technical assistance on",
      "Our programme supports",
      "Available to States parties:",
    ],
    expertise: ["Expertise and lessons learned on", "Good practice shared by our agency on"],
    expert: ["Expert with field experience in", "Former practitioner specialised in"],
  },
  fr: {
    offer: [
      "Nous proposons une assistance technique pour",
      "Notre programme appuie",
      "Offre aux États parties :",
    ],
    expertise: [
      "Expertise et enseignements tirés en matière de",
      "Bonnes pratiques de notre agence sur",
    ],
    expert: ["Expert ayant une expérience de terrain en", "Ancien praticien spécialisé dans"],
  },
  es: {
    offer: [
      "Ofrecemos asistencia técnica para",
      "Nuestro programa apoya",
      "Oferta a los Estados partes:",
    ],
    expertise: [
      "Experiencia y lecciones aprendidas en materia de",
      "Buenas prácticas de nuestra agencia sobre",
    ],
    expert: ["Experto con experiencia práctica en", "Antiguo profesional especializado en"],
  },
};

/** Words of a text: tokens holding a letter or digit (a lone "-" or "(" is not a word). */
const wordsOf = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** A writer's request as the continuation of a sentence: lower-case start (acronyms kept), no final stop. */
function continuation(text: string): string {
  const t = text.trim().replace(/[.;:\s]+$/, "");
  return /^\p{Lu}\p{Ll}/u.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

/** The first `n` words of `text`, ended with a full stop. */
function firstWords(text: string, n: number): string {
  const cut = wordsOf(text).slice(0, n).join(" ");
  return cut.replace(/[^\p{L}\p{N}.!?)]+$/u, "").replace(/([^.!?])$/, "$1.");
}

function pickLang(r: () => number): Lang {
  // The writers' mix: about three in five needs in English, the rest French and Spanish.
  const x = r();
  return x < 0.6 ? "en" : x < 0.8 ? "fr" : "es";
}

/**
 * One text of exactly `target` words (cut at the last word): a writer's request on `article`,
 * continued with more of the same topic (other writers' phrasing, lists of lexicon terms) and
 * now and then an unrelated request, as multi-item needs and broad offers read.
 */
function compose(r: () => number, lang: Lang, first: Phrase, target: number, lead = ""): string {
  const p = realisticPool();
  const article = first.articles[0];
  const sameTopic =
    (article !== undefined && p.sentencesByArticle[lang].get(article)) || p.sentences[lang];
  const topicTerms =
    (article !== undefined && p.termsByArticle[lang].get(article)) || p.terms[lang];
  let text = lead
    ? `${lead} ${continuation(first.text)}`
    : first.text.trim().replace(/[.;\s]+$/, "");
  let words = wordsOf(text).length;
  while (words < target) {
    const x = r();
    let next: string;
    if (x < 0.45) next = continuation(pick(r, sameTopic).text);
    else if (x < 0.8) {
      // A list of 1-3 terms: topic terms mostly, any lexicon term sometimes (the long tail).
      const k = 1 + Math.floor(r() * 3);
      const terms = Array.from({ length: k }, () =>
        pick(r, r() < 0.75 ? topicTerms : p.terms[lang]),
      );
      next =
        terms.length > 1
          ? `${terms.slice(0, -1).join(", ")}${AND[lang]}${terms.at(-1) ?? ""}`
          : (terms[0] ?? "");
    } else next = continuation(pick(r, p.sentences[lang]).text);
    const joined = pick(r, CONNECTORS[lang]) + next;
    text += joined;
    words += wordsOf(joined).length;
  }
  return firstWords(text, target);
}

function realisticNeeds(count: number, seed: number): MatchNeed[] {
  const p = realisticPool();
  const r = rng(seed);
  const out: MatchNeed[] = [];
  for (let i = 0; i < count; i++) {
    const lang = pickLang(r);
    const first = pick(r, p.sentences[lang]);
    // 12-60 words, most needs short (mean ~28): r() * r() leans towards 0.
    const target = 12 + Math.floor(r() * r() * 49);
    out.push({
      id: `n${i}`,
      text: compose(r, lang, first, target),
      state: pick(r, STATES_PARTIES).iso3,
      articles: r() < 0.85 ? [...first.articles] : [],
      category: first.category,
      language: lang,
      status: pick(r, STATUSES),
      supportCount: Math.floor(r() * r() * 4),
    });
  }
  return out;
}

function realisticCandidates(count: number, seed: number): MatchCandidate[] {
  const p = realisticPool();
  const r = rng(seed);
  const kinds = ["offer", "offer", "expertise", "expert"] as const;
  const out: MatchCandidate[] = [];
  for (let i = 0; i < count; i++) {
    const lang = pickLang(r);
    const kind = pick(r, kinds);
    const first = pick(r, p.sentences[lang]);
    const state = pick(r, STATES_PARTIES);
    // 30-120 words (mean ~60): an offer's title and description, an expert's summary.
    const target = 30 + Math.floor(r() * r() * 91);
    out.push({
      id: `c${i}`,
      kind,
      provider: `Provider ${i % 997}`,
      providerState: r() < 0.7 ? state.iso3 : undefined,
      text: compose(r, lang, first, target, pick(r, OPENERS[lang][kind])),
      articles: r() < 0.7 ? [...first.articles] : [],
      modalities: [pick(r, MODALITY_IDS)],
      regions: r() < 0.5 ? [pick(r, REGIONAL_GROUP_IDS)] : [],
      languages: [...new Set([lang, ...state.languages])],
      southSouth: state.developing && r() < 0.5,
      capacity: r() < 0.1 ? 0 : undefined,
      status: r() < 0.05 ? "closed" : "open",
    });
  }
  return out;
}

export interface SyntheticOptions {
  /**
   * "realistic" (default): texts from the knowledge lexicon and the writers' corpus, EN/FR/ES,
   * needs 12-60 words, candidates 30-120, thousands of distinct words. "small": the first
   * generator's 25 topics x 6 forms (~150 words), kept for comparison.
   */
  vocabulary?: "realistic" | "small";
}

/** Seeded synthetic needs: the same seed and options give the same records on every machine. */
export function syntheticNeeds(
  count: number,
  seed = 1,
  options: SyntheticOptions = {},
): MatchNeed[] {
  return options.vocabulary === "small" ? smallNeeds(count, seed) : realisticNeeds(count, seed);
}

/** Seeded synthetic offers, expertise and experts (see `syntheticNeeds`). */
export function syntheticCandidates(
  count: number,
  seed = 2,
  options: SyntheticOptions = {},
): MatchCandidate[] {
  return options.vocabulary === "small"
    ? smallCandidates(count, seed)
    : realisticCandidates(count, seed);
}

/**
 * Distinct words in `texts`: lower-cased runs of letters and digits ("anti-corruption" is two
 * words, "d'entraide" two). What a benchmark's `vocabulary` reports: the size of the dictionary
 * an index has to hold, before any stemming.
 */
export function distinctWords(texts: Iterable<string>): number {
  const seen = new Set<string>();
  for (const t of texts)
    for (const w of t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) seen.add(w);
  return seen.size;
}
