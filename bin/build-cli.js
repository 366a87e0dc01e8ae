#!/usr/bin/env node
// Compiles the `lodestone` command to JavaScript in dist/cli/ with esbuild (npm packages stay external and
// resolve from node_modules): main.js plus lazily loaded chunks, mc-worker.cjs (the Monte Carlo worker, all
// inlined), the SQL migrations, and inputs.json (every source file the build read, for the staleness check in
// bin/lodestone.js). Files are written then renamed, entry points last; chunks are content-named and old ones
// are kept a day, so a running `lodestone serve` never loses a chunk it has yet to load.
// Run: node bin/build-cli.js (npm runs it on install and on `npm start`).
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../", import.meta.url));
export const OUT = join(ROOT, "dist", "cli");
export const MANIFEST = join(OUT, "inputs.json");
const MIGRATIONS = join(ROOT, "src", "store", "migrations");

/** Writes `data` to `path` atomically (temporary file, then rename). */
function writeAtomic(path, data) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/** Builds dist/cli; returns the number of milliseconds it took. */
export async function buildCli() {
  const started = performance.now();
  const esbuild = await import("esbuild");
  const common = {
    bundle: true,
    write: false,
    platform: "node",
    target: "node20",
    logLevel: "warning",
    metafile: true,
  };
  const [cli, worker] = await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: { main: join(ROOT, "src", "cli", "main.ts") },
      outdir: OUT,
      format: "esm",
      splitting: true,
      packages: "external",
      chunkNames: "chunk-[hash]",
    }),
    esbuild.build({
      ...common,
      entryPoints: [join(ROOT, "src", "cli", "mc-worker.ts")],
      outfile: join(OUT, "mc-worker.cjs"),
      format: "cjs",
    }),
  ]);
  const migrations = readdirSync(MIGRATIONS).filter((f) => f.endsWith(".sql"));
  for (const f of migrations) writeAtomic(join(OUT, "migrations", f), readFileSync(join(MIGRATIONS, f)));
  const entries = [];
  for (const file of [...cli.outputFiles, ...worker.outputFiles]) {
    if (/[\\/]chunk-[^\\/]+\.js$/.test(file.path)) {
      if (!existsSync(file.path)) writeAtomic(file.path, file.contents);
    } else entries.push(file);
  }
  const inputs = new Set([
    ...Object.keys(cli.metafile.inputs),
    ...Object.keys(worker.metafile.inputs),
    ...migrations.map((f) => relative(ROOT, join(MIGRATIONS, f))),
    "bin/build-cli.js",
  ]);
  // Local sources only (external packages are not inputs); esbuild names them relative to the working directory.
  const local = [...inputs]
    .map((p) => relative(ROOT, join(process.cwd(), p)))
    .filter((p) => !p.startsWith("..") && !p.includes("node_modules"));
  for (const file of entries) writeAtomic(file.path, file.contents);
  writeAtomic(MANIFEST, `${JSON.stringify({ inputs: local.sort() }, null, 1)}\n`);
  pruneChunks(new Set(cli.outputFiles.map((f) => f.path)));
  return performance.now() - started;
}

/** Removes chunks of earlier builds that are more than a day old. */
function pruneChunks(current) {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const f of readdirSync(OUT)) {
    const p = join(OUT, f);
    if (f.startsWith("chunk-") && !current.has(p) && statSync(p).mtimeMs < dayAgo) rmSync(p, { force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ms = await buildCli();
  console.log(
    `lodestone: compiled the CLI to ${relative(process.cwd(), OUT) || "."} in ${Math.round(ms)} ms`,
  );
}
