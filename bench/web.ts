/**
 * @module Dashboard timings (bench): first render of every page on localhost (navigation to the page drawn, charts
 * included; median of 3 fresh loads; target < 1,000 ms) and, in the Scenarios page's Web Workers, one central run
 * (target < 100 ms) and a 1,000-draw Monte Carlo band (target < 500 ms). The band is timed by the page (`data-ms` of
 * the Monte Carlo panel) from the moment the page asks for the scenario and the draws start (the workers are started
 * then, so their start-up and the engine's first, slower draws are inside) to the summarised bands in hand; it
 * overlaps the central run and its charts, which the user waits for anyway. Needs dist/web (npm run build:web) and
 * Chromium (LODESTONE_CHROMIUM or /usr/bin/chromium); without them it reports nothing and says why.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { startServer } from "../src/cli/commands/serve-server.ts";
import { BUNDLED_DATA_DIR } from "../src/cli/config.ts";
import { loadDataset } from "../src/dataset/load.ts";
import { openStore } from "../src/store/store.ts";
import { HAVE_CHROMIUM, launchChromium } from "../test/browser/chromium.ts";

const WEB_DIR = new URL("../dist/web", import.meta.url).pathname;

const PAGES = [
  ["overview", "#/"],
  ["trade", "#/trade"],
  ["supply-chain", "#/supply-chain"],
  ["prices", "#/prices"],
  ["policy", "#/policy"],
  ["news", "#/news"],
  ["figures", "#/figures?metric=export_volume&entity=China"],
  ["scenarios", "#/scenarios?draws=0"],
] as const;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The dashboard as `lodestone serve` gives it: the bundled data in a PGlite store, the built pages beside the API. */
export async function startDashboard(): Promise<{ url: string; close(): Promise<void> }> {
  const store = await openStore({});
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error(`data/ did not load: ${loaded.issues.length} issues`);
  await store.loadDataset(loaded.value);
  const running = await startServer({
    store,
    host: "127.0.0.1",
    port: 0,
    token: "bench-token-not-secret",
    webDir: WEB_DIR,
  });
  return {
    url: `http://127.0.0.1:${running.port}`,
    close: async () => {
      await running.close();
      await store.close();
    },
  };
}

export async function runWebBench(): Promise<Record<string, number>> {
  if (!existsSync(join(WEB_DIR, "index.html")) || !HAVE_CHROMIUM) {
    console.error("web bench skipped: needs dist/web (npm run build:web) and Chromium");
    return {};
  }
  const dash = await startDashboard();
  const server = { url: dash.url };
  const browser = await launchChromium();
  const out: Record<string, number> = {};
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const warm = await context.newPage();
    await warm.goto(`${server.url}/#/`);
    await warm.waitForSelector("main[data-ready]");
    for (const [name, hash] of PAGES) {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const page = await context.newPage();
        const t0 = performance.now();
        await page.goto(`${server.url}/${hash}`);
        await page.waitForSelector("main[data-ready]", { timeout: 30_000 });
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll(".chart")].every(
              (c) => c.querySelector(".state") || c.getAttribute("data-rendered"),
            ),
          undefined,
          { timeout: 30_000 },
        );
        times.push(performance.now() - t0);
        await page.close();
      }
      out[`web.first_render.${name}_ms`] = median(times);
    }
    const page = await context.newPage();
    const central: number[] = [];
    const bands: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(`${server.url}/#/scenarios?draws=1000&seed=${i + 1}`);
      await page.waitForSelector('[data-testid="mc-results"][data-ms]', { timeout: 120_000 });
      central.push(Number(await page.getAttribute('[data-testid="scenario-results"]', "data-ms")));
      bands.push(Number(await page.getAttribute('[data-testid="mc-results"]', "data-ms")));
      await page.goto("about:blank");
    }
    out["web.worker_central_run_ms"] = median(central);
    out["web.worker_band_1000_draws_ms"] = median(bands);
  } finally {
    await browser.close();
    await dash.close();
  }
  return out;
}
