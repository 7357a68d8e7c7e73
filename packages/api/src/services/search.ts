/**
 * The one text search of the API (issue 13): the `q` of needs.list, offers.list, expertise.list,
 * experts.list, the needs export, and search.global all filter through `textWhere` here.
 *
 * Each record stores a search document (`search`, a text[] built by `searchDocument` in the
 * engine: folded words, stems, concept ids); a query becomes groups of alternatives that Prisma
 * turns into array overlap (`&&`) tests on that column, so PGlite and a PostgreSQL server
 * answer identically, through the column's GIN index. Why this design: docs/search.md.
 *
 * Documents are written by the API's own writers (create, update, import). Any other write (a
 * fixture, the demo data, a row changed by SQL) leaves the document empty or has it emptied by
 * the `*_search_stale` triggers, and `searchReady` builds the missing ones before a search reads
 * them, so a search never silently skips a record.
 */
import type { Prisma } from "@tahub/db";
import { searchDocument, searchQuery, searchVersion, type SearchClause } from "@tahub/engine";
import type { DbClient } from "../db.js";
import type { Services } from "../runtime.js";
import { must } from "../lib/must.js";

/** The text fields each searchable model's document is built from, in this order. */
export const SEARCH_SOURCES = {
  Need: ["text"],
  Offer: ["title", "description"],
  Expertise: ["title", "description"],
  Expert: ["name", "currentPosition", "organization", "summary", "areas"],
} as const;
export type SearchModel = keyof typeof SEARCH_SOURCES;

/** Columns a word still being typed is looked for in, as a substring (see SearchClause.contains). */
const SUBSTRING_COLUMNS: Record<SearchModel, readonly string[]> = {
  Need: ["text"],
  Offer: ["title", "description"],
  Expertise: ["title", "description"],
  Expert: ["name", "summary"],
};

type Source = string | readonly string[] | null | undefined;

/** A record's search document from its source fields (lists, such as an expert's areas, flattened). */
export function documentOf<M extends SearchModel>(
  model: M,
  record: { [K in (typeof SEARCH_SOURCES)[M][number]]: Source },
): string[] {
  const fields: (string | null | undefined)[] = [];
  for (const key of SEARCH_SOURCES[model] as readonly string[]) {
    const v = (record as Record<string, Source>)[key];
    if (Array.isArray(v)) fields.push(...(v as string[]));
    else fields.push(v as string | null | undefined);
  }
  return searchDocument(fields);
}

type Where = Record<string, unknown>;

function clauseWhere(c: SearchClause, columns: readonly string[]): Where {
  const or: Where[] = [{ search: { hasSome: c.any } }];
  if (c.contains)
    for (const col of columns) or.push({ [col]: { contains: c.contains, mode: "insensitive" } });
  return or.length === 1 ? must(or[0]) : { OR: or };
}

/**
 * The Prisma filter for a free-text query on `model`, or null for a blank one. Every group of
 * the query must match: a concept group by its concept id or by all its words, a word by any of
 * its forms (or, for 3+ letters, as a substring of the record's own text).
 */
export function textWhere(model: "Need", q: string | undefined): Prisma.NeedWhereInput | null;
export function textWhere(model: "Offer", q: string | undefined): Prisma.OfferWhereInput | null;
export function textWhere(
  model: "Expertise",
  q: string | undefined,
): Prisma.ExpertiseWhereInput | null;
export function textWhere(model: "Expert", q: string | undefined): Prisma.ExpertWhereInput | null;
export function textWhere(model: SearchModel, q: string | undefined): Where | null {
  const text = q?.trim();
  if (!text) return null;
  const columns = SUBSTRING_COLUMNS[model];
  const { groups } = searchQuery(text);
  // Only punctuation: no word to look for, so keep the literal substring search.
  if (!groups.length)
    return { OR: columns.map((col) => ({ [col]: { contains: text, mode: "insensitive" } })) };
  return {
    AND: groups.map((g) => {
      const words =
        g.words.length === 1
          ? clauseWhere(must(g.words[0]), columns)
          : { AND: g.words.map((c) => clauseWhere(c, columns)) };
      return g.concepts.length ? { OR: [{ search: { hasSome: g.concepts } }, words] } : words;
    }),
  };
}

