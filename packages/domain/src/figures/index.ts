/**
 * The note's figures as chart definitions: which rows, which series, which labels and titles.
 * One definition serves the portal (recharts, in the reader's language) and the draft note
 * (`tahub report note`, SVG/PNG and tables in Word and Markdown), so a chart in the document and
 * the same chart on the analytics page cannot disagree on what they show.
 *
 * The figures follow the CAC/COSP/2023 note on technical assistance needs (figures I-VI): cycle-1
 * categories (I), needs per article at the earlier period and the increase since (II, stacked),
 * States per regional group (III), cycle-2 groupings (IV; IV-any counts a need under every
 * grouping it spans), needs and States per article of chapters II (V) and V (VI).
 */
import { getArticle } from "../convention/index.js";
import { REGIONAL_GROUP_IDS, REGIONAL_GROUPS } from "../states/index.js";
import {
  CATEGORIES,
  CATEGORY_IDS,
  CYCLE1_CATEGORIES,
  CYCLE1_CATEGORY_IDS,
} from "../taxonomy/index.js";

export const NOTE_FIGURE_IDS = ["I", "II", "III", "IV", "IV-any", "V", "VI"] as const;
export type NoteFigureId = (typeof NOTE_FIGURE_IDS)[number];

/** A count, or null where it is withheld (small-count suppression outside the secretariat). */
export type FigureCount = number | null;
type Counted = { needs: FigureCount; states: FigureCount };

/**
 * What the figures read: the shape both `analytics()` (all counts) and the API's disclosed
 * figures (counts may be null) share.
 */
export interface FigureData {
  /** The question counted; figure III names the parties' day when it is not the as-at day. */
  query?: { asAt: string | null; partiesAsAt: string | null };
  cycle1: {
    needs: FigureCount;
    states: FigureCount;
    byCategory: Record<string, FigureCount>;
  };
  cycle2: {
    needs: FigureCount;
    statesWithNeeds: FigureCount;
    byCategory: Record<string, FigureCount>;
    byCategoryAny: Record<string, FigureCount>;
    byArticle: Record<string, Counted>;
    byRegion: Record<
      string,
      { states: number; statesWithSummaries: number; statesWithNeeds: FigureCount }
    >;
    byPeriod: Record<string, { byArticle: Record<string, Counted> }>;
  };
}

/** Words a figure needs, in the reader's language (the portal passes its translations). */
export interface FigureLabels {
  title(id: NoteFigureId): string;
  /** A line under the title, given the figure's totals; undefined for none. */
  subtitle(
    id: NoteFigureId,
    totals: { needs: FigureCount; states: FigureCount },
  ): string | undefined;
  cycle1Category(id: string): string;
  category(id: string): string;
  region(id: string): string;
  /** An article's short label ("Art. 5"). */
  article(n: number): string;
  /** A chapter's needs naming no article ("Chapter II (general)"). */
  general(chapter: string): string;
  /** Several articles counted together ("Arts. 14, 52 and 58"). */
  aggregate(articles: readonly number[]): string;
  /** A period "YYYY-MM" ("September 2021"). */
  period(p: string): string;
  /** Figure II's second series: the needs added from the earlier period to the later one. */
  increase(from: string, to: string): string;
  needs: string;
  states: string;
  statesParties: string;
  /** Figure III's parties series when counted on a day of its own ("States parties as at ..."). */
  statesPartiesOn(day: string): string;
  summaries: string;
  withNeeds: string;
}

export interface FigureSeries {
  key: string;
  label: string;
  /** A CSS colour from FIGURE_PALETTE. */
  color: string;
}

export interface FigureRow {
  /** Stable key of the row: a category, region or article key ("5", "II-general", "14+52+58"). */
  key: string;
  label: string;
  values: Record<string, FigureCount>;
}

export interface FigureDefinition {
  id: NoteFigureId;
  title: string;
  subtitle?: string;
  /** Bars run left to right (one row per bar group), as the note draws most figures. */
  horizontal: boolean;
  /** Series stack into one bar per row (figure II: the earlier count, then the increase). */
  stacked: boolean;
  rows: FigureRow[];
  series: FigureSeries[];
}

/** Colour-blind-safe palette (Okabe-Ito), in an order that keeps neighbours distinct. */
export const FIGURE_PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"];
const color = (i: number) => FIGURE_PALETTE[i % FIGURE_PALETTE.length] ?? "#0072B2";

/** Articles of figure VI counted together (the note's combined column for arts. 14, 52 and 58). */
export const FIGURE_VI_AGGREGATE = [14, 52, 58] as const;

