/**
 * @module Screenshots of every page for docs/screenshots (run by hand after `npm run build:web`):
 * `node bin/run-ts.js test/browser/screenshots.ts` — the first screen at 1440 × 900, and a phone screen at 390 px.
 */
import { mkdirSync } from "node:fs";
import { startDashboard } from "../../bench/web.ts";
import { launchChromium } from "./chromium.ts";

const OUT = new URL("../../docs/screenshots/", import.meta.url).pathname;
const SHOTS: [string, string, number][] = [
  ["overview", "#/", 1440],
  ["trade", "#/trade?dest=Germany,Japan,United+States&per=month&from=2024-01&to=2025-12", 1440],
  ["supply-chain", "#/supply-chain?year=2030", 1440],
  ["prices", "#/prices", 1440],
  ["policy", "#/policy", 1440],
  ["news", "#/news", 1440],
  ["scenarios", "#/scenarios?draws=200&vs=export-control-escalation", 1440],
  ["figures", "#/figures?metric=export_volume&entity=China", 1440],
  ["overview-phone", "#/", 390],
  ["scenarios-phone", "#/scenarios?draws=0", 390],
];

mkdirSync(OUT, { recursive: true });
const dash = await startDashboard();
const browser = await launchChromium();
try {
  for (const [name, hash, width] of SHOTS) {
    const page = await browser.newPage({ viewport: { width, height: width > 500 ? 900 : 844 } });
    await page.goto(`${dash.url}/${hash}`);
    await page.waitForSelector("main[data-ready]", { timeout: 60_000 });
    if (name === "news") {
      await page.fill(
        "#article",
        "Trade note\n\nChina shipped 5,800 tonnes of rare-earth magnets abroad in July 2025, by our count. Mines in China gave 270,000 tonnes of rare-earth ore in 2024, about 70% of the world's output.",
      );
      await page.fill("#article-date", "2025-08-20");
      await page.click("#news-form button[type=submit]");
      await page.waitForSelector("[data-checks]");
    }
    if (name === "scenarios")
      await page.waitForSelector('[data-testid="mc-results"][data-ms]', { timeout: 120_000 });
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${OUT}${name}.png` });
    await page.close();
  }
} finally {
  await browser.close();
  await dash.close();
}
