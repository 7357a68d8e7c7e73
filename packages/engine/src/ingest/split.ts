/**
 * Splits the technical-assistance section of an executive summary into individual needs.
 *
 * Structure first (logical lines -> headings, paragraphs and nested list items), then clauses
 * (lead-ins dropped, context sentences dropped, semicolon / "including" / "and" lists split).
 * Each need keeps the paragraph it came from and the article references it names, or else those
 * of its lead-in, its parent item or the heading it stands under. Pure: no I/O, no classifier.
 */
import { referencedArticles } from "@tahub/domain";
import { logicalLines, looksLikeHeading, MARKER, type Line } from "./lines.js";
import {
  DEFAULT_CLAUSE_OPTIONS,
  inlineEnumeration,
  isLeadIn,
  isNeedSentence,
  needPhrase,
  sentences,
  splitClause,
  tidy,
  type ClauseOptions,
} from "./sentences.js";

/** Where a need's articles came from. */
export type ArticleSource = "text" | "lead" | "heading" | "none";

export interface SplitNeed {
  text: string;
  articles: number[];
  articlesFrom: ArticleSource;
  /** The paragraph or top-level list item the need was read from, as cleaned. */
  paragraph: string;
  /** 0-based position of that paragraph among the section's paragraphs. */
  paragraphIndex: number;
  /** The heading the need stands under, if any. */
  heading: string | null;
}

export type SplitOptions = ClauseOptions;

type MarkerStyle = string;

interface Node {
  kind: "heading" | "para" | "item";
  text: string;
  style?: MarkerStyle;
  indent: number;
  children: Node[];
}

const ROMAN = /^\(?([ivxlc]{1,6})[.)]\s/i;

/** The marker's style: bullets by symbol, enumerations by kind and punctuation. */
function styleOf(
  line: string,
  previousLabel: string | undefined,
): { style: string; label: string } {
  const marker = MARKER.exec(line);
  if (!marker) throw new Error(`styleOf called on a line with no list marker: ${line}`);
  const m = marker[0].trim();
  const paren = m.startsWith("(");
  const core = m.replace(/[().]/g, "");
  if (/^\d+$/.test(core)) return { style: `num${paren ? "()" : m.slice(-1)}`, label: core };
  if (/^[a-z]{1,6}$/i.test(core)) {
    const lower = core.toLowerCase();
    // "(i)" after "(h)" is the ninth letter, not roman one.
    const roman =
      ROMAN.test(`${m} `) &&
      !(
        previousLabel &&
        previousLabel.length === 1 &&
        lower.length === 1 &&
        lower.charCodeAt(0) === previousLabel.charCodeAt(0) + 1
      );
    const kind = roman ? "roman" : "alpha";
    return { style: `${kind}${paren ? "()" : m.slice(-1)}`, label: lower };
  }
  return { style: `bullet${m}`, label: "" };
}

/** Lines -> a forest of headings, paragraphs and nested items. */
function structure(lines: Line[]): Node[] {
  const roots: Node[] = [];
  let stack: { node: Node; label: string }[] = [];
  for (const l of lines) {
    if (!MARKER.test(l.text)) {
      stack = [];
      roots.push({
        kind: looksLikeHeading(l.text) ? "heading" : "para",
        text: l.text,
        indent: l.indent,
        children: [],
      });
      continue;
    }
    const same = [...stack].reverse().find((s) => s.node.indent === l.indent);
    const { style, label } = styleOf(l.text, same?.label ?? stack[stack.length - 1]?.label);
    const node: Node = {
      kind: "item",
      text: l.text.replace(MARKER, ""),
      style,
      indent: l.indent,
      children: [],
    };
    // Back to a level already open (same style), else deeper.
    const at = stack.findIndex(
      (s) => s.node.style === style && Math.abs(s.node.indent - l.indent) <= 1,
    );
    if (at >= 0) stack = stack.slice(0, at);
    else
      while (stack.length && (stack.at(-1)?.node.indent ?? -Infinity) > l.indent + 1) stack.pop();
    const parent = stack[stack.length - 1]?.node;
    (parent ? parent.children : roots).push(node);
    stack.push({ node, label });
  }
  return roots;
}

const fullText = (n: Node): string =>
  [n.text, ...n.children.map(fullText)].join(n.children.length ? "\n" : "");

interface Context {
  heading: string | null;
  headingArticles: number[];
  leadArticles: number[];
  paragraph: string;
  paragraphIndex: number;
}

function articlesFor(text: string, ctx: Context): Pick<SplitNeed, "articles" | "articlesFrom"> {
  const own = referencedArticles(text);
  if (own.length) return { articles: own, articlesFrom: "text" };
  if (ctx.leadArticles.length) return { articles: ctx.leadArticles, articlesFrom: "lead" };
  if (ctx.headingArticles.length) return { articles: ctx.headingArticles, articlesFrom: "heading" };
  return { articles: [], articlesFrom: "none" };
}

