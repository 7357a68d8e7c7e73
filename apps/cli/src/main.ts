#!/usr/bin/env -S npx tsx
import { runCli } from "./cli.js";
import { processIo } from "./lib/command.js";

// Some commands hold resources (a database, a server) and exit on their own terms;
// the exit code is set rather than forced so pending output is flushed.
process.exitCode = await runCli(process.argv.slice(2), processIo);
