/**
 * Reads the draft note's numbers out of its paragraphs (report.test.ts) with patterns written
 * here, independently of how the note builds its sentences, and checks each one against the
 * analytics for the same day. Each pattern's numbers are compared, then the matched words are
 * removed; a paragraph left with a digit no pattern accounts for is reported as unexplained.
 */
import { CATEGORIES, REGIONAL_GROUPS } from "@tahub/domain";
import type { Analytics } from "@tahub/db";
import { expect } from "vitest";
import { must } from "./must.js";

export type Body = (
  { kind: "p"; text: string; style: string } | { kind: "tbl"; rows: string[][] }
)[];

export const num = (s: string) => Number(s.replace(/,/g, ""));
const N = String.raw`(\d[\d,]*)`;
const MONTHS =
  "January February March April May June July August September October November December".split(
    " ",
  );
const monthOf = (p: string) => `${MONTHS[Number(p.slice(5, 7)) - 1]} ${p.slice(0, 4)}`;
export const dayOf = (d: string) => `${Number(d.slice(8, 10))} ${monthOf(d.slice(0, 7))}`;
export const pct = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** The analytics the numbers are checked against, and how many were checked. */
class Tally {
  checked = 0;
  readonly c2: Analytics["cycle2"];
  readonly from: string;
  readonly to: string;
  constructor(readonly a: Analytics) {
    this.c2 = a.cycle2;
    this.from = must(a.query.periods[0]);
    this.to = must(a.query.periods[a.query.periods.length - 1]);
  }
  eq(got: string | number, want: number | string, what: string): void {
    expect(typeof got === "string" && typeof want === "number" ? num(got) : got, what).toBe(want);
    this.checked++;
  }
}

/** A paragraph's text, from which each pattern's match is removed once its numbers are checked. */
class Paragraph {
  constructor(public t: string) {}
  take(re: RegExp, check: (m: RegExpExecArray) => void): void {
    this.t = this.t.replace(re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      check(m);
      return " ";
    });
  }
}

/** The as-at day, the States and needs in total, their change over the periods, the chapters. */
function checkTotals(p: Paragraph, k: Tally, asAt: string): void {
  const { c2 } = k;
  p.take(new RegExp(`As at (\\d+ \\w+ \\d{4})`, "g"), (m) =>
    k.eq(must(m[1]), dayOf(asAt), "as-at day"),
  );
  p.take(
    new RegExp(
      `${N} States? had finalised the executive summaries of their second-cycle reviews\\. ${N} of them \\(${N} per cent\\) have identified ${N} individual`,
    ),
    (m) => {
      k.eq(must(m[1]), c2.statesWithSummaries, "States with summaries");
      k.eq(must(m[2]), c2.statesWithNeeds, "States with needs");
      k.eq(must(m[3]), pct(c2.statesWithNeeds, c2.statesWithSummaries), "share of States");
      k.eq(must(m[4]), c2.needs, "needs");
    },
  );
  p.take(
    new RegExp(
      `At the end of (\\w+ \\d{4}), ${N} States? had finalised summaries and ${N} States? had identified ${N} needs?\\. At the end of (\\w+ \\d{4}), the count stood at ${N} needs? from ${N} States?, an increase of ${N} needs?`,
    ),
    (m) => {
      const e = must(c2.byPeriod[k.from]);
      const l = must(c2.byPeriod[k.to]);
      k.eq(must(m[1]), monthOf(k.from), "earlier period");
      k.eq(must(m[2]), e.statesWithSummaries, "earlier summaries");
      k.eq(must(m[3]), e.states, "earlier States");
      k.eq(must(m[4]), e.needs, "earlier needs");
      k.eq(must(m[5]), monthOf(k.to), "later period");
      k.eq(must(m[6]), l.needs, "later needs");
      k.eq(must(m[7]), l.states, "later States");
      k.eq(must(m[8]), l.needs - e.needs, "increase");
    },
  );
  p.take(
    new RegExp(
      `(II|V) \\([a-z ]+\\) (?:accounts )?for ${N} needs? \\(${N} per cent\\) identified by ${N} States?`,
      "g",
    ),
    (m) => {
      const ch = must(c2.byChapter[must(m[1])]);
      k.eq(must(m[2]), ch.needs, `chapter ${m[1]} needs`);
      k.eq(must(m[3]), pct(ch.needs, c2.needs), `chapter ${m[1]} share`);
      k.eq(must(m[4]), ch.states, `chapter ${m[1]} States`);
    },
  );
}

/** The groupings (primary and any), the capacity-building States, the regional groups. */
function checkGroupingsAndRegions(p: Paragraph, k: Tally): void {
  const { c2 } = k;
  for (const g of CATEGORIES) {
    p.take(new RegExp(`${esc(g.name.toLowerCase())} has ${N} needs? \\(${N} per cent\\)`), (m) => {
      k.eq(must(m[1]), c2.byCategory[g.id] ?? 0, `${g.id} needs`);
      k.eq(must(m[2]), pct(c2.byCategory[g.id] ?? 0, c2.needs), `${g.id} share`);
    });
    p.take(new RegExp(`${esc(g.name.toLowerCase())} covers ${N} needs?`), (m) =>
      k.eq(must(m[1]), c2.byCategoryAny[g.id] ?? 0, `${g.id} needs, any grouping`),
    );
  }
  p.take(new RegExp(`Capacity-building needs were identified by ${N} States?`), (m) =>
    k.eq(must(m[1]), c2.byCategoryStates["capacity-building"] ?? 0, "capacity-building States"),
  );
  for (const g of REGIONAL_GROUPS)
    p.take(
      new RegExp(
        `the ${esc(g.name)} identified ${N} needs?, from ${N} of the ${N} States with finalised summaries \\(${N} States? parties in the group\\)`,
      ),
      (m) => {
        const r = must(c2.byRegion[g.id]);
        k.eq(must(m[1]), r.needs, `${g.id} needs`);
        k.eq(must(m[2]), r.statesWithNeeds, `${g.id} States with needs`);
        k.eq(must(m[3]), r.statesWithSummaries, `${g.id} summaries`);
        k.eq(must(m[4]), r.states, `${g.id} States parties`);
      },
    );
}

