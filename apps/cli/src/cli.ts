import { COMMANDS } from "./commands/index.js";
import { parseCommandArgs, UsageError, type Io } from "./lib/command.js";

function help(io: Io) {
  io.out("tahub — TA Hub command line\n\nusage: tahub <command> [options]\n\ncommands:");
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  for (const c of COMMANDS) io.out(`  ${c.name.padEnd(width)}  ${c.summary}`);
  io.out("\nRun `tahub <command> --help` for a command's options.");
}

/** Runs one invocation and returns the exit code; never calls process.exit, so tests can call it. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    help(io);
    return 0;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.err(`tahub: unknown command "${name}"`);
    help(io);
    return 2;
  }
  try {
    const { values, positionals } = parseCommandArgs(cmd, rest);
    if (values.help) {
      const target = positionals[0] ? cmd.targets?.[positionals[0]] : undefined;
      const about = target ?? cmd;
      io.out(`${about.summary}\n\nusage: ${about.usage}`);
      return 0;
    }
    return await cmd.run({ values, positionals, io });
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`tahub ${cmd.name}: ${e.message}`);
      return 2;
    }
    io.err(`tahub ${cmd.name}: ${(e as Error).message}`);
    return 1;
  }
}
