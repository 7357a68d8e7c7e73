/**
 * Load benchmark: starts real `tahub serve` processes (demo data) and drives them with
 * autocannon on 127.0.0.1. Prints JSON: requests/second, latency and errors per endpoint.
 *
 *   pnpm --filter @tahub/server bench:load                         # one process, embedded PGlite
 *   TAHUB_BENCH_PG_URL=postgresql://postgres@127.0.0.1:55432/postgres \
 *     pnpm --filter @tahub/server bench:load -- --processes 2      # two processes, one PostgreSQL
 *
 * With two processes it also checks that they serve the same data: a need created through one
 * is read back through the other. Bounded: every run lasts `--seconds` per endpoint.
 *
 * Inputs vary per request (bench/inputs.ts): classify draws from the dev-set texts, needs.list
 * from filter combinations, so the server's read cache and the database see realistic variety,
 * not one cached query. The JSON says how many distinct inputs each endpoint drew from.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { devTexts, needsListInputs, seeded, trpcPath } from "./inputs.js";

const { values } = parseArgs({
  // pnpm passes a literal "--" through; ignore it.
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    processes: { type: "string", default: "1" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "32" },
  },
});
const processes = Number(values.processes);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const pgUrl = process.env.TAHUB_BENCH_PG_URL;
const repo = resolve(import.meta.dirname, "../../..");

function start(port: number, env: Record<string, string>): ChildProcess {
  return spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      join(repo, "apps/cli/src/main.ts"),
      "serve",
      "--demo",
      "--port",
      String(port),
    ],
    {
      cwd: repo,
      env: { ...process.env, ...env, LOG_LEVEL: "warn", DOTENV_CONFIG_QUIET: "true" },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
}

async function waitHealthy(port: number, ms = 180_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server on ${port} not healthy after ${ms} ms`);
}

const trpc = trpcPath;
const rand = seeded(20261201);
const ENDPOINTS: Record<string, string[]> = {
  "classify.text": devTexts(repo).map((text) => trpc("classify.text", { text })),
  "needs.list": needsListInputs(2_000, rand).map((input) => trpc("needs.list", input)),
};

async function load(ports: number[], paths: string[]) {
  const runs = await Promise.all(
    ports.map((port) =>
      autocannon({
        url: `http://127.0.0.1:${port}`,
        connections: Math.ceil(connections / ports.length),
        duration: seconds,
        requests: [
          {
            method: "GET",
            // Each request draws its own input.
            setupRequest: (req) => ({
              ...req,
              path: paths[Math.floor(Math.random() * paths.length)] ?? req.path,
            }),
          },
        ],
      }),
    ),
  );
  const sum = (f: (r: autocannon.Result) => number) => runs.reduce((s, r) => s + f(r), 0);
  return {
    distinctInputs: new Set(paths).size,
    requestsPerSecond: Math.round(sum((r) => r.requests.average)),
    latencyP50ms: Math.max(...runs.map((r) => r.latency.p50)),
    latencyP99ms: Math.max(...runs.map((r) => r.latency.p99)),
    errors: sum((r) => r.errors + r.timeouts + r.non2xx),
    requests: sum((r) => r.requests.total),
  };
}

async function sameData(ports: number[]) {
  const [a, b] = ports as [number, number];
  const login = await fetch(`http://127.0.0.1:${a}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "analyst@tahub.demo", password: "tahub-demo-2023" }),
  });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const text = `Load-test need ${Date.now()}: training on e-procurement audits (art. 9)`;
  const created = await fetch(`http://127.0.0.1:${a}/trpc/needs.create`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ state: "KEN", text }),
  });
  const id = ((await created.json()) as { result: { data: { id: string } } }).result.data.id;
  // The session made on A is valid on B: sessions live in the database.
  const read = await fetch(`http://127.0.0.1:${b}${trpc("needs.byId", { id })}`, {
    headers: { cookie },
  });
  const got = ((await read.json()) as { result?: { data: { text: string } } }).result?.data.text;
  return got === text;
}

const basePort = 4300 + Math.floor(Math.random() * 500);
const ports = Array.from({ length: processes }, (_, i) => basePort + i);
const [firstPort, ...otherPorts] = ports;
if (firstPort === undefined) throw new Error("--processes must be at least 1");
const env: Record<string, string> = pgUrl
  ? { DATABASE_URL: pgUrl }
  : { TAHUB_DATA_DIR: mkdtempSync(join(tmpdir(), "tahub-load-")) };
if (processes > 1 && !pgUrl)
  throw new Error("two processes need a shared PostgreSQL: set TAHUB_BENCH_PG_URL");

// The first process migrates and seeds; the others start once it is healthy.
const children = [start(firstPort, env)];
try {
  await waitHealthy(firstPort);
  for (const p of otherPorts) children.push(start(p, env));
  for (const p of otherPorts) await waitHealthy(p);
  const results: Record<string, unknown> = {
    backend: pgUrl ? "postgres" : "pglite",
    processes,
    seconds,
    connections,
  };
  for (const [name, paths] of Object.entries(ENDPOINTS)) results[name] = await load(ports, paths);
  if (processes > 1) results.sameDataAcrossProcesses = await sameData(ports);
  console.log(JSON.stringify(results, null, 2));
} finally {
  for (const c of children) c.kill("SIGTERM");
}
