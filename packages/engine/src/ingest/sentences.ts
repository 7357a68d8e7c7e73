/**
 * Sentence and clause work on one paragraph or list item: sentence ends (abbreviations of
 * article references are not ends), inline enumerations "(a) ... (b) ...", lead-ins, and the
 * lists inside one need (semicolons, "including ..." lists, several needs joined by "and").
 */

// "art. 52", "arts. 5 and 6", "para. 3", "e.g.", "No. 5": a full stop that ends no sentence.
const ABBREVIATION =
  /(?:\b(?:arts?|paras?|subparas?|e\.g|i\.e|etc|no|nos|vol|cf|mr|mrs|ms|dr|st|inc|ltd|approx|incl|p|pp|ch|sect|[A-Z])|\b[A-Z]\.[A-Z])\.$/i;

/** Splits a paragraph into sentences; a sentence ends at . ! ? followed by an upper-case start. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]["”’)]?\s+(?=["“(]?[\p{Lu}\d•])/gu;
  for (const m of text.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].trimEnd().length;
    const candidate = text.slice(start, end);
    if (ABBREVIATION.test(candidate.replace(/["”’)]$/, ""))) continue;
    out.push(candidate.trim());
    start = (m.index ?? 0) + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter(Boolean);
}

const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];
const ALPHA = "abcdefghijklmnopqrstuvwxyz".split("");
const NUM = Array.from({ length: 30 }, (_, i) => String(i + 1));

/**
 * Inline enumeration: "the following: (a) training; (b) advice; and (c) a database". Returns
 * the lead before the first marker and the items, or null when the text has no run of at least
 * two consecutive markers. "(c)" after "paragraph 2" is a subparagraph, not an item.
 */
export function inlineEnumeration(text: string): { lead: string; items: string[] } | null {
  for (const seq of [ALPHA, ROMAN, NUM]) {
    const positions: { at: number; len: number }[] = [];
    let next = 0;
    const re = /(^|[\s:;,])(\(([a-z]{1,4}|\d{1,2})\)|([a-z]{1,4}|\d{1,2})\))\s/gi;
    for (const m of text.matchAll(re)) {
      const label = (m[3] ?? m[4] ?? "").toLowerCase();
      const before = text.slice(0, (m.index ?? 0) + (m[1] ?? "").length);
      if (/(?:para(?:graph)?s?\.?|p[aá]rrafos?|paragraphes?|\d)\s*$/i.test(before)) continue;
      if (label === seq[next]) {
        positions.push({ at: (m.index ?? 0) + (m[1] ?? "").length, len: (m[2] ?? "").length });
        next++;
      }
    }
    if (positions.length < 2) continue;
    const lead = text.slice(0, positions[0]?.at ?? 0).trim();
    const items = positions.map((p, i) =>
      text.slice(p.at + p.len, positions[i + 1]?.at ?? text.length).trim(),
    );
    return { lead, items };
  }
  return null;
}

/** A lead-in announces needs and names none itself: "Kenya identified the following needs:". */
export function isLeadIn(s: string): boolean {
  const t = s.trim();
  if (/:\s*$/.test(t)) return true;
  return (
    /\b(?:the following|as follows|les (?:besoins )?suivants|ci-après|los siguientes|siguientes)\b[^.;]*[.]?$/i.test(
      t,
    ) &&
    !/\b(?:training|capacity|develop|establish|draft)/i.test(t.replace(/^.*\bfollowing\b/i, ""))
  );
}

/** Words that make a sentence a need rather than context ("The law was adopted in 2019."). */
const NEED_CUE =
  /\b(?:need|needs|needed|require[sd]?|request(?:ed|s)?|would benefit|benefit from|assistance|support|training|train|capacity|capacities|expert|expertise|advice|advisory|guidance|develop(?:ing|ment)?|establish(?:ing|ment)?|strengthen(?:ing)?|enhanc(?:e|ing|ement)|improv(?:e|ing|ement)|draft(?:ing)?|elaborat(?:e|ing|ion)|design(?:ing)?|creat(?:e|ing|ion)|build(?:ing)?|good practices?|best practices?|lessons learned|study visits?|exchange|sharing|tools?|system|database|software|methodolog(?:y|ies)|awareness|workshops?|seminars?|guidelines?|manual|model|mentoring|equipment|technical|legislative|legal|besoins?|appui|soutien|assistance|formation|renforcement|élaboration|mise en place|créer|création|échange|necesidad(?:es)?|apoyo|asistencia|capacitación|formación|fortalec\w*|elaboración|creación|intercambio|desarroll\w*)\b/i;

