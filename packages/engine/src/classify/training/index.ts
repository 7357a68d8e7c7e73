/**
 * The built-in training set: >= 600 labelled needs written for TA Hub. Most are generated
 * deterministically from per-article topics (`./topics.ts`) and forms of assistance
 * (`./forms.ts`) in the shapes needs take (nominal phrases, sentences with an article
 * reference, terse "<grouping> (art. N)" lines, several needs in one line, chapter-general
 * needs, French and Spanish); the rest are hand-written (`./handwritten.ts`).
 */
import { CATEGORY_IDS, chapterOf, mulberry32, type CategoryId } from "@tahub/domain";
import { CONCEPTS } from "../../knowledge/index.js";
import type { LabelledNeed } from "../types.js";
import { FORMS, GENERIC_WHO, NAMES } from "./forms.js";
import { WRITER_NEEDS } from "./corpus/writers.js";
import { HANDWRITTEN } from "./handwritten.js";
import {
  contract,
  GENERIC_INSTITUTIONS,
  INSTITUTIONS,
  INSTITUTIONS_ES,
  INSTITUTIONS_FR,
  LIST_LEADS,
  MORE_FORMS,
  TERM_FORMS,
} from "./shapes.js";
import { GENERAL_TOPICS, TOPICS } from "./topics.js";

/** The shared seeded generator (mulberry32): shuffles and samples deterministically. */
export const seededRandom = mulberry32;

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)] as T;
}

// Roughly the secretariat's published mix, flattened so every grouping is well represented.
const CATEGORY_WEIGHTS: Record<CategoryId, number> = {
  "capacity-building": 0.3,
  "legislative-assistance": 0.18,
  "institution-building": 0.16,
  policymaking: 0.12,
  "research-data": 0.12,
  "international-cooperation": 0.12,
};

function pickCategory(rnd: () => number): CategoryId {
  let x = rnd();
  for (const c of CATEGORY_IDS) {
    x -= CATEGORY_WEIGHTS[c];
    if (x <= 0) return c;
  }
  return "capacity-building";
}

function cite(rnd: () => number, articles: number[]): string {
  const [a, b] = articles;
  const r = rnd();
  if (b !== undefined) return r < 0.5 ? ` (arts. ${a} and ${b})` : ` (articles ${a}, ${b})`;
  if (r < 0.45) return ` (art. ${a})`;
  if (r < 0.65) return ` (article ${a})`;
  if (r < 0.8) return ` (art. ${a}, para. ${1 + Math.floor(rnd() * 4)})`;
  if (r < 0.9) return `, article ${a}`;
  return ` - art. ${a}`;
}

