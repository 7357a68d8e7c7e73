/**
 * Reference data from @tahub/domain: chapters, the 71 articles and the States parties with their
 * regional groups. Idempotent: rows are upserted, so a second load changes nothing, and a domain
 * correction (a State's group, an article title) reaches the database on the next load.
 */
import { ARTICLES, CHAPTERS, STATES_PARTIES } from "@tahub/domain";
import type { PrismaClient } from "./generated/prisma/client.js";

export interface ReferenceCounts {
  chapters: number;
  articles: number;
  states: number;
}

export async function loadReferenceData(prisma: PrismaClient): Promise<ReferenceCounts> {
  await prisma.$transaction(
    async (tx) => {
      for (const c of CHAPTERS) {
        const data = { title: c.title, first: c.first, last: c.last };
        await tx.chapter.upsert({
          where: { id: c.id },
          create: { id: c.id, ...data },
          update: data,
        });
      }
      for (const a of ARTICLES) {
        const data = { title: a.title, chapterId: a.chapter };
        await tx.article.upsert({
          where: { number: a.number },
          create: { number: a.number, ...data },
          update: data,
        });
      }
      for (const s of STATES_PARTIES) {
        const data = {
          name: s.name,
          group: s.group,
          subregion: s.subregion,
          m49: s.m49,
          languages: [...s.languages],
          developing: s.developing,
          ratified: s.ratified ? new Date(`${s.ratified}T00:00:00Z`) : null,
        };
        await tx.state.upsert({
          where: { iso3: s.iso3 },
          create: { iso3: s.iso3, ...data },
          update: data,
        });
      }
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { chapters: CHAPTERS.length, articles: ARTICLES.length, states: STATES_PARTIES.length };
}
