/**
 * The analytical part of the secretariat's note on technical assistance needs (issue 14, part 3),
 * drafted from the records as at a day: the overview's numbers in sentences, figures I-VI (each
 * an image with its title, source and as-at date, and a table), and a section per article of
 * chapters II and V with its counts and the knowledge-base concepts its needs mention most.
 *
 * The note is a list of blocks that `docx.ts` and `markdown.ts` render; every number in it is
 * read from `analytics()` for the same day (the secretariat's scope: every record), and the
 * periods follow the as-at date as the analytics do, so another Conference session's note needs
 * no code change. The sentences are TA Hub's own; the structure follows the CAC/COSP/2023 note.
 */
import {
  CATEGORIES,
  FIGURE_LABELS_EN,
  REGIONAL_GROUPS,
  chapterArticleKeys,
  getArticle,
  getChapter,
  dayEn,
  monthEn,
  partiesDayOf,
  noteFigures,
  type FigureDefinition,
  type NoteFigureId,
} from "@tahub/domain";
import { analytics, needTexts, type Analytics } from "@tahub/db";
import type { DbClient } from "../db.js";
import { chartSvg, formatCount, type ChartSvg } from "./chart-svg.js";
import { topConcepts, type ConceptCount } from "./concepts.js";
import { must } from "../lib/must.js";

export type NoteBlock =
  | { kind: "title"; text: string }
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; text: string }
  | {
      kind: "figure";
      figure: FigureDefinition;
      /** Header of the table's first column ("Article", "Category", ...). */
      labelHeader: string;
      chart: ChartSvg;
      source: string;
      asAt: string;
    };

export interface Note {
  asAt: string;
  periods: string[];
  analytics: Analytics;
  blocks: NoteBlock[];
}

export interface NoteOptions {
  /** The day the note counts as at (yyyy-mm-dd). */
  asAt: string;
  /** Figure II's periods ("YYYY-MM"); default: the as-at month and two years before. */
  periods?: string[];
  /** The day figure III counts each group's States parties at; default: `asAt`. */
  partiesAsAt?: string;
}

/** The note's figures I-VI (the portal's IV-any is the portal's own addition). */
const NOTE_FIGURES: readonly NoteFigureId[] = ["I", "II", "III", "IV", "V", "VI"];

const LABEL_HEADER: Record<NoteFigureId, string> = {
  I: "Category",
  II: "Article",
  III: "Regional group",
  IV: "Grouping",
  "IV-any": "Grouping",
  V: "Article",
  VI: "Article",
};

const SOURCE_LINE =
  "Source: TA Hub, counted from the records of the executive summaries of the Implementation Review Mechanism.";

/** A share in whole per cent ("16"), 0 of nothing. */
function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

const c = formatCount;

/**
 * The cluster aggregates of a chapter ("5+6", "14+52+58"), each under the chapter of its last
 * article: the executive summaries analyse articles 14, 52 and 58 together under chapter V.
 */
function aggregatesOfChapter(byArticle: Record<string, unknown>, chapter: "II" | "V"): string[] {
  return Object.keys(byArticle).filter((k) => {
    if (!k.includes("+")) return false;
    const last = Number(k.split("+").pop());
    return getArticle(last)?.chapter === chapter;
  });
}

