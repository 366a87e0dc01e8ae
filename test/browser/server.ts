/** @module Test server: the API over an in-memory PGlite store plus dist/web served exactly as `lodestone serve` does. */
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { createApp } from "../../src/api/app.ts";
import type { Dataset } from "../../src/dataset/dataset.ts";
import { fixtureDataset } from "../../src/store/store.case.ts";
import { openStore, type Store } from "../../src/store/store.ts";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const WEB_DIR = join(ROOT, "dist", "web");

export interface TestServer {
  url: string;
  store: Store;
  /** "data/" when the real loader is available and the bundled data loads, else "fixture". */
  data: "data/" | "fixture";
  close(): Promise<void>;
}

/** The bundled data when `src/dataset/load.ts` exists and loads cleanly; the store conformance fixture otherwise. */
async function testDataset(): Promise<{ dataset: Dataset; data: TestServer["data"] }> {
  // LODESTONE_BROWSER_DATA=fixture forces the small fixture (checks the pages cope with sparse data).
  if (
    process.env.LODESTONE_BROWSER_DATA !== "fixture" &&
    existsSync(join(ROOT, "src", "dataset", "load.ts"))
  ) {
    const loader = "../../src/dataset/load.ts";
    const { loadDataset } = (await import(/* @vite-ignore */ loader)) as {
      loadDataset: (dir: string) => Promise<{ ok: true; value: Dataset } | { ok: false; issues: unknown[] }>;
    };
    const result = await loadDataset(join(ROOT, "data"));
    if (result.ok) return { dataset: result.value, data: "data/" };
    console.warn(
      `browser tests: data/ did not load (${result.issues.length} issues); using the fixture dataset`,
    );
  }
  return { dataset: fixtureDataset(), data: "fixture" };
}

export async function startTestServer(): Promise<TestServer> {
  const store = await openStore();
  const { dataset, data } = await testDataset();
  await store.loadDataset(dataset);
  const app = createApp({ store });
  const root = relative(process.cwd(), WEB_DIR) || ".";
  app.use("/*", serveStatic({ root }));
  app.get("/*", serveStatic({ root, path: "index.html" }));
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    data,
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await store.close();
    },
  };
}
