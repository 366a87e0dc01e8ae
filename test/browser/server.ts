/** @module Test server: the API over a PGlite store copied from a test template plus dist/web served exactly as `lodestone serve` does. */
import type { AddressInfo } from "node:net";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { createApp } from "../../src/api/app.ts";
import { fixtureDataset } from "../../src/store/store.case.ts";
import type { Store } from "../../src/store/store.ts";
import { openTestStore } from "../support/test-store.ts";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const WEB_DIR = join(ROOT, "dist", "web");

export interface TestServer {
  url: string;
  store: Store;
  /** "data/" (the bundled data), or "fixture" when LODESTONE_BROWSER_DATA=fixture. */
  data: "data/" | "fixture";
  close(): Promise<void>;
}

/**
 * A store holding the test dataset: the bundled data/ (the prepared template), or the store conformance fixture
 * when LODESTONE_BROWSER_DATA=fixture (checks the pages cope with sparse data).
 */
async function testStore(): Promise<{ store: Store; data: TestServer["data"] }> {
  if (process.env.LODESTONE_BROWSER_DATA === "fixture") {
    const store = await openTestStore("empty");
    await store.loadDataset(fixtureDataset());
    return { store, data: "fixture" };
  }
  return { store: await openTestStore("bundled"), data: "data/" };
}

export async function startTestServer(): Promise<TestServer> {
  const { store, data } = await testStore();
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
