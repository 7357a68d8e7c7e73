/** The Convention's reference data: articles, chapters, clusters, groupings, modalities, regions. */
import {
  ARTICLES,
  CATEGORIES,
  CHAPTERS,
  CLUSTERS,
  CYCLE1_CATEGORIES,
  CYCLE1_TO_CYCLE2,
  MODALITY_IDS,
  REGIONAL_GROUPS,
  clusterOf,
  cycleOf,
} from "@tahub/domain";
import { z } from "zod";
import { publicProcedure, router } from "../trpc.js";

const ZArticleRowSchema = z.object({
  number: z.number().int(),
  title: z.string(),
  chapter: z.string(),
  cycle: z.number().int().nullable(),
  cluster: z.string().nullable(),
});

export const conventionRouter = router({
  articles: publicProcedure.output(z.array(ZArticleRowSchema)).query(() =>
    ARTICLES.map((a) => ({
      ...a,
      cycle: cycleOf(a.number) ?? null,
      cluster: clusterOf(a.number)?.id ?? null,
    })),
  ),
  chapters: publicProcedure
    .output(
      z.array(z.object({ id: z.string(), title: z.string(), first: z.number(), last: z.number() })),
    )
    .query(() => [...CHAPTERS]),
  clusters: publicProcedure
    .output(
      z.array(
        z.object({
          id: z.string(),
          articles: z.array(z.number()),
          analysedUnder: z.string(),
          label: z.string(),
        }),
      ),
    )
    .query(() => CLUSTERS.map((c) => ({ ...c, articles: [...c.articles] }))),
  categories: publicProcedure
    .output(
      z.object({
        cycle2: z.array(z.object({ id: z.string(), name: z.string(), description: z.string() })),
        cycle1: z.array(z.object({ id: z.string(), name: z.string() })),
        mapping: z.array(z.object({ from: z.string(), to: z.string(), why: z.string() })),
        modalities: z.array(z.string()),
        regions: z.array(z.object({ id: z.string(), name: z.string() })),
      }),
    )
    .query(() => ({
      cycle2: [...CATEGORIES],
      cycle1: [...CYCLE1_CATEGORIES],
      mapping: [...CYCLE1_TO_CYCLE2],
      modalities: [...MODALITY_IDS],
      regions: [...REGIONAL_GROUPS],
    })),
});
