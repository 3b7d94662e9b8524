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
  /** A page whose session is already signed in (as the client keeps it: a refresh token). */
  signedInPage(serverUrl: string, username: string, password: string): Promise<Page>;
  close(): Promise<void>;
}

/** Signs in through the API and returns the refresh token the client would have kept. */
async function refreshTokenFor(serverUrl: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${serverUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { refreshToken } }',
      variables: { u: username, p: password },
    }),
  });
  const body = (await res.json()) as { data?: { login: { refreshToken: string } }; errors?: unknown };
  if (!body.data) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(body.errors)}`);
  return body.data.login.refreshToken;
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
    async signedInPage(serverUrl, username, password) {
      const token = await refreshTokenFor(serverUrl, username, password);
      const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1400, height: 900 } });
      // Only before the first page of the context: the client rotates the token from then on.
      await context.addInitScript((t) => {
        if (!sessionStorage.getItem('ntm.test.seeded')) {
          localStorage.setItem('ntm.refresh', t);
          sessionStorage.setItem('ntm.test.seeded', '1');
        }
      }, token);
      return context.newPage();
    },
    async close() {
      await browser.close();
    },
  };
}

/** The built client, which the server serves at `/`. */
export const CLIENT_DIST = path.resolve(__dirname, '..', '..', 'client', 'dist');
