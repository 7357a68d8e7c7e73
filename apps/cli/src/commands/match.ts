import { getState, isArticleNumber } from "@tahub/domain";
import {
  buildMatchIndex,
  describeReason,
  findStates,
  matchNeed,
  type MatchResult,
} from "@tahub/engine";
import { ZMatchCandidateLineSchema } from "@tahub/engine/eval";
import { createServices } from "@tahub/api";
import { migrate, withDb } from "@tahub/db";
import { json, UsageError, type Command, type Io } from "../lib/command.js";
import { JUDGED_SET_DIR, readJsonLines, toCandidate } from "./eval/match.js";

function parseArticles(raw: string | undefined): number[] {
  if (!raw) return [];
  const out = raw.split(",").map((s) => Number(s.trim()));
  const bad = out.find((a) => !isArticleNumber(a));
  if (bad !== undefined) throw new UsageError(`--article: ${String(bad)} is not an article (1-71)`);
  return out;
}

type Need = Parameters<typeof matchNeed>[1];
type MatchOptions = NonNullable<Parameters<typeof matchNeed>[2]> & { limit: number };

/**
 * The database's catalogue (DATABASE_URL or the embedded folder), public records only: the
 * same index the API serves, filtered as the public sees it.
 */
function matchInDatabase(need: Need, opts: MatchOptions): Promise<ReturnType<typeof matchNeed>> {
  const { limit } = opts;
  return withDb({}, async (db) => {
    await migrate(db);
    const data = await createServices().matcher.data(db.prisma);
    if (data.index.candidates.records.length === 0)
      throw new UsageError(
        `the database has no offers, expertise or experts yet: run \`tahub seed --demo\`, or pass --candidates ${JUDGED_SET_DIR}candidates.jsonl`,
      );
    const all = matchNeed(data.index, need, { ...opts, limit: limit * 4 });
    const visible = (r: MatchResult) => data.meta.get(r.id)?.confidentiality === "public";
    return {
      offers: all.offers.filter(visible).slice(0, limit),
      expertise: all.expertise.filter(visible).slice(0, limit),
      experts: all.experts.filter(visible).slice(0, limit),
      all: all.all.filter(visible).slice(0, limit),
    };
  });
}

/** The ranking as JSON (id, kind, provider, score, reasons) or as numbered lines with reasons. */
function printResult(result: ReturnType<typeof matchNeed>, asJson: boolean, io: Io) {
  if (asJson) {
    const strip = (r: MatchResult) => ({
      id: r.id,
      kind: r.item.kind,
      provider: r.item.provider,
      score: r.score,
      reasons: r.reasons,
    });
    io.out(json(result.all.map(strip)));
    return;
  }
  if (result.all.length === 0) {
    io.out("No offer, expertise or expert matches this need.");
    return;
  }
  result.all.forEach((r, i) => {
    const title = (r.item.text.split(/[.:\n]/)[0] ?? "").slice(0, 90);
    io.out(`${String(i + 1).padStart(2)}. [${r.item.kind}] ${title}  (${r.score.toFixed(2)})`);
    if (r.item.provider) io.out(`    by ${r.item.provider}`);
    for (const reason of r.reasons) io.out(`    - ${describeReason(reason)}`);
  });
}

export const matchCommand: Command = {
  name: "match",
  summary: "Rank offers, expertise and experts for a need, each with its reasons",
  usage:
    'tahub match --need "text" [--state KEN] [--article 52,14] [--south-south] [--candidates C.jsonl] [--limit 10] [--json]  (default catalogue: the database)',
  options: {
    need: { type: "string" },
    state: { type: "string" },
    article: { type: "string" },
    candidates: { type: "string" },
    limit: { type: "string" },
    "south-south": { type: "boolean" },
    json: { type: "boolean" },
  },
  async run({ values, io }) {
    const text = (values.need as string | undefined) ?? "";
    const articles = parseArticles(values.article as string | undefined);
    if (!text.trim() && articles.length === 0)
      throw new UsageError('say what is needed: --need "text" and/or --article N');
    const state = values.state as string | undefined;
    if (state !== undefined && !getState(state)) {
      const guess = findStates(state, 1)[0];
      throw new UsageError(
        `unknown State "${state}"${guess ? `; did you mean ${guess.item.iso3} (${guess.item.name})?` : ""}`,
      );
    }
    const limit = Number((values.limit as string | undefined) ?? 10);
    if (!Number.isInteger(limit) || limit < 1)
      throw new UsageError("--limit must be a positive whole number");
    const need = { id: "query", text, state: state?.toUpperCase(), articles };
    const opts = { limit, preferSouthSouth: values["south-south"] === true };
    let result: ReturnType<typeof matchNeed>;
    if (values.candidates) {
      const candidates = readJsonLines(
        values.candidates as string,
        ZMatchCandidateLineSchema,
        io,
        "candidate",
      ).map(toCandidate);
      result = matchNeed(buildMatchIndex({ candidates }), need, opts);
    } else {
      result = await matchInDatabase(need, opts);
    }
    printResult(result, values.json === true, io);
    return 0;
  },
};
