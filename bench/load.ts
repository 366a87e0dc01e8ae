/**
 * @module Loopback load benchmark: `/api/figures` with filters at concurrency 10 for a fixed time, and `/api/health`
 * probed meanwhile, on PGlite and (when LODESTONE_TEST_DATABASE_URL or DATABASE_URL is set) on PostgreSQL. The server
 * runs in a child process (bench/load-server.ts); the load loop uses node:http with keep-alive sockets (no new
 * dependency). Bounded in time: CASE_MS per case plus the server's start.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { fileURLToPath } from "node:url";

const CASE_MS = 5_000;
const CONCURRENCY = 10;
/** Filtered queries a dashboard page issues, rotated so no single plan is favoured. */
const FIGURE_PATHS = [
  "/api/figures?metric=export_volume&entity=China&counterparty=Germany&from=2025-01&to=2025-09&per=month",
  "/api/figures?metric=mine_production&from=2024&to=2024&vintage=latest&limit=50",
  "/api/figures?metric=export_volume&entity=China&from=2024-01&preferred=true&limit=200",
  "/api/figures?dataset=china-magnet-exports&counterparty=United%20States&per=month",
];

interface Running {
  port: number;
  /** The server process's CPU time so far in ms (Linux /proc; undefined elsewhere). */
  cpuMs(): number | undefined;
  stop(): Promise<void>;
}

function startServer(url: string | undefined): Promise<Running> {
  const script = fileURLToPath(new URL("./load-server.ts", import.meta.url));
  const runTs = fileURLToPath(new URL("../bin/run-ts.js", import.meta.url));
  const child = spawn(process.execPath, [runTs, script, ...(url ? [url] : [])], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (d: string) => {
      out += d;
      const line = out.split("\n")[0];
      if (out.includes("\n") && line) {
        const { port } = JSON.parse(line) as { port: number };
        resolve({
          port,
          cpuMs: () => {
            try {
              // fields 14 and 15 (utime, stime) in clock ticks of 10 ms, after the parenthesised command name
              const f = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
              return (Number(f[11]) + Number(f[12])) * 10;
            } catch {
              return undefined;
            }
          },
          stop: () =>
            new Promise((done) => {
              child.once("exit", () => done());
              child.kill("SIGTERM");
            }),
        });
      }
    });
    child.once("exit", (code) => reject(new Error(`bench server exited with ${code} before it was ready`)));
  });
}

function get(agent: Agent, port: number, path: string): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, agent }, (res) => {
      res.resume();
      res.once("end", () =>
        res.statusCode === 200
          ? resolve(performance.now() - t0)
          : reject(new Error(`${path}: ${res.statusCode}`)),
      );
    });
    req.once("error", reject);
    req.end();
  });
}

const quantile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : Number.NaN;

/** Figures at CONCURRENCY for CASE_MS with one health probe every 20 ms beside them. */
async function loadCase({ port, cpuMs }: Running) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY + 1 });
  for (const p of FIGURE_PATHS) await get(agent, port, p); // warm-up: first plans, caches
  const figures: number[] = [];
  const health: number[] = [];
  const end = performance.now() + CASE_MS;
  let i = 0;
  const worker = async () => {
    while (performance.now() < end)
      figures.push(await get(agent, port, FIGURE_PATHS[i++ % FIGURE_PATHS.length]!));
  };
  const probe = async () => {
    while (performance.now() < end) {
      health.push(await get(agent, port, "/api/health"));
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const t0 = performance.now();
  const cpu0 = cpuMs();
  await Promise.all([...Array.from({ length: CONCURRENCY }, worker), probe()]);
  const seconds = (performance.now() - t0) / 1000;
  const cpu1 = cpuMs();
  agent.destroy();
  figures.sort((a, b) => a - b);
  health.sort((a, b) => a - b);
  return {
    figures_req_per_s: figures.length / seconds,
    figures_p50_ms: quantile(figures, 0.5),
    figures_p99_ms: quantile(figures, 0.99),
    health_p99_ms: quantile(health, 0.99),
    // Server CPU per request (figures and health): the cost when the machine is shared and wall times are not.
    ...(cpu0 !== undefined && cpu1 !== undefined
      ? { server_cpu_ms_per_req: (cpu1 - cpu0) / (figures.length + health.length) }
      : {}),
  };
}

/** `load.<store>.*` measures; PostgreSQL only when a URL is set. */
export async function runLoadBench(): Promise<Record<string, number>> {
  const results: Record<string, number> = {};
  const pg = process.env.LODESTONE_TEST_DATABASE_URL || process.env.DATABASE_URL;
  for (const [name, url] of [["pglite", undefined], ...(pg ? [["postgres", pg]] : [])] as const) {
    const server = await startServer(url);
    try {
      for (const [k, v] of Object.entries(await loadCase(server))) results[`load.${name}.${k}`] = v;
    } finally {
      await server.stop();
    }
  }
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(await runLoadBench());
