import { UsageError, type CommandContext } from "./command.js";

/** A target of a verb such as `tahub eval <target>` or `tahub bench <target>`. */
export interface SubCommand {
  summary: string;
  usage: string;
  run(ctx: CommandContext): Promise<number>;
}

/** Dispatches `ctx.positionals[0]` to one of `targets`, with a clear error listing them. */
export async function dispatch(
  verb: string,
  targets: Record<string, SubCommand>,
  ctx: CommandContext,
): Promise<number> {
  const [target, ...rest] = ctx.positionals;
  const names = Object.keys(targets);
  const sub = target ? targets[target] : undefined;
  if (!sub) {
    throw new UsageError(
      `${target ? `unknown target "${target}"` : "missing target"}; one of: ${names.join(", ") || "(none yet)"}`,
    );
  }
  return sub.run({ ...ctx, positionals: rest });
}