/** Rows per batch when building documents: small statements, as in classifyPending. */
const BATCH = 200;

/**
 * Builds every missing or outdated document of `model` (those without the current version
 * token, e.g. after a lexicon change); returns how many it wrote.
 *
 * Safe with concurrent writers and a second process doing the same: rows are locked in id
 * order, and a document is stored only if the row's text is still the text it was built from
 * (otherwise the writer's own document, or the next pass, wins).
 */
async function buildPending(db: DbClient, model: SearchModel): Promise<number> {
  const cols = SEARCH_SOURCES[model] as readonly string[];
  const version = searchVersion();
  const colList = cols.map((c) => `"${c}"`).join(", ");
  const types = cols.map((c) => `"${c}" ${c === "areas" ? "text[]" : "text"}`).join(", ");
  const same = cols.map((c) => `t."${c}" IS NOT DISTINCT FROM v."${c}"`).join(" AND ");
  let written = 0;
  let after = "";
  for (;;) {
    const rows = await db.$queryRawUnsafe<Record<string, Source & string>[]>(
      `SELECT id, ${colList} FROM "${model}"
        WHERE ("search" IS NULL OR NOT ("search" @> ARRAY[$1]::text[])) AND id > $2
        ORDER BY id LIMIT ${BATCH}`,
      version,
      after,
    );
    if (!rows.length) break;
    after = must(rows[rows.length - 1]).id as string;
    const payload = JSON.stringify(
      rows.map((r) => ({
        ...r,
        search: documentOf(model, r as never),
      })),
    );
    written += await db.$executeRawUnsafe(
      `UPDATE "${model}" AS t SET "search" = v."search"
         FROM jsonb_to_recordset($1::jsonb) AS v(id text, "search" text[], ${types}),
              (SELECT id FROM "${model}"
                WHERE id IN (SELECT x.id FROM jsonb_to_recordset($1::jsonb) AS x(id text))
                ORDER BY id FOR UPDATE) AS locked
        WHERE t.id = v.id AND t.id = locked.id AND ${same}`,
      payload,
    );
    if (rows.length < BATCH) break;
    // Other requests get a turn between batches (the embedded database runs on this thread).
    await new Promise((resolve) => setImmediate(resolve));
  }
  return written;
}

/**
 * Builds every missing document of the four searchable models: after migrations and the demo
 * data at start-up, and (through `searchReady`) before a search whenever the data changed.
 */
export async function indexPending(db: DbClient): Promise<{ indexed: number }> {
  let indexed = 0;
  for (const model of Object.keys(SEARCH_SOURCES) as SearchModel[])
    indexed += await buildPending(db, model);
  return { indexed };
}

/** Per database client: the data version last seen fully indexed, and the pass running now. */
const ready = new WeakMap<DbClient, { indexed: bigint; running: Promise<void> | null }>();

/**
 * Makes sure every record a search could read has a current document. Costs one data-version
 * read when nothing changed since the last check (the usual case); after a write, one scan per
 * model for documents to build. Concurrent callers share one pass.
 */
export async function searchReady(ctx: { db: DbClient; services: Services }): Promise<void> {
  let state = ready.get(ctx.db);
  if (!state) ready.set(ctx.db, (state = { indexed: -1n, running: null }));
  const wanted = BigInt(await ctx.services.dataVersion(ctx.db));
  // A pass counts for this caller only if it started after the caller's version: loop until one did.
  while (state.indexed < wanted) {
    if (!state.running) {
      const s = state;
      s.running = (async () => {
        try {
          // Read before building: a write made meanwhile is past this version and gets its pass.
          const version = BigInt(await ctx.services.dataVersion(ctx.db));
          await indexPending(ctx.db);
          if (version > s.indexed) s.indexed = version;
        } finally {
          s.running = null;
        }
      })();
    }
    await state.running;
  }
}

/** For tests: forget what `searchReady` knows, as a new process would. */
export function forgetSearchState(db: DbClient): void {
  ready.delete(db);
}
