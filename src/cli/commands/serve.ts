/** @module `lodestone serve`: the HTTP API and the dashboard on one port (limits and security: serve-server.ts). */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseCommandArgs, parseIntOption } from "../args.ts";
import { advertiseServer, openConfiguredStore, PACKAGE_ROOT, storeLocation } from "../config.ts";
import { ensureBundledData } from "../ensure-data.ts";
import { baselineModelFor } from "../baseline-model.ts";
import type { Command } from "../errors.ts";
import { generateToken, readToken, saveToken, tokenPath } from "../token.ts";
import { startServer } from "./serve-server.ts";

export const serveCommand: Command = async (args, fx) => {
  const { values } = parseCommandArgs("serve", args, { port: { type: "string" }, host: { type: "string" } });
  const port = parseIntOption("serve", "port", values.port ?? fx.env.PORT ?? "3000", 0, 65535) ?? 3000;
  const host = values.host ?? fx.env.HOST ?? "127.0.0.1";
  // A new token is saved (and shown) only once the server listens, so a failed first start shows it next time.
  const existing = await readToken(fx.env);
  const token = existing ?? generateToken();
  const store = await openConfiguredStore(fx.env);
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    await ensureBundledData(store, (l) => fx.stderr(`${l}\n`));
    const webDir = join(PACKAGE_ROOT, "dist", "web");
    server = await startServer({
      store,
      host,
      port,
      token,
      webDir,
      extraHosts: (fx.env.LODESTONE_ALLOWED_HOSTS ?? "").split(",").flatMap((h) => h.trim() || []),
      model: (extraction, run) => baselineModelFor(extraction, fx, run),
    });
    if (!existsSync(webDir)) fx.stderr("dashboard not built (run npm run build:web); serving the API only\n");
  } catch (e) {
    await store.close();
    throw e;
  }
  const shown = host.includes(":") ? `[${host}]` : host;
  // Other lodestone commands that find the store busy read through this API (loopback when bound to all addresses).
  const local = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : shown;
  advertiseServer(store, `http://${local}:${server.port}`);
  fx.stdout(
    `Lodestone is running at http://${shown}:${server.port}/  (API: /api, OpenAPI: /api/openapi.json; store: ${storeLocation(fx.env)})\n`,
  );
  if (!existing) {
    const path = await saveToken(fx.env, token);
    fx.stdout(
      `write token (new, saved in ${path}): ${token}\n  writes need the header  Authorization: Bearer ${token}\n`,
    );
  } else
    fx.stdout(
      `writes need Authorization: Bearer <token>, the token ${fx.env.LODESTONE_TOKEN ? "in LODESTONE_TOKEN" : `saved in ${tokenPath(fx.env)}`}\n`,
    );
  await new Promise<void>((resolvePromise) => {
    const stop = () => {
      server
        .close()
        .then(() => store.close())
        .finally(resolvePromise);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  return 0;
};