/** "a, b and c". */
function listing(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "1 need" / "2 needs". */
const needsWord = (n: number) => `${c(n)} ${n === 1 ? "need" : "needs"}`;
const statesWord = (n: number) => `${c(n)} ${n === 1 ? "State" : "States"}`;

/** The opening paragraph, the change over the periods (when there are two) and the chapters. */
function totalsSentences(a: Analytics, asAt: string): string[] {
  const c2 = a.cycle2;
  const periods = a.query.periods;
  const from = must(periods[0]);
  const to = must(periods[periods.length - 1]);
  const earlier = must(c2.byPeriod[from]);
  const later = must(c2.byPeriod[to]);
  const out: string[] = [];
  out.push(
    `As at ${dayEn(asAt)}, ${statesWord(c2.statesWithSummaries)} had finalised the executive summaries of their second-cycle reviews. ` +
      `${c(c2.statesWithNeeds)} of them (${percent(c2.statesWithNeeds, c2.statesWithSummaries)} per cent) have identified ${c(c2.needs)} individual technical assistance needs in those summaries.`,
  );
  if (from !== to)
    out.push(
      `At the end of ${monthEn(from)}, ${statesWord(earlier.statesWithSummaries)} had finalised summaries and ${statesWord(earlier.states)} had identified ${needsWord(earlier.needs)}. ` +
        `At the end of ${monthEn(to)}, the count stood at ${needsWord(later.needs)} from ${statesWord(later.states)}, an increase of ${needsWord(later.needs - earlier.needs)}.`,
    );
  const ch = (id: string) => c2.byChapter[id] ?? { needs: 0, states: 0 };
  out.push(
    `Chapter II (preventive measures) accounts for ${needsWord(ch("II").needs)} (${percent(ch("II").needs, c2.needs)} per cent) identified by ${statesWord(ch("II").states)}; ` +
      `chapter V (asset recovery) for ${needsWord(ch("V").needs)} (${percent(ch("V").needs, c2.needs)} per cent) identified by ${statesWord(ch("V").states)}. ` +
      `A need that names several articles counts once in these totals and under each of its articles in figures II, V and VI.`,
  );
  return out;
}

/** The groupings: by primary grouping (figure IV), then counting every grouping a need spans. */
function groupingSentences(c2: Analytics["cycle2"]): string[] {
  const groupings = CATEGORIES.map((g) => ({ g, n: c2.byCategory[g.id] ?? 0 })).sort(
    (x, y) => y.n - x.n,
  );
  const cb = "capacity-building";
  return [
    `By the grouping under which each need is primarily filed, ` +
      listing(
        groupings.map(
          ({ g, n }) =>
            `${g.name.toLowerCase()} has ${needsWord(n)} (${percent(n, c2.needs)} per cent)`,
        ),
      ) +
      ` (figure IV).`,
    `Capacity-building needs were identified by ${statesWord(c2.byCategoryStates[cb] ?? 0)}. ` +
      `Counting every grouping a need spans, ${listing(
        CATEGORIES.map(
          (g) => `${g.name.toLowerCase()} covers ${needsWord(c2.byCategoryAny[g.id] ?? 0)}`,
        ),
      )}.`,
  ];
}

/** The regional groups (figure III); the parties' day is said when it is not the note's. */
function regionSentence(c2: Analytics["cycle2"], query: Analytics["query"]): string {
  const day = partiesDayOf(query);
  const partiesOn = day ? ` as at ${dayEn(day)}` : "";
  return (
    `By regional group (figure III): ` +
    listing(
      REGIONAL_GROUPS.filter((g) => c2.byRegion[g.id]).map((g) => {
        const r = must(c2.byRegion[g.id]);
        return `the ${g.name} identified ${needsWord(r.needs)}, from ${c(r.statesWithNeeds)} of the ${c(r.statesWithSummaries)} States with finalised summaries (${statesWord(r.states)} parties in the group${partiesOn})`;
      }),
    ) +
    `.`
  );
}

/** The first review cycle, by chapter (figure I gives it by category). */
function firstCycleSentence(c1: Analytics["cycle1"]): string {
  return (
    `In the first review cycle, ${statesWord(c1.states)} identified ${needsWord(c1.needs)}: ` +
    listing(
      Object.entries(c1.byChapter)
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([chapter, n]) => `${needsWord(n)} under chapter ${chapter}`),
    ) +
    ` (figure I gives them by category).`
  );
}

/** The overview's paragraphs, in the note's order. */
function overview(a: Analytics, asAt: string): string[] {
  return [
    ...totalsSentences(a, asAt),
    ...groupingSentences(a.cycle2),
    regionSentence(a.cycle2, a.query),
    firstCycleSentence(a.cycle1),
  ];
}

