/**
 * @module Start-up timings of the `lodestone` command (compiled CLI, bin/lodestone.js) and the CPU time of loading
 * data/: `--help`, and a query on a loaded store (a temporary LODESTONE_HOME loaded once, untimed), median wall ms.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDataset } from "../src/dataset/load.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const BIN = join(ROOT, "bin", "lodestone.js");
const QUERY = ["figures", "--metric", "mine_production", "--period", "2024", "--latest"];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs `lodestone args` and returns its wall time in ms; throws with its stderr when it fails. */
function lodestone(args: string[], env: Record<string, string> = {}): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`lodestone ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

export async function runStartupBench(): Promise<Record<string, number>> {
  lodestone(["--help"]); // compiles dist/cli when stale, untimed
  const help = Array.from({ length: 5 }, () => lodestone(["--help"]));
  const home = mkdtempSync(join(tmpdir(), "lodestone-bench-"));
  try {
    const env = { LODESTONE_HOME: home };
    lodestone(["data", "load"], env); // first start: loads data/ into the new store, untimed
    const query = Array.from({ length: 3 }, () => lodestone(QUERY, env));
    const cpu: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = process.cpuUsage();
      const r = await loadDataset(join(ROOT, "data"));
      const used = process.cpuUsage(t);
      if (!r.ok) throw new Error("data/ does not load: run npx lodestone data check");
      cpu.push((used.user + used.system) / 1000);
    }
    return {
      "startup.help_ms": median(help),
      "startup.query_loaded_store_ms": median(query),
      "data.load_cpu_ms": median(cpu),
    };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
