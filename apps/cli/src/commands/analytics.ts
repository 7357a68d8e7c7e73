import { analytics, createDb, migrate, needsBySupply } from "@tahub/db";
import { json, table, type Command } from "../lib/command.js";

export const analyticsCommand: Command = {
  name: "analytics",
  summary: "Needs by article, chapter, category, region and period, computed from the records",
  usage: "tahub analytics [--json] [--supply] [--db URL|DIR]",
  options: { json: { type: "boolean" }, supply: { type: "boolean" }, db: { type: "string" } },
  async run({ values, io }) {
    const db = await createDb(values.db ? { url: values.db as string } : {});
    try {
      await migrate(db);
      if (values.supply) {
        const cells = await needsBySupply(db.prisma);
        if (values.json) io.out(json(cells));
        else
          for (const line of table([
            ["article", "region", "open needs", "open offers"],
            ...cells.map((c) => [String(c.article), c.region, String(c.needs), String(c.offers)]),
          ]))
            io.out(line);
        return 0;
      }
      const a = await analytics(db.prisma);
      if (values.json) {
        io.out(json(a));
        return 0;
      }
      const c2 = a.cycle2;
      io.out(
        `Cycle 2: ${c2.needs} needs from ${c2.statesWithNeeds} of ${c2.statesWithSummaries} States with finalised summaries`,
      );
      for (const line of table([
        ["category", "needs"],
        ...Object.entries(c2.byCategory).map(([k, v]) => [k, String(v)]),
      ]))
        io.out(`  ${line}`);
      for (const line of table([
        ["article", "needs", "States"],
        ...Object.entries(c2.byArticle).map(([k, v]) => [k, String(v.needs), String(v.states)]),
      ]))
        io.out(`  ${line}`);
      for (const line of table([
        ["region", "States", "summaries", "with needs", "needs"],
        ...Object.entries(c2.byRegion).map(([k, v]) => [
          k,
          String(v.states),
          String(v.statesWithSummaries),
          String(v.statesWithNeeds),
          String(v.needs),
        ]),
      ]))
        io.out(`  ${line}`);
      io.out(
        `Cycle 1: ${a.cycle1.needs} needs from ${a.cycle1.states} of ${a.cycle1.statesWithSummaries} States; ` +
          Object.entries(a.cycle1.byChapter)
            .map(([k, v]) => `chapter ${k} ${v}`)
            .join(", "),
      );
      return 0;
    } finally {
      await db.close();
    }
  },
};