/** Needs named by one clause; parts without a reference take the whole clause's. */
function needsOfClause(clause: string, ctx: Context, o: SplitOptions, out: SplitNeed[]) {
  // A part without a reference of its own does not take its neighbour's: the guideline's
  // articles are those cited for that need, its item or its heading.
  const inner = ctx;
  for (const part of splitClause(clause, o)) {
    const text = tidy(part).replace(/^\p{Ll}/u, (c) => c);
    if (!text || !/\p{L}{2}/u.test(text)) continue;
    out.push({
      text,
      ...articlesFor(text, inner),
      paragraph: ctx.paragraph,
      paragraphIndex: ctx.paragraphIndex,
      heading: ctx.heading,
    });
  }
}

/** A paragraph or an item's own text: inline enumerations, then sentences. */
function needsOfText(
  text: string,
  ctx: Context,
  o: SplitOptions,
  out: SplitNeed[],
  listed: boolean,
) {
  const enumeration = inlineEnumeration(text);
  if (enumeration) {
    const leadArticles = referencedArticles(enumeration.lead);
    const inner = leadArticles.length ? { ...ctx, leadArticles } : ctx;
    // The lead's last sentence runs into the items unless it ends ("requested assistance with
    // (a) ...": "assistance with" is no need); its complete sentences before may name needs.
    const leadSentences = sentences(enumeration.lead);
    if (!/[.!?]$/.test(enumeration.lead.trim())) leadSentences.pop();
    const complete = leadSentences.join(" ");
    if (complete && !isLeadIn(complete) && isNeedSentence(complete))
      needsOfText(complete, ctx, o, out, listed);
    for (const item of enumeration.items) needsOfText(item, inner, o, out, true);
    return;
  }
  let lead = ctx;
  for (const s of sentences(text)) {
    // "Kenya identified the following needs: A; B." keeps the list after the colon.
    const colon = /^([^:]+):\s+(\S.*)$/.exec(s);
    if (colon && isLeadIn(`${colon[1]}:`)) {
      const a = referencedArticles(colon[1] ?? "");
      needsOfClause(colon[2] ?? "", a.length ? { ...lead, leadArticles: a } : lead, o, out);
      continue;
    }
    if (isLeadIn(s)) {
      const a = referencedArticles(s);
      if (a.length) lead = { ...lead, leadArticles: a };
      continue;
    }
    // A list item is a need by position; a sentence of prose must name one.
    if (!listed && !isNeedSentence(s)) continue;
    needsOfClause(listed ? s : needPhrase(s), lead, o, out);
  }
}

function needsOfItem(n: Node, ctx: Context, o: SplitOptions, out: SplitNeed[]) {
  if (!n.children.length) {
    needsOfText(n.text, ctx, o, out, true);
    return;
  }
  // An item with sub-items introduces them: its references apply to them.
  const a = referencedArticles(n.text);
  const inner = a.length ? { ...ctx, leadArticles: a } : ctx;
  const own = n.text.trim();
  const complete = !/[:]$/.test(own) && !isLeadIn(own) && /[.;]$/.test(own);
  if (complete) needsOfText(own, ctx, o, out, true);
  // "Guidance on due diligence: (i) for PEPs; (ii) ..." — fragments continue their lead; under
  // an item that is a need of its own, sub-items stand on their own.
  const stem = own.replace(/[:\s]+$/, "");
  for (const c of n.children) {
    const fragment =
      !complete &&
      /^(?:\p{Ll}|for |on |in |of |to |with )/u.test(c.text) &&
      !/^(?:training|support|assistance|development|capacity)/i.test(c.text);
    needsOfItem(fragment ? { ...c, text: `${stem} ${c.text}` } : c, inner, o, out);
  }
}

/** Splits a technical-assistance section into needs, in document order. */
export function splitSummary(text: string, options: Partial<SplitOptions> = {}): SplitNeed[] {
  const o = { ...DEFAULT_CLAUSE_OPTIONS, ...options };
  const out: SplitNeed[] = [];
  let heading: string | null = null;
  let headingArticles: number[] = [];
  let leadArticles: number[] = [];
  let index = 0;
  for (const n of structure(logicalLines(text))) {
    if (n.kind === "heading") {
      heading = n.text;
      const a = referencedArticles(n.text);
      // A new section title without references ends the previous heading's articles.
      if (
        a.length ||
        !/technical assistance|assistance technique|asistencia t[eé]cnica/i.test(n.text)
      )
        headingArticles = a;
      leadArticles = [];
      continue;
    }
    const ctx: Context = {
      heading,
      headingArticles,
      leadArticles: n.kind === "item" ? leadArticles : [],
      paragraph: fullText(n),
      paragraphIndex: index++,
    };
    if (n.kind === "item") needsOfItem(n, ctx, o, out);
    else {
      needsOfText(n.text, ctx, o, out, false);
      // A paragraph ending in a lead-in hands its references to the list that follows.
      const last = sentences(n.text).pop() ?? "";
      leadArticles = isLeadIn(last) || /:\s*$/.test(n.text) ? referencedArticles(n.text) : [];
    }
  }
  return out;
}
