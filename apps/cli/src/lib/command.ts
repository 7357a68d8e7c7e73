import { parseArgs, type ParseArgsConfig } from "node:util";

/** What every `tahub` sub-command provides. Commands write to `io`, never to process.stdout directly, so tests can capture them. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  options?: ParseArgsConfig["options"];
  /** Targets of a verb (`tahub bench analytics --help` prints the target's own usage). */
  targets?: Record<string, { summary: string; usage: string }>;
  /** The exit code; commands that read only constants answer synchronously. */
  run(ctx: CommandContext): number | Promise<number>;
}

export interface CommandContext {
  positionals: string[];
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  io: Io;
}

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Whether stderr is a terminal (progress bars only there). */
  isTTY: boolean;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
  isTTY: Boolean(process.stderr.isTTY),
};

/** A user mistake: printed without a stack trace, exit code 2. */
export class UsageError extends Error {}

export function parseCommandArgs(cmd: Command, argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { help: { type: "boolean", short: "h" }, ...cmd.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\nusage: ${cmd.usage}`);
  }
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** Left-aligned plain-text table for readable output. */
export function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((r) =>
    r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join("  "),
  );
}
