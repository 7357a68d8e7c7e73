import type { Command } from "../../lib/command.js";
import { dispatch, type SubCommand } from "../../lib/subcommands.js";
import { benchAnalytics } from "./analytics.js";
import { benchClassify } from "./classify.js";
import { benchMatch } from "./match.js";

/** `tahub bench <target>`: speed and memory figures. Each target adds one line here. */
const BENCH_TARGETS: Record<string, SubCommand> = {
  analytics: benchAnalytics,
  classify: benchClassify,
  match: benchMatch,
};

export const benchCommand: Command = {
  name: "bench",
  summary: "Measure speed and memory (targets: analytics, classify, match)",
  usage: "tahub bench <analytics|classify|match> [options] [--json]",
  options: {
    json: { type: "boolean" },
    needs: { type: "string" },
    candidates: { type: "string" },
    queries: { type: "string" },
    seconds: { type: "string" },
    peers: { type: "string" },
    texts: { type: "string" },
    vocabulary: { type: "string" },
    "fuse-max": { type: "string" },
    "warm-up-ms": { type: "string" },
    scale: { type: "string" },
    runs: { type: "string" },
  },
  targets: BENCH_TARGETS,
  run: (ctx) => dispatch("bench", BENCH_TARGETS, ctx),
};