/** Context that is not a need: what already happened or is under way. */
const CONTEXT_CUE =
  /\b(?:already|to date|had been (?:held|received|provided|adopted)|has been (?:received|provided)|(?:was|were|had been|has been|have been) received|received (?:from|to date)|(?:has|have|had) (?:already )?(?:received|benefited|benefitted)\b|(?:is|are) (?:currently )?receiving\b|is (?:currently )?being provided|ongoing (?:support|assistance|project)|no (?:technical assistance|needs?) (?:was|were|has been|have been) identified|did not identify|déjà|a bénéficié|avoir bénéficié|ont bénéficié|a reçu|ya (?:ha|había)|ha recibido|han recibido|ha beneficiado|no se (?:han )?identific)/i;

export function isNeedSentence(s: string): boolean {
  return NEED_CUE.test(s) && !CONTEXT_CUE.test(s);
}

/** The head of a need: what a second need joined by "and" starts with. */
const NEED_HEAD =
  /^(?:(?:the|a|an|further|more|additional|specialized|specialised|targeted|specific|tailored|un|une|le|la|les|des|du|el|los|las|una|d'|l'|de)\s*)*(?:training|capacity[- ]building|development|developing|establishment|establishing|strengthening|strengthen|drafting|draft|review|reviewing|revision|revising|assistance|support|technical|legal|legislative|guidance|advice|sharing|exchange|exchanging|creation|creating|design|designing|elaboration|elaborating|adoption|adopting|implementation|implementing|introduction|introducing|conduct|conducting|provision|providing|awareness[- ]raising|raising awareness|improvement|improving|building|enhancement|enhancing|expertise|good practices|best practices|study visits?|workshops?|seminars?|mentoring|guidelines|tools?|equipment|software|a (?:study|comprehensive|national|centralized|centralised|database|system|manual|guide|methodology|mechanism|strategy|platform|survey|handbook)|formation|renforcement|élaboration|appui|mise en place|création|assistance technique|sensibilisation|capacitación|formación|fortalecimiento|elaboración|apoyo|creación|asistencia)\b/i;

const isNeedHead = (s: string) => NEED_HEAD.test(s.trim()) || DELIVERABLE.test(s.trim());

/**
 * "an electronic asset declaration system", "a new case management module": an article, a few
 * words and a thing to be built is a need of its own after "and", like the heads above.
 */
const DELIVERABLE =
  /^(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:system|database|platform|register|registry|portal|module|software|tool|manual|handbook|guide|study|survey|methodology|mechanism|curriculum|unit|office)s?\b/iu;

/**
 * A request verb in prose: what follows it is the need ("The FIU requires IT equipment" ->
 * "IT equipment"), even when it does not start with one of the heads above.
 */
const REQUEST_VERB =
  /\b(?:requires?|needs|requested|requests|would benefit from|could benefit from|benefit from|seeks|sought|asked for|called for|expressed (?:a |the )?need for|identified (?:a |the )?need for|a besoin d[e'’]|ont besoin d[e'’]|nécessite(?:nt)?|necesita(?:n)?|requiere(?:n)?|solicitó|solicitaron)\s+/i;

/** "and needs training ...": a second request verb joining two needs; cut it with the join. */
const JOINED_VERB =
  /^(?:also\s+)?(?:requires?|needs|requested|requests|would (?:also )?benefit from|seeks)\s+(?:also\s+)?/i;

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Trims list punctuation and a dangling conjunction: "training for judges; and" -> "training for judges". */
export function tidy(s: string): string {
  return s
    .trim()
    .replace(/^(?:and|or|as well as|et|ou|y|o)\s+/i, "")
    .replace(/[\s,;:]*(?:\b(?:and|or|et|ou|y|o)\b)?[\s,;:]*$/i, "")
    .replace(/[;,:]+$/, "")
    .trim();
}

const LIST_INTRO =
  /,?\s+\b(including|in particular|particularly|notably|such as|especially|notamment|en particulier|y compris|incluidos?|incluidas?|en particular|especialmente|como)\b:?\s+/i;

