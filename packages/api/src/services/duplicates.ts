/**
 * The near-duplicate check before a need is saved: the same State's needs whose wording is
 * close to the new text. Similarity is the engine's idf-weighted Jaccard over stems, bigrams
 * and concepts (`similarNeeds`), so "An electronic system to verify the asset declarations"
 * and "Electronic system to verify asset declarations" score near 1 while two needs that only
 * share "corruption" score low. Saving stays allowed: a State may have two alike needs on
 * purpose (two agencies, two phases); the portal asks before saving.
 */
import { similarNeeds } from "@tahub/engine";
import type { Context } from "../context.js";
import { visibleTo } from "./matcher.js";
import { excerpt } from "../lib/excerpt.js";

/** From this similarity the portal warns: the engine's own near-duplicate mark. */
export const DUPLICATE_AT = 0.5;
const SHOWN = 5;

export interface NearDuplicate {
  id: string;
  excerpt: string;
  status: string;
  similarity: number;
}

export async function nearDuplicates(
  ctx: Context,
  state: string,
  text: string,
): Promise<NearDuplicate[]> {
  const data = await ctx.services.matcher.data(ctx.db);
  return similarNeeds(
    data.index,
    { id: "", state, text },
    { sameStateOnly: true, threshold: DUPLICATE_AT, limit: 50 },
  )
    .filter((s) => visibleTo(ctx.user, data.meta.get(s.id)))
    .slice(0, SHOWN)
    .map((s) => ({
      id: s.id,
      excerpt: excerpt(s.need.text),
      status: s.need.status ?? "identified",
      similarity: s.similarity,
    }));
}
