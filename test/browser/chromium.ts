/** @module Chromium for browser tests: Debian's /usr/bin/chromium (LODESTONE_CHROMIUM overrides), headless and offline-quiet. */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM_PATH = process.env.LODESTONE_CHROMIUM || "/usr/bin/chromium";
export const HAVE_CHROMIUM = existsSync(CHROMIUM_PATH);
export const MISSING_CHROMIUM = `Chromium not found at ${CHROMIUM_PATH}; install it (apt-get install chromium) or set LODESTONE_CHROMIUM`;

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}