/** The per-article section of one chapter: aggregates, then each article key's counts and concepts. */
function articleSections(
  a: Analytics,
  chapter: "II" | "V",
  concepts: Map<string, ConceptCount[]>,
): NoteBlock[] {
  const c2 = a.cycle2;
  const periods = a.query.periods;
  const from = must(periods[0]);
  const to = must(periods[periods.length - 1]);
  const blocks: NoteBlock[] = [
    { kind: "heading", level: 2, text: `Chapter ${chapter}. ${getChapter(chapter)?.title ?? ""}` },
  ];
  const aggregates = aggregatesOfChapter(c2.byArticle, chapter);
  if (aggregates.length)
    blocks.push({
      kind: "paragraph",
      text:
        `Counted together, each need once: ` +
        listing(
          aggregates.map((k) => {
            const v = must(c2.byArticle[k]);
            return `${FIGURE_LABELS_EN.aggregate(k.split("+").map(Number)).replace(/^Arts\./, "articles")} have ${needsWord(v.needs)} from ${statesWord(v.states)}`;
          }),
        ) +
        `.`,
    });
  for (const key of chapterArticleKeys(c2.byArticle, chapter)) {
    const v = must(c2.byArticle[key]);
    const general = key.endsWith("-general");
    const title = general
      ? `Needs general to chapter ${chapter}`
      : `Article ${key}. ${getArticle(Number(key))?.title ?? ""}`;
    blocks.push({ kind: "heading", level: 3, text: title });
    const early = c2.byPeriod[from]?.byArticle[key]?.needs ?? 0;
    const late = c2.byPeriod[to]?.byArticle[key]?.needs ?? 0;
    blocks.push({
      kind: "paragraph",
      text:
        `${needsWord(v.needs)} from ${statesWord(v.states)} ${general ? "name no article of the chapter" : "name this article"}` +
        (from === to
          ? `.`
          : `: ${c(early)} at the end of ${monthEn(from)} and ${c(late - early)} more by the end of ${monthEn(to)}.`),
    });
    const top = concepts.get(key) ?? [];
    blocks.push({
      kind: "paragraph",
      text: top.length
        ? `Concepts found most often in these needs: ${listing(top.map((t) => `${t.label.toLowerCase()} (${needsWord(t.needs)})`))}.`
        : `No concept of the knowledge base was found in these needs' texts.`,
    });
  }
  return blocks;
}

/** Builds the note as at `opts.asAt` from the records (every record: the secretariat's scope). */
export async function buildNote(
  db: Pick<DbClient, "$queryRawUnsafe">,
  opts: NoteOptions,
): Promise<Note> {
  const [a, texts] = await Promise.all([
    analytics(db, {
      asAt: opts.asAt,
      ...(opts.periods ? { periods: opts.periods } : {}),
      ...(opts.partiesAsAt ? { partiesAsAt: opts.partiesAsAt } : {}),
    }),
    needTexts(db, { asAt: opts.asAt }),
  ]);
  const concepts = topConcepts(texts);
  const asAtLine = `As at ${dayEn(opts.asAt)}.`;
  const figures = noteFigures(a, FIGURE_LABELS_EN).filter((f) => NOTE_FIGURES.includes(f.id));
  const blocks: NoteBlock[] = [
    {
      kind: "title",
      text: "Technical assistance needs identified in the second review cycle: analytical part (draft)",
    },
    { kind: "paragraph", text: `${asAtLine} Drafted by TA Hub from its records; edit freely.` },
    { kind: "heading", level: 1, text: "I. Overview" },
    ...overview(a, opts.asAt).map((text): NoteBlock => ({ kind: "paragraph", text })),
    { kind: "heading", level: 1, text: "II. Needs by article" },
    ...articleSections(a, "II", concepts),
    ...articleSections(a, "V", concepts),
    { kind: "heading", level: 1, text: "III. Figures" },
    ...figures.map((figure): NoteBlock => ({
      kind: "figure",
      figure,
      labelHeader: LABEL_HEADER[figure.id],
      chart: chartSvg(figure, { source: SOURCE_LINE, asAt: asAtLine }),
      source: SOURCE_LINE,
      asAt: asAtLine,
    })),
  ];
  return { asAt: opts.asAt, periods: a.query.periods, analytics: a, blocks };
}