/** Article keys of one chapter in the note's order: by number, then the chapter's general needs. */
export function chapterArticleKeys(
  byArticle: Record<string, unknown>,
  chapter: "II" | "V",
): string[] {
  const numbers = Object.keys(byArticle)
    .filter((k) => /^\d+$/.test(k) && getArticle(Number(k))?.chapter === chapter)
    .map(Number)
    .sort((a, b) => a - b)
    .map(String);
  return byArticle[`${chapter}-general`] ? [...numbers, `${chapter}-general`] : numbers;
}

function articleKeyLabel(key: string, l: FigureLabels): string {
  if (/^\d+$/.test(key)) return l.article(Number(key));
  if (key.endsWith("-general")) return l.general(key.replace("-general", ""));
  return l.aggregate(key.split("+").map(Number));
}

/** The difference of two counts, null when either is withheld. */
function minus(a: FigureCount | undefined, b: FigureCount | undefined): FigureCount {
  if (a === null || b === null) return null;
  return (a ?? 0) - (b ?? 0);
}

/** Every figure of the note from the figures' data, in the order of NOTE_FIGURE_IDS. */
export function noteFigures(data: FigureData, l: FigureLabels): FigureDefinition[] {
  return NOTE_FIGURE_IDS.map((id) => noteFigure(id, data, l));
}

/** What every figure's builder reads: the figure, the data and the labels. */
interface FigureContext {
  id: NoteFigureId;
  data: FigureData;
  l: FigureLabels;
  base: { id: NoteFigureId; title: string; horizontal: boolean; stacked: boolean };
}

const needsOnly = (l: FigureLabels, i: number): FigureSeries[] => [
  { key: "needs", label: l.needs, color: color(i) },
];

const needsAndStates = (l: FigureLabels): FigureSeries[] => [
  { key: "needs", label: l.needs, color: color(0) },
  { key: "states", label: l.states, color: color(1) },
];

function withSubtitle({ id, l }: FigureContext, needs: FigureCount, states: FigureCount) {
  const subtitle = l.subtitle(id, { needs, states });
  return subtitle === undefined ? {} : { subtitle };
}

function articleRows({ data, l }: FigureContext, keys: string[]): FigureRow[] {
  return keys.map((k) => ({
    key: k,
    label: articleKeyLabel(k, l),
    values: {
      needs: data.cycle2.byArticle[k]?.needs ?? 0,
      states: data.cycle2.byArticle[k]?.states ?? 0,
    },
  }));
}

/** Figure I: the first cycle's needs by category. */
function figureI(c: FigureContext): FigureDefinition {
  const { cycle1 } = c.data;
  return {
    ...c.base,
    ...withSubtitle(c, cycle1.needs, cycle1.states),
    rows: CYCLE1_CATEGORY_IDS.map((cat) => ({
      key: cat,
      label: c.l.cycle1Category(cat),
      values: { needs: cycle1.byCategory[cat] ?? 0 },
    })),
    series: needsOnly(c.l, 2),
  };
}

/** Figure II: needs by article in the earlier period, and the increase since. */
function figureII(c: FigureContext): FigureDefinition {
  const { cycle2 } = c.data;
  const periods = Object.keys(cycle2.byPeriod).sort();
  const from = periods[0] ?? "";
  const to = periods[periods.length - 1] ?? "";
  const earlier = cycle2.byPeriod[from]?.byArticle ?? {};
  const later = cycle2.byPeriod[to]?.byArticle ?? {};
  const keys = [...chapterArticleKeys(later, "II"), ...chapterArticleKeys(later, "V")];
  for (const k of [...chapterArticleKeys(earlier, "II"), ...chapterArticleKeys(earlier, "V")])
    if (!keys.includes(k)) keys.push(k);
  return {
    ...c.base,
    stacked: true,
    rows: keys.map((k) => ({
      key: k,
      label: articleKeyLabel(k, c.l),
      values: {
        earlier: earlier[k]?.needs ?? 0,
        increase: from === to ? 0 : minus(later[k]?.needs ?? 0, earlier[k]?.needs ?? 0),
      },
    })),
    series: [
      { key: "earlier", label: c.l.period(from), color: color(0) },
      { key: "increase", label: c.l.increase(from, to), color: color(1) },
    ],
  };
}

/**
 * The day figure III counted the States parties at, when it is not the figures' as-at day (the
 * 2023 note counts them as at September 2021, its other series as at September 2023); else null.
 */
export function partiesDayOf(query: FigureData["query"]): string | null {
  return query?.partiesAsAt && query.partiesAsAt !== query.asAt ? query.partiesAsAt : null;
}

function partiesLabel(c: FigureContext): string {
  const day = partiesDayOf(c.data.query);
  return day ? c.l.statesPartiesOn(day) : c.l.statesParties;
}

