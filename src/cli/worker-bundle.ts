/**
 * @module Worker-thread code as one JavaScript text, so workers need neither tsx nor a build step: the compiled CLI
 * ships each worker prebuilt as `<name>.cjs` beside itself (bin/build-cli.js); from source the worker's `.ts` entry
 * is bundled with esbuild once per process.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const bundles = new Map<string, Promise<string>>();

/** Bundles a worker entry file into CommonJS text with esbuild, once per process and entry. */
export function bundleWorker(entry: URL): Promise<string> {
  const path = fileURLToPath(entry);
  let text = bundles.get(path);
  if (!text) {
    text = import("esbuild").then(async (esbuild) => {
      const r = await esbuild.build({
        entryPoints: [path],
        bundle: true,
        write: false,
        format: "cjs",
        platform: "node",
        target: "node20",
        logLevel: "silent",
      });
      return r.outputFiles[0]!.text;
    });
    bundles.set(path, text);
  }
  return text;
}

/** The code of worker `name` next to the calling module (`base` = its import.meta.url): prebuilt, else bundled. */
export function workerCode(base: string, name: string): Promise<string> {
  const prebuilt = new URL(`./${name}.cjs`, base);
  if (existsSync(prebuilt)) return readFile(prebuilt, "utf8");
  return bundleWorker(new URL(`./${name}.ts`, base));
}
