import type { Page } from 'playwright-core';
import { CLIENT_DIST, type TestBrowser, launchBrowser } from './browser';
import { type GridPage, gridPage } from './grid-page';
import { ADMIN_PASSWORD, type TestServer, startTestServer } from './test-server';

export interface BrowserSuite {
  /** The server with the built client, on a fresh database, signed in as its administrator. */
  t: TestServer;
  b: TestBrowser;
  /** The administrator's page of the test under way (not with `adminPage: false`). */
  page: Page;
  /** The grids of `page`. */
  g: GridPage;
  /** A page signed in as this user (the administrator by default), closed after the test. */
  signedIn(username?: string, password?: string): Promise<Page>;
  /** Closes this page after the test. */
  track(page: Page): Page;
}

/**
 * The hooks every browser test file needs: before its tests, the real server serving the built
 * client on a fresh database and a Chromium; before each test, a page signed in as the
 * administrator; after each, every page it opened closed; at the end, both stopped. `sync` gets
 * the suite whenever it changes (after the start and before each test), for the file's own
 * variables: `browserSuite((s) => ({ t, page, g } = s))`.
 */
export function browserSuite(sync: (suite: BrowserSuite) => void, options: { adminPage?: boolean } = {}): BrowserSuite {
  const pages: Page[] = [];
  const track = (page: Page): Page => {
    pages.push(page);
    return page;
  };
  const suite = {
    track,
    async signedIn(username = 'admin', password = ADMIN_PASSWORD) {
      return track(await suite.b.signedInPage(suite.t.url, username, password));
    },
  } as BrowserSuite;

  beforeAll(async () => {
    suite.t = await startTestServer({ clientDist: CLIENT_DIST });
    suite.b = await launchBrowser();
    sync(suite);
  });
  afterAll(async () => {
    await suite.b?.close();
    await suite.t?.close();
  });
  if (options.adminPage !== false) {
    beforeEach(async () => {
      suite.page = await suite.signedIn();
      suite.g = gridPage(suite.page);
      sync(suite);
    });
  }
  afterEach(async () => {
    for (const p of pages.splice(0)) await p.context().close();
  });
  return suite;
}