/** Figure III: States parties, States with summaries and States with needs, by region. */
function figureIII(c: FigureContext): FigureDefinition {
  const { cycle2 } = c.data;
  return {
    ...c.base,
    rows: REGIONAL_GROUP_IDS.flatMap((g) => {
      const r = cycle2.byRegion[g];
      if (!r) return [];
      return [
        {
          key: g,
          label: c.l.region(g),
          values: {
            states: r.states,
            summaries: r.statesWithSummaries,
            withNeeds: r.statesWithNeeds,
          },
        },
      ];
    }),
    series: [
      { key: "states", label: partiesLabel(c), color: color(4) },
      { key: "summaries", label: c.l.summaries, color: color(0) },
      { key: "withNeeds", label: c.l.withNeeds, color: color(1) },
    ],
  };
}

/** Figure IV: the second cycle's needs by grouping (primary, or every grouping for "IV-any"). */
function figureIV(c: FigureContext): FigureDefinition {
  const { cycle2 } = c.data;
  const counts = c.id === "IV" ? cycle2.byCategory : cycle2.byCategoryAny;
  return {
    ...c.base,
    ...withSubtitle(c, cycle2.needs, cycle2.statesWithNeeds),
    rows: CATEGORY_IDS.map((cat) => ({
      key: cat,
      label: c.l.category(cat),
      values: { needs: counts[cat] ?? 0 },
    })),
    series: needsOnly(c.l, c.id === "IV" ? 0 : 3),
  };
}

/** Figure VI: chapter V's articles, then the combined column of FIGURE_VI_AGGREGATE. */
function figureVI(c: FigureContext): FigureDefinition {
  const { byArticle } = c.data.cycle2;
  const aggregate = FIGURE_VI_AGGREGATE.join("+");
  const keys = chapterArticleKeys(byArticle, "V");
  if (byArticle[aggregate]) keys.push(aggregate);
  return { ...c.base, rows: articleRows(c, keys), series: needsAndStates(c.l) };
}

export function noteFigure(id: NoteFigureId, data: FigureData, l: FigureLabels): FigureDefinition {
  const c: FigureContext = {
    id,
    data,
    l,
    base: { id, title: l.title(id), horizontal: true, stacked: false },
  };
  switch (id) {
    case "I":
      return figureI(c);
    case "II":
      return figureII(c);
    case "III":
      return figureIII(c);
    case "IV":
    case "IV-any":
      return figureIV(c);
    case "V":
      return {
        ...c.base,
        rows: articleRows(c, chapterArticleKeys(data.cycle2.byArticle, "II")),
        series: needsAndStates(l),
      };
    case "VI":
      return figureVI(c);
  }
}

/** Figure titles in English, as the portal's English translation words them. */
export const FIGURE_TITLES_EN: Record<NoteFigureId, string> = {
  I: "Figure I. Categories of needs, first cycle",
  II: "Figure II. Needs by article, earlier period and increase since (second cycle)",
  III: "Figure III. States by region (second cycle)",
  IV: "Figure IV. Categories of needs, second cycle",
  "IV-any": "Figure IV (any grouping). Needs by every grouping they span, second cycle",
  V: "Figure V. Needs and States by article, chapter II",
  VI: "Figure VI. Needs and States by article, chapter V",
};

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2021-09" as "September 2021". */
export function monthEn(period: string): string {
  const [y, m] = period.split("-");
  return `${MONTHS_EN[Number(m) - 1] ?? m} ${y}`;
}

const DAY_EN = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "2023-09-15" as "15 September 2023". */
export function dayEn(day: string): string {
  return DAY_EN.format(new Date(`${day}T00:00:00Z`));
}

/** English words for the figures, from the domain's own names (the draft note, the CLI). */
export const FIGURE_LABELS_EN: FigureLabels = {
  title: (id) => FIGURE_TITLES_EN[id],
  subtitle: (id, { needs, states }) =>
    id === "I" || id === "IV"
      ? `${needs ?? "<3"} needs from ${states ?? "<3"} States.`
      : id === "IV-any"
        ? "A need spanning several groupings counts under each."
        : undefined,
  cycle1Category: (id) => CYCLE1_CATEGORIES.find((c) => c.id === id)?.name ?? id,
  category: (id) => CATEGORIES.find((c) => c.id === id)?.name ?? id,
  region: (id) => REGIONAL_GROUPS.find((g) => g.id === id)?.name ?? id,
  article: (n) => `Art. ${n}`,
  general: (chapter) => `Chapter ${chapter} (general)`,
  aggregate: (arts) =>
    `Arts. ${arts.slice(0, -1).join(", ")}${arts.length > 1 ? " and " : ""}${arts[arts.length - 1] ?? ""}`,
  period: monthEn,
  increase: (from, to) => `Increase from ${monthEn(from)} to ${monthEn(to)}`,
  needs: "Needs",
  states: "States",
  statesParties: "States parties",
  statesPartiesOn: (day) => `States parties as at ${dayEn(day)}`,
  summaries: "Executive summaries finalised",
  withNeeds: "States with needs",
};