/** The first cycle's totals and chapters, and the articles counted together (clusters). */
function checkCycle1AndClusters(p: Paragraph, k: Tally): void {
  const { a, c2 } = k;
  p.take(new RegExp(`In the first review cycle, ${N} States? identified ${N} needs?`), (m) => {
    k.eq(must(m[1]), a.cycle1.states, "cycle 1 States");
    k.eq(must(m[2]), a.cycle1.needs, "cycle 1 needs");
  });
  p.take(new RegExp(`${N} needs? under chapter ([IVX]+)`, "g"), (m) =>
    k.eq(must(m[1]), a.cycle1.byChapter[must(m[2])] ?? 0, `cycle 1 chapter ${m[2]}`),
  );
  p.take(
    new RegExp(`articles ((?:\\d+, )*\\d+ and \\d+) have ${N} needs? from ${N} States?`, "g"),
    (m) => {
      const key = must(m[1])
        .split(/, | and /)
        .join("+");
      k.eq(must(m[2]), must(c2.byArticle[key]).needs, `${key} needs`);
      k.eq(must(m[3]), must(c2.byArticle[key]).states, `${key} States`);
    },
  );
}

/** An article section's counts: needs and States, and their change over the periods. */
function checkArticleCounts(p: Paragraph, k: Tally, article: string | null): void {
  const { c2, from, to } = k;
  p.take(
    new RegExp(
      `^${N} needs? from ${N} States? name (?:this article|no article of the chapter)(?:: ${N} at the end of (\\w+ \\d{4}) and ${N} more by the end of (\\w+ \\d{4}))?\\.`,
    ),
    (m) => {
      const key = must(article);
      k.eq(must(m[1]), must(c2.byArticle[key]).needs, `${key} needs`);
      k.eq(must(m[2]), must(c2.byArticle[key]).states, `${key} States`);
      const e = must(c2.byPeriod[from]).byArticle[key]?.needs ?? 0;
      const l = must(c2.byPeriod[to]).byArticle[key]?.needs ?? 0;
      k.eq(must(m[3]), e, `${key} earlier`);
      k.eq(must(m[4]), monthOf(from), "earlier period");
      k.eq(must(m[5]), l - e, `${key} increase`);
      k.eq(must(m[6]), monthOf(to), "later period");
    },
  );
}

/** An article section's concepts: each count, and that none left out is more frequent. */
function checkConcepts(
  p: Paragraph,
  k: Tally,
  article: string | null,
  concepts: Map<string, Map<string, number>>,
): void {
  if (!p.t.startsWith("Concepts found most often in these needs: ")) return;
  const counts = concepts.get(must(article)) ?? new Map<string, number>();
  const listed: number[] = [];
  p.take(/(?:: |, | and )([a-z][^()]*?) \((\d+) needs?\)/g, (m) => {
    k.eq(must(m[2]), counts.get(must(m[1])) ?? -1, `${article}: concept "${m[1]}"`);
    listed.push(num(must(m[2])));
  });
  // The listed ones are the most frequent: none left out has more needs than the last listed.
  const unlisted = [...counts.values()].sort((x, y) => y - x)[listed.length] ?? 0;
  expect(Math.min(...listed), `${article}: top concepts`).toBeGreaterThanOrEqual(unlisted);
}

/**
 * Checks every paragraph's numbers against the analytics (`concepts`: per article key, each
 * concept's count of needs); returns how many were checked and the paragraphs with a digit left.
 */
export function checkParagraphs(
  body: Body,
  a: Analytics,
  asAt: string,
  concepts: Map<string, Map<string, number>>,
): { checked: number; unexplained: string[] } {
  const k = new Tally(a);
  const unexplained: string[] = [];
  let article: string | null = null;
  for (const block of body) {
    if (block.kind !== "p") continue;
    const p = new Paragraph(block.text);
    const heading = /^Article (\d+)\. /.exec(p.t) ?? /^Needs general to chapter (II|V)$/.exec(p.t);
    if (heading) {
      // An article's section: its number names the article, not a count.
      article = /^\d+$/.test(must(heading[1])) ? must(heading[1]) : `${heading[1]}-general`;
      p.t = p.t.replace(/^Article \d+\. /, "");
    }
    checkTotals(p, k, asAt);
    checkGroupingsAndRegions(p, k);
    checkCycle1AndClusters(p, k);
    checkArticleCounts(p, k, article);
    checkConcepts(p, k, article, concepts);
    if (/\d/.test(p.t)) unexplained.push(`${block.text}  ->  ${p.t}`);
  }
  return { checked: k.checked, unexplained };
}
