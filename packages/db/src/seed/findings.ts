/**
 * Demo reviewers' findings (issue 14, part 6): challenges and recommendations per State and
 * article for every demo State with a finalised cycle-2 executive summary, so the comparison of
 * needs with findings has something to show. These are NOT the published figures: the notes
 * give totals per article (e.g. 222 challenges across 75 States under art. 12), not a State's
 * counts, and nothing here is fitted to them. Each row is flagged `demo` and its source says so.
 *
 * A separate generator (its own seed) keeps the demo needs and figures I-VI exactly as they are.
 */
import { articlesOfChapter } from "@tahub/domain";
import type { Prisma } from "../generated/prisma/client.js";
import type { DemoPlan } from "./plan.js";
import { Rng } from "./prng.js";

/**
 * How likely a review is to find a challenge under each article, roughly as the notes describe
 * them: preventive bodies and policies (5, 6), the public sector (7), procurement (9) and the
 * private sector (12) draw many; special cooperation (56) and agreements (59) few.
 */
const LIKELIHOOD: Record<number, number> = {
  5: 0.75,
  6: 0.7,
  7: 0.8,
  8: 0.75,
  9: 0.8,
  10: 0.65,
  11: 0.55,
  12: 0.85,
  13: 0.6,
  14: 0.8,
  51: 0.3,
  52: 0.75,
  53: 0.55,
  54: 0.6,
  55: 0.5,
  56: 0.3,
  57: 0.55,
  58: 0.6,
  59: 0.25,
};

const SOURCE = "Country review, cycle 2 (demo: generated counts, not published figures)";
const CREATED = new Date("2023-09-15T00:00:00Z");

/** The demo findings: deterministic, one row per State and article the review found anything under. */
export function demoFindings(plan: DemoPlan): Prisma.ReviewFindingCreateManyInput[] {
  const rng = new Rng(plan.seed ^ 0xf1d1);
  const needArticles = new Set(
    plan.needs
      .filter((n) => n.cycle === 2)
      .flatMap((n) => n.articles.map((a) => `${n.state}:${a}`)),
  );
  const articles = [...articlesOfChapter("II"), ...articlesOfChapter("V")].map((a) => a.number);
  const rows: Prisma.ReviewFindingCreateManyInput[] = [];
  for (const { state } of [...plan.cycle2Summaries].sort((a, b) => a.state.localeCompare(b.state)))
    for (const article of articles) {
      // A need identified under an article nearly always answers a challenge the review found.
      const hasNeed = needArticles.has(`${state}:${article}`);
      if (!hasNeed && !rng.chance(LIKELIHOOD[article] ?? 0.5)) continue;
      const challenges = rng.int(1, hasNeed ? 6 : 4);
      // Most challenges carry a recommendation; some reviews add one or two more.
      const recommendations = Math.max(0, challenges - rng.int(0, 1) + rng.int(0, 2));
      rows.push({
        id: `demo-finding-2-${state}-${article}`,
        stateId: state,
        cycle: 2,
        article,
        challenges,
        recommendations,
        source: SOURCE,
        demo: true,
        createdAt: CREATED,
        updatedAt: CREATED,
      });
    }
  return rows;
}
