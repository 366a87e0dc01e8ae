#!/usr/bin/env node
// `npm test`: type-check and lint beside the web build + Vitest, so the run takes as long as its longest part.
// Vitest prints as it goes; the other steps print when they finish. Fails when any step fails.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const bin = (name) => `node_modules/.bin/${name}`;
// Incremental type-check: its state is kept per checkout (node_modules may be shared between checkouts).
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const tsState = `node_modules/.cache/tsc-${createHash("sha256").update(ROOT).digest("hex").slice(0, 12)}.tsbuildinfo`;
/** Each chain runs its steps in order; chains run side by side. */
const CHAINS = [
  [
    {
      name: "type-check",
      cmd: bin("tsc"),
      args: ["--noEmit", "--incremental", "--tsBuildInfoFile", tsState],
    },
  ],
  [{ name: "lint", cmd: bin("biome"), args: ["check", "."] }],
  [
    { name: "web build", cmd: bin("vite"), args: ["build", "--logLevel", "warn"] },
    {
      name: "tests",
      cmd: bin("vitest"),
      args: [
        "run",
        "--reporter=default",
        "--reporter=json",
        "--outputFile.json=node_modules/.cache/vitest-results.json",
        ...process.argv.slice(2),
      ],
      live: true,
      env: { TZ: "UTC" },
    },
  ],
];

const children = new Set();
function run(step) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(step.cmd, step.args, {
      stdio: step.live ? "inherit" : ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...step.env, FORCE_COLOR: process.stdout.isTTY ? "1" : "0" },
    });
    children.add(child);
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    const done = (code, error) => {
      children.delete(child);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const ok = code === 0;
      if (output.trim() && (!ok || step.name !== "web build"))
        process.stdout.write(`\n── ${step.name} ──\n${output}`);
      if (error) process.stdout.write(`\n── ${step.name} ──\ncannot run ${step.cmd}: ${error.message}\n`);
      resolve({ name: step.name, ok, seconds });
    };
    child.on("error", (e) => done(1, e));
    child.on("close", (code) => done(code ?? 1));
  });
}

async function chain(steps) {
  const results = [];
  for (const step of steps) {
    const r = await run(step);
    results.push(r);
    if (!r.ok) break;
  }
  return results;
}

for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    for (const c of children) c.kill(signal);
    process.exit(130);
  });

const results = (await Promise.all(CHAINS.map(chain))).flat();
const failed = results.filter((r) => !r.ok);
console.log(
  `\nnpm test: ${results.map((r) => `${r.name} ${r.ok ? "ok" : "FAILED"} (${r.seconds} s)`).join(", ")}`,
);
process.exitCode = failed.length ? 1 : 0;
