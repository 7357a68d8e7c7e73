import type { Command } from "../../lib/command.js";
import { dispatch, type SubCommand } from "../../lib/subcommands.js";
import { evalClassify } from "./classify.js";
import { evalIngest } from "./ingest.js";
import { evalMatch } from "./match.js";

/** `tahub eval <target>`: quality figures on labelled files. Each target adds one line here. */
const EVAL_TARGETS: Record<string, SubCommand> = {
  classify: evalClassify,
  match: evalMatch,
  ingest: evalIngest,
};

export const evalCommand: Command = {
  name: "eval",
  summary: "Measure quality on a labelled file (targets: classify, match, ingest)",
  usage: "tahub eval <classify|match|ingest> [options] [--json]",
  // Options are the union of the targets'; each target validates its own.
  options: {
    json: { type: "boolean" },
    file: { type: "string" },
    needs: { type: "string" },
    candidates: { type: "string" },
    qrels: { type: "string" },
    model: { type: "string" },
    peers: { type: "string" },
    cv: { type: "string" },
    set: { type: "string" },
    split: { type: "string" },
    lang: { type: "string" },
    dir: { type: "string" },
  },
  targets: EVAL_TARGETS,
  run: (ctx) => dispatch("eval", EVAL_TARGETS, ctx),
};
