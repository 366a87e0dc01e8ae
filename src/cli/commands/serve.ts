/** @module `lodestone serve`: the HTTP API and the dashboard on one port. */
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { createApp } from "../../api/app.ts";
import { parseCommandArgs, parseIntOption } from "../args.ts";
import { advertiseServer, openConfiguredStore, PACKAGE_ROOT, storeLocation } from "../config.ts";
import { ensureBundledData } from "../ensure-data.ts";
import { baselineModelFor } from "../baseline-model.ts";
import type { Command } from "../errors.ts";

export const serveCommand: Command = async (args, fx) => {
  const { values } = parseCommandArgs("serve", args, { port: { type: "string" }, host: { type: "string" } });
  const port = parseIntOption("serve", "port", values.port ?? fx.env.PORT ?? "3000", 0, 65535) ?? 3000;
  const host = values.host ?? fx.env.HOST ?? "127.0.0.1";
  const store = await openConfiguredStore(fx.env);
  await ensureBundledData(store, (l) => fx.stderr(`${l}\n`));
  const app = createApp({ store, model: (extraction) => baselineModelFor(extraction, fx) });
  const webDir = join(PACKAGE_ROOT, "dist", "web");
  if (existsSync(webDir)) {
    const root = relative(process.cwd(), webDir) || ".";
    app.use("/*", serveStatic({ root }));
    app.get("/*", serveStatic({ root, path: "index.html" }));
  } else {
    fx.stderr("dashboard not built (run npm run build:web); serving the API only\n");
  }
  const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
    // Other lodestone commands that find the store busy read through this API (loopback when bound to all addresses).
    const local = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
    advertiseServer(store, `http://${local}:${info.port}`);
    fx.stdout(
      `Lodestone is running at http://${host}:${info.port}/  (API: /api, OpenAPI: /api/openapi.json; store: ${storeLocation(fx.env)})\n`,
    );
  });
  await new Promise<void>((resolvePromise) => {
    const stop = () => {
      server.close();
      store.close().finally(resolvePromise);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  return 0;
};
