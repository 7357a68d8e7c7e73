/**
 * One search box across the platform (services/global-search.ts does the reads). Hits carry
 * ids (`state`, `article`, `chapter`, `providerKind`) besides their English subtitle, so the
 * portal can word them in the reader's language.
 */
import { z } from "zod";
import { globalSearch } from "../services/global-search.js";
import { publicProcedure, router } from "../trpc.js";

const ZHitSchema = z.object({
  kind: z.enum(["need", "offer", "expertise", "expert", "state", "provider", "article"]),
  id: z.string(),
  title: z.string(),
  subtitle: z.string(),
  score: z.number(),
  /** The State the hit is, or belongs to (ISO3). */
  state: z.string().optional(),
  article: z.number().int().optional(),
  chapter: z.string().optional(),
  providerKind: z.string().optional(),
});

export const searchRouter = router({
  global: publicProcedure
    .input(
      z.object({
        q: z.string().trim().min(1).max(100),
        limit: z.number().int().min(1).max(50).default(20),
      }),
    )
    .output(z.array(ZHitSchema))
    .query(({ ctx, input }) => globalSearch(ctx, input)),
});
