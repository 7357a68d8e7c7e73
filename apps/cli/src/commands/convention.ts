import { ARTICLES, CHAPTERS, CLUSTERS, REVIEW_CYCLES, clusterOf, cycleOf } from "@tahub/domain";
import { json, table, type Command } from "../lib/command.js";

export const conventionCommand: Command = {
  name: "convention",
  summary: "List the Convention's articles, chapters, review cycles and clusters",
  usage: "tahub convention [--json] [--chapter II]",
  options: { json: { type: "boolean" }, chapter: { type: "string" } },
  run({ values, io }) {
    const chapter = values.chapter as string | undefined;
    const articles = ARTICLES.filter((a) => !chapter || a.chapter === chapter).map((a) => ({
      ...a,
      cycle: cycleOf(a.number) ?? null,
      cluster: clusterOf(a.number)?.id ?? null,
    }));
    if (values.json) {
      io.out(json({ articles, chapters: CHAPTERS, cycles: REVIEW_CYCLES, clusters: CLUSTERS }));
      return 0;
    }
    for (const line of table([
      ["art.", "chapter", "cycle", "cluster", "title"],
      ...articles.map((a) => [
        String(a.number),
        a.chapter,
        String(a.cycle ?? "-"),
        a.cluster ?? "-",
        a.title,
      ]),
    ]))
      io.out(line);
    return 0;
  },
};
