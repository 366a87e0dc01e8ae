/** @module Effects: everything a CLI command does to its environment, injectable so tests pass mocks (house habit 10). */
import { readFile, writeFile, rename, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { Store } from "../store/store.ts";

export interface Effects {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  /** Reads a file's bytes (for strict decoding of articles). */
  readBytes(path: string): Promise<Uint8Array>;
  /** Writes atomically: to a temporary file beside `path`, then renames it over `path`. */
  writeFileAtomic(path: string, text: string): Promise<void>;
  /** Reads standard input to the end (for `-` arguments). */
  readStdin(): Promise<string>;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stderr is a terminal (progress bars draw only there). */
  isTTY: boolean;
  /**
   * The store commands work on instead of the configured one (src/cli/config.ts: commandStore); absent in the real
   * CLI. Tests hand one opened store to many commands: opening the bundled store is most of a read command's time.
   */
  openStore?: () => Promise<Store>;
}

export function defaultEffects(): Effects {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readFile: (p) => readFile(p, "utf8"),
    readBytes: (p) => readFile(p),
    writeFileAtomic: async (p, text) => {
      await mkdir(dirname(p), { recursive: true });
      const tmp = `${p}.${process.pid}.tmp`;
      await writeFile(tmp, text);
      await rename(tmp, p);
    },
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stderr.isTTY),
  };
}

/**
 * Effects that record output in memory; for tests. With `store`, commands use that open store (left open when they
 * finish) instead of opening the one `env` configures.
 */
export function memoryEffects(
  files: Record<string, string> = {},
  env: Record<string, string> = {},
  store?: Store,
) {
  const out: string[] = [];
  const err: string[] = [];
  const effects: Effects = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: async (p) => {
      if (p in files) return files[p]!;
      return readFile(p, "utf8");
    },
    readBytes: async (p) => {
      if (p in files) return new TextEncoder().encode(files[p]!);
      return readFile(p);
    },
    writeFileAtomic: async (p, text) => {
      files[p] = text;
    },
    readStdin: async () => files["-"] ?? "",
    cwd: process.cwd(),
    env,
    isTTY: false,
    ...(store && { openStore: async (): Promise<Store> => ({ ...store, close: async () => {} }) }),
  };
  return { effects, out: () => out.join(""), err: () => err.join(""), files };
}
