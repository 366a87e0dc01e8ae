/**
 * @module Store lock: one process at a time opens the embedded (PGlite) store folder. The lock is a Unix domain socket
 * bound inside the data folder: binding fails while a live process holds it (whatever its PID namespace, as long as
 * the folder is shared), the kernel drops it when the holder dies (even by kill -9), and a stale socket file left
 * behind refuses connections, so it is replaced. The holder answers each connection with one JSON line describing
 * itself, so a CLI that finds the store busy can name the owner or use its HTTP API.
 */
import { mkdir, rm, rmdir, stat } from "node:fs/promises";
import { createConnection, createServer, type Server } from "node:net";
import { join } from "node:path";
import { UserError } from "./errors.ts";

/** What the holder of the lock says about itself. */
export interface LockOwner {
  pid: number;
  /** The command holding the store, e.g. `serve` or `ingest`. */
  command: string;
  /** The HTTP address of the API when the holder is a server, else null. */
  url: string | null;
}

export interface StoreLock {
  /** The socket's path (inside the data folder). */
  readonly path: string;
  /** Publishes the holder's HTTP address, so other `lodestone` commands can read through the API. */
  advertise(url: string): void;
  release(): Promise<void>;
}

/** The store is held by another live process (`owner`, when it answered). */
export class StoreBusyError extends UserError {
  readonly owner: LockOwner | null;
  constructor(message: string, owner: LockOwner | null) {
    super(message);
    this.name = "StoreBusyError";
    this.owner = owner;
  }
}

let commandName = "lodestone";
/** Names the running command in the lock, so a process that finds the store busy can say who holds it (main.ts). */
export function setLockCommand(name: string): void {
  commandName = name;
}

/** The lock socket's name inside the data folder. */
export const LOCK_SOCKET = "store.sock";
// Unix socket paths are limited to 107 bytes on Linux (103 on macOS).
const MAX_SOCKET_PATH = 100;

function listen(server: Server, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => reject(e);
    server.once("error", onError);
    server.listen(path, () => {
      server.off("error", onError);
      resolve();
    });
  });
}

/** Asks the process bound at `path` who it is: its answer, `null` when it accepts but says nothing useful, `"stale"` when nobody listens. */
export function askOwner(path: string, timeoutMs = 2000): Promise<LockOwner | null | "stale"> {
  return new Promise((resolve) => {
    let text = "";
    const socket = createConnection(path);
    const done = (v: LockOwner | null | "stale") => {
      socket.destroy();
      resolve(v);
    };
    socket.setTimeout(timeoutMs, () => done(null));
    socket.on("data", (d) => {
      text += d.toString("utf8");
      if (text.includes("\n")) {
        try {
          const o = JSON.parse(text.split("\n")[0]!) as Partial<LockOwner>;
          done({ pid: Number(o.pid) || 0, command: String(o.command ?? "?"), url: o.url ?? null });
        } catch {
          done(null);
        }
      }
    });
    socket.on("end", () => done(null));
    socket.on("error", (e: NodeJS.ErrnoException) =>
      done(e.code === "ECONNREFUSED" || e.code === "ENOENT" ? "stale" : null),
    );
  });
}

function busy(owner: LockOwner | null): StoreBusyError {
  const who = owner
    ? `process ${owner.pid} ("lodestone ${owner.command}"${owner.url ? ` at ${owner.url}` : ""})`
    : "another process";
  return new StoreBusyError(
    `the embedded store is in use by ${who}. Wait for it to finish, stop it, or set DATABASE_URL to share a PostgreSQL server.`,
    owner,
  );
}

/**
 * Takes the store lock of data folder `dir` for `command`. A live holder makes it throw StoreBusyError naming the
 * holder; a stale socket (its process died) is replaced. Replacing is guarded by a directory created atomically, so
 * two processes that both find the socket stale never both take it.
 */
export async function acquireStoreLock(dir: string, command = commandName): Promise<StoreLock> {
  const path = join(dir, LOCK_SOCKET);
  if (Buffer.byteLength(path) > MAX_SOCKET_PATH)
    throw new UserError(
      `the data folder path is too long for its lock socket (${Buffer.byteLength(path)} bytes, at most ${MAX_SOCKET_PATH}): set LODESTONE_HOME to a shorter path`,
    );
  let url: string | null = null;
  const server = createServer((socket) => {
    socket.on("error", () => {});
    socket.end(`${JSON.stringify({ pid: process.pid, command, url })}\n`);
  });
  server.unref();
  const held: StoreLock = {
    path,
    advertise(u) {
      url = u;
    },
    // Closing the server unlinks the socket file (never remove it by name: another process may hold it by then).
    release: () => new Promise<void>((r) => server.close(() => r())),
  };
  const guard = `${path}.replacing`;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await listen(server, path);
      return held;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EADDRINUSE") throw e;
    }
    const owner = await askOwner(path);
    if (owner !== "stale") throw busy(owner);
    try {
      await mkdir(guard);
    } catch {
      // Another process is replacing the stale socket; a guard older than 10 s is itself left over from a crash.
      const age = Date.now() - ((await stat(guard).catch(() => null))?.mtimeMs ?? Date.now());
      if (age > 10_000) await rmdir(guard).catch(() => {});
      await new Promise((r) => setTimeout(r, 50 + 100 * attempt));
      continue;
    }
    try {
      if ((await askOwner(path)) === "stale") await rm(path, { force: true });
      await listen(server, path).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== "EADDRINUSE") throw e;
      });
      if (server.listening) return held;
    } finally {
      await rmdir(guard).catch(() => {});
    }
  }
  throw busy(null);
}
