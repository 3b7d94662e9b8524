import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';

/** Flags that let Chromium run headless as root on a machine with no outside network. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  browser: Browser;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: apt-get install chromium, or set CHROMIUM_PATH`);
  }
  // Playwright gives every launch a fresh, temporary profile of its own.
  const browser = await chromium.launch({ executablePath, args: FLAGS });
  return {
    browser,
    async newPage() {
      const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1400, height: 900 } });
      return context.newPage();
    },
    async close() {
      await browser.close();
    },
  };
}

/** The built client, which the server serves at `/`. */
export const CLIENT_DIST = path.resolve(__dirname, '..', '..', 'client', 'dist');
