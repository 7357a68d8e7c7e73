import type { Command } from "../lib/command.js";
import { benchCommand } from "./bench/index.js";
import { classifyCommand } from "./classify.js";
import { conventionCommand } from "./convention.js";
import { evalCommand } from "./eval/index.js";
import { ingestCommand } from "./ingest.js";
import { matchCommand } from "./match.js";
import { statesCommand } from "./states.js";
import { seedCommand } from "./seed.js";
import { analyticsCommand } from "./analytics.js";
import { reportCommand } from "./report.js";
import { dbCommand } from "./db.js";
import { serveCommand } from "./serve.js";

/** Every sub-command, in the order `tahub --help` lists them. Add new commands here. */
export const COMMANDS: Command[] = [
  conventionCommand,
  statesCommand,
  classifyCommand,
  matchCommand,
  evalCommand,
  benchCommand,
  ingestCommand,
  seedCommand,
  analyticsCommand,
  reportCommand,
  dbCommand,
  serveCommand,
];