function fill(
  form: string,
  topic: string,
  who: string,
  lang: "en" | "fr" | "es" = "en",
  institution = "anti-corruption agency",
): string {
  const s = contract(
    form.replace("{t}", topic).replace("{w}", who).replace("{i}", institution),
    lang,
  );
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function citeFr(rnd: () => number, a: number): string {
  return rnd() < 0.5 ? ` (art. ${a})` : ` (article ${a})`;
}

type Push = (need: Omit<LabelledNeed, "id">) => void;
type Topic = (typeof TOPICS)[number];

/**
 * The generated part of the training set. Every section draws from the one seeded generator in
 * a fixed order, so the same seed gives the same needs, in the same order, with the same ids.
 */
export function generateTrainingSet(seed = 20240601): LabelledNeed[] {
  const rnd = seededRandom(seed);
  const out: LabelledNeed[] = [];
  let n = 0;
  const push: Push = (need) => out.push({ id: `g${++n}`, ...need });
  for (const t of TOPICS) topicNeeds(rnd, push, t);
  severalNeedsLines(rnd, push);
  clusterNeeds(rnd, push);
  chapterGeneralNeeds(rnd, push);
  generateShortShapes(rnd, push);
  return out;
}

/** One per-article topic in English, French and Spanish, and in the terse shape. */
function topicNeeds(rnd: () => number, push: Push, t: Topic): void {
  const chapter = chapterOf(t.article);
  const who = t.who ?? GENERIC_WHO.en;
  // Cycle-2 articles (chapters II and V) get more variants: they are what States write about.
  const perTopic = chapter === "II" || chapter === "V" ? 3 : 2;
  for (const topic of t.en) {
    for (let k = 0; k < perTopic; k++) {
      const category = pickCategory(rnd);
      const text = fill(pick(rnd, FORMS[category].en), topic, pick(rnd, who));
      const withRef = rnd() < 0.55;
      push({
        text: withRef ? text + cite(rnd, [t.article]) : text,
        category,
        articles: [t.article],
        chapter,
      });
    }
  }
  for (const lang of ["fr", "es"] as const) {
    for (const topic of t[lang] ?? []) {
      for (let k = 0; k < 2; k++) {
        const category = pickCategory(rnd);
        const text = fill(
          pick(rnd, FORMS[category][lang]),
          topic,
          pick(rnd, GENERIC_WHO[lang]),
          lang,
        );
        push({
          text: rnd() < 0.5 ? text + citeFr(rnd, t.article) : text,
          category,
          articles: [t.article],
          chapter,
        });
      }
    }
  }
  // Terse: "<grouping> (art. N)".
  const terse = chapter === "II" || chapter === "V" ? 2 : 1;
  for (let k = 0; k < terse; k++) {
    const category = pickCategory(rnd);
    const lang = rnd() < 0.8 ? "en" : rnd() < 0.5 ? "fr" : "es";
    push({
      text: pick(rnd, NAMES[category][lang]) + ` (art. ${t.article})`,
      category,
      articles: [t.article],
      chapter,
    });
  }
}

/** Several needs in one line: the first names the grouping, the others soften the target. */
function severalNeedsLines(rnd: () => number, push: Push): void {
  const cycle2 = TOPICS.filter((t) => t.article <= 14 || (t.article >= 51 && t.article <= 59));
  for (let k = 0; k < 90; k++) {
    const t = pick(rnd, cycle2);
    const c1 = pickCategory(rnd);
    let c2 = pickCategory(rnd);
    if (c2 === c1) c2 = c1 === "capacity-building" ? "legislative-assistance" : "capacity-building";
    const topic = pick(rnd, t.en);
    const who = pick(rnd, t.who ?? GENERIC_WHO.en);
    const second = fill(pick(rnd, FORMS[c2].en), rnd() < 0.5 ? topic : "the same", who);
    const sep = pick(rnd, ["; ", ", and ", ". Also: ", "; as well as "]);
    const text =
      fill(pick(rnd, FORMS[c1].en), topic, who) +
      sep +
      second.charAt(0).toLowerCase() +
      second.slice(1);
    push({
      text: rnd() < 0.6 ? text + cite(rnd, [t.article]) : text,
      category: c1,
      articles: [t.article],
      chapter: chapterOf(t.article),
      also: [c2],
    });
  }
}

/** Articles cited together, as executive summaries group them. */
const CLUSTERS: readonly (readonly [number, number])[] = [
  [5, 6],
  [7, 8],
  [10, 13],
  [14, 52],
  [52, 58],
  [53, 54],
  [54, 55],
  [51, 57],
  [56, 59],
];

/** Needs citing a cluster of articles, written on the first article's topic. */
function clusterNeeds(rnd: () => number, push: Push): void {
  for (let k = 0; k < 45; k++) {
    const pair = pick(rnd, CLUSTERS);
    const t = TOPICS.find((x) => x.article === pair[0]);
    if (!t) continue;
    const category = pickCategory(rnd);
    const text = fill(
      pick(rnd, FORMS[category].en),
      pick(rnd, t.en),
      pick(rnd, t.who ?? GENERIC_WHO.en),
    );
    push({
      text: text + cite(rnd, [...pair]),
      category,
      articles: [...pair],
      chapter: chapterOf(pair[0]),
    });
  }
}

/** Chapter-general needs: no article. */
function chapterGeneralNeeds(rnd: () => number, push: Push): void {
  for (const chapter of ["II", "V"] as const) {
    const g = GENERAL_TOPICS[chapter];
    for (const lang of ["en", "fr", "es"] as const) {
      for (const topic of g[lang]) {
        const reps = lang === "en" ? 4 : 2;
        for (let k = 0; k < reps; k++) {
          const category = pickCategory(rnd);
          push({
            text: fill(pick(rnd, FORMS[category][lang]), topic, pick(rnd, GENERIC_WHO[lang]), lang),
            category,
            articles: [],
            chapter,
          });
        }
      }
    }
  }
}

const institutionsOf = (a: number) => INSTITUTIONS[a] ?? GENERIC_INSTITUTIONS;
const isCycle2 = (a: number) => a <= 14 || (a >= 51 && a <= 59);

/**
 * Short topics taken from the knowledge base's own terms ("asset declarations", "beneficial
 * ownership"), in the terse shapes of executive summaries, needs naming an institution, and
 * lists of several needs on one line. Real needs are mostly short; the per-article topics of
 * `./topics.ts` are long noun phrases, so these keep the model from learning length.
 */
function generateShortShapes(rnd: () => number, push: Push): void {
  for (const c of CONCEPTS) conceptTermNeeds(rnd, push, c);
  // Lists: "Technical assistance needs: <a>; <b>; <c>" on one topic area, filed under the first.
  const byArticle = new Map<number, string[]>();
  for (const c of CONCEPTS) {
    const a = c.articles[0] as number;
    if (isCycle2(a)) byArticle.set(a, [...(byArticle.get(a) ?? []), ...c.terms.en]);
  }
  const articles = [...byArticle.keys()];
  for (let k = 0; k < 160; k++) {
    const article = pick(rnd, articles);
    push(listNeed(rnd, article, byArticle.get(article) as string[]));
  }
}

/** A concept's terms, each (sampled) as one short need. */
function conceptTermNeeds(rnd: () => number, push: Push, c: (typeof CONCEPTS)[number]): void {
  const article = c.articles[0] as number;
  const chapter = chapterOf(article);
  const share = isCycle2(article) ? 1 : 0.5;
  for (const lang of ["en", "fr", "es"] as const) {
    for (const term of c.terms[lang]) {
      if (rnd() > (lang === "en" ? share : share * 0.6)) continue;
      const category = pickCategory(rnd);
      const forms =
        lang === "en"
          ? rnd() < 0.7
            ? MORE_FORMS[category].en
            : FORMS[category].en
          : TERM_FORMS[category][lang];
      const institution =
        lang === "en"
          ? pick(rnd, institutionsOf(article))
          : pick(rnd, lang === "fr" ? INSTITUTIONS_FR : INSTITUTIONS_ES);
      const text = fill(pick(rnd, forms), term, pick(rnd, GENERIC_WHO[lang]), lang, institution);
      const r = rnd();
      // References are sometimes there, sometimes not, sometimes one article off.
      const ref =
        r < 0.35
          ? cite(rnd, [article])
          : r < 0.4 && article > 5
            ? ` (art. ${article + (rnd() < 0.5 ? 1 : -1)})`
            : "";
      push({ text: text + ref, category, articles: [article], chapter });
    }
  }
}

/** One line listing two or three needs on an article's terms, filed under the first. */
function listNeed(rnd: () => number, article: number, terms: string[]): Omit<LabelledNeed, "id"> {
  const n = 2 + Math.floor(rnd() * 2);
  const cats: CategoryId[] = [];
  const items: string[] = [];
  for (let j = 0; j < n; j++) {
    const category = pickCategory(rnd);
    cats.push(category);
    const item = fill(
      pick(rnd, MORE_FORMS[category].en),
      pick(rnd, terms),
      pick(rnd, GENERIC_WHO.en),
      "en",
      pick(rnd, institutionsOf(article)),
    ).replace(/^Technical assistance needs: /, "");
    const lower = j > 0 && !/^.[A-Z]/.test(item);
    items.push(lower ? item.charAt(0).toLowerCase() + item.slice(1) : item);
  }
  const lead = pick(rnd, LIST_LEADS);
  const first = cats[0] as CategoryId;
  const also = [...new Set(cats.slice(1))].filter((c) => c !== first);
  const ref = rnd() < 0.5 ? cite(rnd, [article]) : "";
  const need: Omit<LabelledNeed, "id"> = {
    text: lead + (lead ? items.join("; ") : items.join(pick(rnd, ["; ", ", ", ". "]))) + ref,
    category: first,
    articles: [article],
    chapter: chapterOf(article),
  };
  if (also.length) need.also = also;
  return need;
}

let cached: LabelledNeed[] | undefined;

/**
 * The full built-in training set, built once: the generator's needs, the hand-written ones and
 * the needs of the independent writers (`./corpus/`), each tagged with its writer so that
 * calibration and cross-validation can hold a writer out.
 */
export function trainingSet(): LabelledNeed[] {
  return (cached ??= [
    ...generateTrainingSet().map((n) => ({ ...n, writer: "generator" })),
    ...HANDWRITTEN.map((n) => ({ ...n, writer: "handwritten" })),
    // A contested need (two groupings defensible under the guideline) carries both in `accept`:
    // training softens its target, evaluation counts either as right.
    ...WRITER_NEEDS.map(({ contested, ...n }) =>
      contested && n.also?.length ? { ...n, accept: [n.category, ...n.also] } : n,
    ),
  ]);
}
