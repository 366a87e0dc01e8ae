/** @module Browser-test harness: one in-process server and one Chromium page per test file, with helpers to open pages. */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./chromium.ts";
import { startTestServer, type TestServer, WEB_DIR } from "./server.ts";

/**
 * Screenshots are taken only when LODESTONE_SHOTS names a folder (or is 1, for /tmp/lodestone-shots): nothing
 * asserts on them, and two per page cost about a tenth of the browser suites' time.
 */
const SHOTS_ENV = process.env.LODESTONE_SHOTS;
const SHOTS = SHOTS_ENV && SHOTS_ENV !== "1" ? SHOTS_ENV : SHOTS_ENV ? "/tmp/lodestone-shots" : undefined;

export interface Harness {
  server: TestServer;
  browser: Browser;
  page: Page;
  /** Uncaught errors thrown in the page. */
  pageErrors: string[];
  /** Console errors of the page, each with the address it was logged at. */
  consoleErrors: string[];
  /** GET an API path as JSON (the same server the page talks to). */
  api<T>(path: string): Promise<T>;
  /** Opens `hash` and waits until the page has drawn for exactly that address. */
  open(hash: string, ready: string): Promise<void>;
  /** Waits until the page has redrawn for an address containing `part`, decoded (after a filter change). */
  settled(ready: string, part: string): Promise<void>;
  /** Waits until every chart on the page has finished drawing. */
  chartsDrawn(): Promise<void>;
  /** Full page, plus the first screen as a user sees it on opening the page (when LODESTONE_SHOTS is set). */
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * One Chromium per test process, shared by the browser test files it runs (vitest.config.ts: isolate false); each
 * file gets its own browser context (cookies, storage, downloads), closed with the file. Launching Chromium cost
 * about 0.6 s of CPU per file. Playwright ends the browser when the test process exits.
 */
let chromium: Promise<Browser> | undefined;
async function sharedChromium(): Promise<Browser> {
  chromium ??= launchChromium();
  const browser = await chromium;
  if (browser.isConnected()) return browser;
  chromium = launchChromium(); // it crashed or was closed: a new one for this and later files
  return chromium;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(join(WEB_DIR, "index.html")))
    throw new Error("dist/web/index.html is missing: run npm run build:web first");
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  const server = await startTestServer();
  const browser = await sharedChromium();
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  const consoleErrors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(`${page.url()}: ${m.text()}`);
  });
  const settled = (ready: string, part: string) =>
    page
      .waitForFunction(
        ([r, p]) => {
          const main = document.querySelector("main");
          const hash = decodeURIComponent((main?.dataset.hash ?? "").replace(/\+/g, " "));
          return main?.dataset.ready === r && hash.includes(p!);
        },
        [ready, part],
        { timeout: 20_000 },
      )
      .then(() => undefined);
  return {
    server,
    browser,
    page,
    pageErrors,
    consoleErrors,
    api: async <T>(path: string) => (await fetch(`${server.url}${path}`)).json() as Promise<T>,
    open: async (hash, ready) => {
      await page.goto(`${server.url}/${hash}`);
      await page.waitForSelector(`main[data-ready="${ready}"]`, { timeout: 20_000 });
    },
    settled,
    chartsDrawn: async () => {
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll(".chart")].every(
            (c) => c.querySelector(".state") || c.getAttribute("data-rendered"),
          ),
        undefined,
        { timeout: 10_000 },
      );
    },
    shot: async (name) => {
      if (!SHOTS) return;
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
      await page.screenshot({ path: join(SHOTS, `${name}-top.png`) });
    },
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}