const PREPOSITION =
  /^(on|in|for|of|to|with|about|through|by|sur|en matière d[e']|en|de|pour|dans|par|sobre|para|en materia de|mediante)\s*/i;

/** A head that announces a list and asks for nothing itself. */
const GENERIC_HEAD =
  /\b(?:several|various|a number of|following|many|certain|some|the following|areas?|fields?|plusieurs|divers|diverses|certains|suivants|domaines?|varias|varios|diversas|algunas|ámbitos|esferas|siguientes)\b/i;

/** The need in a sentence of prose: from its first need head ("[Country] requested support for X" -> "support for X"). */
export function needPhrase(sentence: string): string {
  const t = sentence.trim();
  if (isNeedHead(t)) return t;
  const fromHead = firstHead(t);
  const verb = REQUEST_VERB.exec(t);
  // Only a verb before any head: "assistance requests for X" is a noun inside the need.
  if (verb && (fromHead === null || verb.index < t.length - fromHead.length)) {
    const rest = t.slice(verb.index + verb[0].length);
    // "requested that ..." or "needs to be" is not followed by the need itself.
    // ("IT equipment" is a need: "it" is matched in lower case only.)
    if (
      !/^(?:that|to|in order)\b/i.test(rest) &&
      !/^it\b/.test(rest) &&
      /\p{L}{2}.*\p{L}{2}/u.test(rest)
    )
      return rest;
  }
  return fromHead ?? t;
}

/** The sentence from its first need head on, or null when no head starts a word. */
function firstHead(t: string): string | null {
  let depth = 0;
  for (let i = 1; i < t.length; i++) {
    const ch = t.charAt(i - 1);
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if (depth || !/[\s'’]/.test(ch)) continue;
    const rest = t.slice(i);
    if (isNeedHead(rest)) return rest;
  }
  return null;
}

/** Items of a list written with commas, "and", "or": "A, B and C" -> [A, B, C]. */
function commaItems(s: string): string[] {
  // Commas inside parentheses (article references) do not separate items.
  const parts: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of s) {
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if ((ch === "," || ch === ";") && depth === 0) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  parts.push(cur);
  const out: string[] = [];
  for (const p of parts) {
    const m = /^(.*\S)\s+(?:and|or|as well as|et|ou|y|o)\s+(\S.*)$/i.exec(p.trim());
    if (m && parts.length > 1 && p === parts[parts.length - 1]) out.push(m[1] ?? "", m[2] ?? "");
    else if (m && parts.length === 1) out.push(m[1] ?? "", m[2] ?? "");
    else out.push(p);
  }
  return out.map(tidy).filter(Boolean);
}

/** Options that decide how much of a shared head each split need repeats. */
export interface ClauseOptions {
  /** Split "X, including A, B and C" into one need per item. Default true. */
  splitIncluding: boolean;
  /** Repeat the head ("X, including A") in each item's need. Default true. */
  includingKeepsHead: boolean;
}

export const DEFAULT_CLAUSE_OPTIONS: ClauseOptions = {
  splitIncluding: true,
  includingKeepsHead: true,
};

/** Splits one need-bearing clause into the needs it names. */
export function splitClause(text: string, o: ClauseOptions = DEFAULT_CLAUSE_OPTIONS): string[] {
  const t = tidy(text);
  if (!t) return [];
  // "Areas: A; B; C" — a lead and a list after a colon.
  const colon = /^([^:]{3,}?):\s+(.+)$/.exec(t);
  if (colon && !/\d$/.test(colon[1] ?? "")) {
    const items = (colon[2] ?? "").includes(";")
      ? (colon[2] ?? "").split(";")
      : commaItems(colon[2] ?? "");
    if (items.length > 1) return items.flatMap((i) => splitClause(i, o));
    if (isLeadIn(`${colon[1]}:`) && !isNeedHead(colon[1] ?? ""))
      return splitClause(colon[2] ?? "", o);
  }
  // Semicolons separate needs when each side is a need of its own (three words or more).
  const semi = t.split(/;\s*/).map(tidy).filter(Boolean);
  if (semi.length > 1 && semi.every((s) => wordCount(s) >= 3))
    return semi.flatMap((s) => splitClause(s, o));
  // "X, including A, B and C": one need per item when the items are distinct areas of help
  // (each starts a need, or repeats a preposition: "on A, on B"); one need when they only
  // detail one request ("such as companies and real estate").
  const inc = LIST_INTRO.exec(t);
  if (o.splitIncluding && inc && inc.index > 0) {
    const head = tidy(t.slice(0, inc.index));
    const items = commaItems(t.slice(inc.index + inc[0].length));
    const bare = items.map((i) => i.replace(PREPOSITION, ""));
    const preps = items.map((i) => PREPOSITION.exec(i)?.[1]?.toLowerCase());
    const distinct =
      bare.every((i) => isNeedHead(i)) ||
      (preps[0] !== undefined && preps.every((p) => p === preps[0]));
    if (items.length > 1 && distinct && wordCount(head) >= 2) {
      const kw = inc[1] ?? "";
      // "including on A, B and C": the preposition belongs to every item.
      const prep = preps[0];
      const withPrep = items.map((i, k) => (k > 0 && prep && !preps[k] ? `${prep} ${i}` : i));
      // A head that only announces ("in several areas, including") is not repeated.
      if (GENERIC_HEAD.test(head) || !o.includingKeepsHead)
        return bare.map(tidy).flatMap((i) => splitOnJoins(i));
      return withPrep.map((i) => `${head}, ${kw} ${i}`);
    }
  }
  // Two needs in one clause: "training for judges and the development of a case system".
  const parts = splitOnJoins(t);
  return parts.length > 1 ? parts : [t];
}

const JOIN =
  /(?:,\s*(?:and|as well as|et|y|ainsi que|así como)?|\s+(?:and|as well as|et|y|along with|ainsi que|así como))\s+/gi;
const JOIN_PREPOSITION = /^(from|for|in|on|to|with|through|pour|sur|dans|para|en)\s+/i;

/**
 * Splits at ", and" / " and " / " as well as " / ", " where the next part starts a need, or
 * continues a shared head with its preposition: "useful for A and for B" -> "useful for A",
 * "useful for B" (the head is repeated, as the guideline asks).
 */
function splitOnJoins(t: string): string[] {
  const cuts: { at: number; len: number; head: string | null }[] = [];
  let depth = 0;
  let last = 0;
  for (const m of t.matchAll(JOIN)) {
    const at = m.index ?? 0;
    for (const ch of t.slice(last, at)) {
      if (ch === "(") depth++;
      if (ch === ")") depth = Math.max(0, depth - 1);
    }
    last = at;
    if (depth > 0) continue;
    const after = t.slice(at + m[0].length);
    const prev = cuts[cuts.length - 1];
    const before = t.slice(prev ? prev.at + prev.len : 0, at);
    if (wordCount(before) < 2 || wordCount(after) < 2) continue;
    const verb = JOINED_VERB.exec(after);
    if (verb && wordCount(after) - wordCount(verb[0]) >= 2) {
      cuts.push({ at, len: m[0].length + verb[0].length, head: null });
      continue;
    }
    if (isNeedHead(after)) {
      cuts.push({ at, len: m[0].length, head: null });
      continue;
    }
    if (wordCount(before) < 3) continue;
    const p = JOIN_PREPOSITION.exec(after);
    // A bare comma before a preposition is an apposition ("the FIU, on analysis"), not a join.
    if (!p || wordCount(after) < 4 || !/\p{L}/u.test(m[0])) continue;
    // The shared head ends before the same preposition in the first part, if it has one.
    const first = t.slice(0, prev ? prev.at : at);
    const k = first.toLowerCase().lastIndexOf(` ${(p[1] ?? "").toLowerCase()} `);
    const head = k > 0 && !/\(/.test(first.slice(k)) ? first.slice(0, k) : null;
    cuts.push({ at, len: m[0].length + (head ? 0 : p[0].length), head });
  }
  if (!cuts.length) return [t];
  const out: string[] = [];
  let from = 0;
  let head: string | null = null;
  for (const c of cuts) {
    out.push((head ? `${head} ` : "") + t.slice(from, c.at));
    from = c.at + c.len;
    head = c.head;
  }
  out.push((head ? `${head} ` : "") + t.slice(from));
  return out.map(tidy).filter(Boolean);
}
