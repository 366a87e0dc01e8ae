/**
 * @module startServer: the API and the dashboard on a Node HTTP server with bounded work per connection (request,
 * header and idle timeouts, a connection cap), article extraction on worker threads, the Host allow-list for the
 * bound address, and a one-line error for a busy port. Used by `lodestone serve` and the load benchmark.
 */
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { availableParallelism, hostname, networkInterfaces } from "node:os";
import { relative } from "node:path";
import { createAdaptorServer } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { createApp } from "../../api/app.ts";
import { ApiError } from "../../api/error.ts";
import { LOOPBACK_HOSTS } from "../../api/middleware/host-guard.ts";
import type { ModelBaseline } from "../../check/index.ts";
import type { Extraction } from "../../extract/index.ts";
import type { Store } from "../../store/store.ts";
import type { ModelRunner } from "../baseline-model.ts";
import { UserError } from "../errors.ts";
import { ExtractBusyError, ExtractPool } from "../extract-workers.ts";

/** Limits of the Node server (the body limit is the API's: src/api/middleware/body-limit.ts). */
export const SERVER_LIMITS = {
  /** Whole request, headers and body, must arrive within this time. */
  requestTimeoutMs: 30_000,
  /** Headers must arrive within this time (slow-header clients). */
  headersTimeoutMs: 10_000,
  /** An idle keep-alive connection is closed after this time. */
  keepAliveTimeoutMs: 5_000,
  /** A connection with no traffic at all is closed after this time. */
  idleTimeoutMs: 60_000,
  /** Connections beyond this number are refused at accept. */
  maxConnections: 256,
} as const;

export interface StartOptions {
  store: Store;
  host: string;
  port: number;
  /** The write token (see src/cli/token.ts). */
  token: string;
  /** Built dashboard folder; API only when missing. */
  webDir?: string | undefined;
  /** Host names accepted beyond the automatic ones when bound beyond loopback (LODESTONE_ALLOWED_HOSTS). */
  extraHosts?: readonly string[];
  /** The claim checks' model for an extraction; `run` computes the bands on the server's worker threads. */
  model?: (extraction: Extraction, run: ModelRunner) => Promise<ModelBaseline | undefined>;
  /** Extraction worker threads (default: one per core but one, at least one). */
  workers?: number;
}

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

const isLoopback = (host: string) => LOOPBACK_HOSTS.includes(host.toLowerCase()) || /^127\./.test(host);

/** The Host names this server answers to: loopback names, plus (bound beyond loopback) this machine's names. */
export function allowedHostsFor(host: string, extra: readonly string[] = []): string[] {
  if (isLoopback(host)) return [...LOOPBACK_HOSTS];
  const wildcard = host === "0.0.0.0" || host === "::";
  const local = wildcard
    ? Object.values(networkInterfaces())
        .flat()
        .flatMap((i) => (i ? [i.address] : []))
    : [host];
  return [...new Set([...LOOPBACK_HOSTS, ...local, hostname(), ...extra].map((h) => h.toLowerCase()))];
}

export async function startServer(o: StartOptions): Promise<RunningServer> {
  const pool = await ExtractPool.start({ workers: o.workers ?? Math.max(1, availableParallelism() - 1) });
  const extract = async (text: string, docDate: string | undefined) => {
    try {
      return await pool.extract(text, docDate);
    } catch (e) {
      if (e instanceof ExtractBusyError) throw new ApiError(503, "busy", e.message);
      throw e;
    }
  };
  const app = createApp({
    store: o.store,
    token: o.token,
    allowedHosts: allowedHostsFor(o.host, o.extraHosts),
    extract,
    ...(o.model ? { model: (x: Extraction) => o.model!(x, (s, opts) => pool.model(s, opts)) } : {}),
  });
  if (o.webDir && existsSync(o.webDir)) {
    const root = relative(process.cwd(), o.webDir) || ".";
    const files = serveStatic({ root });
    const index = serveStatic({ root, path: "index.html" });
    // /api/* never falls through to the dashboard: an unknown API path gets the JSON 404.
    const notApi = (path: string) => path !== "/api" && !path.startsWith("/api/");
    app.use("/*", (c, next) => (notApi(c.req.path) ? files(c, next) : next()));
    app.get("/*", (c, next) => (notApi(c.req.path) ? index(c, next) : next()));
  }
  const server = createAdaptorServer({
    fetch: app.fetch,
    serverOptions: {
      requestTimeout: SERVER_LIMITS.requestTimeoutMs,
      headersTimeout: SERVER_LIMITS.headersTimeoutMs,
      keepAliveTimeout: SERVER_LIMITS.keepAliveTimeoutMs,
      connectionsCheckingInterval: 1_000,
    },
  });
  server.maxConnections = SERVER_LIMITS.maxConnections;
  server.setTimeout(SERVER_LIMITS.idleTimeoutMs);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(o.port, o.host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (e) {
    await pool.close();
    const err = e as NodeJS.ErrnoException;
    const other = o.port === 65535 ? o.port - 1 : o.port + 1;
    if (err.code === "EADDRINUSE")
      throw new UserError(
        `port ${o.port} on ${o.host} is already in use; choose another with PORT=${other} npm start (or lodestone serve --port ${other})`,
      );
    if (err.code === "EACCES")
      throw new UserError(
        `not allowed to listen on port ${o.port}; choose one above 1023 with PORT=3000 npm start (or lodestone serve --port 3000)`,
      );
    if (err.code === "EADDRNOTAVAIL" || err.code === "ENOTFOUND")
      throw new UserError(`cannot listen on ${o.host}: no such address on this machine (HOST or --host)`);
    throw e;
  }
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
      await pool.close();
    },
  };
}
