import type { Locator, Page } from 'playwright-core';
import { browserSuite } from '../support/browser-suite';
import { eventually } from '../support/eventually';
import { gridPage } from '../support/grid-page';
import type { TestServer } from '../support/test-server';

let t: TestServer;
const suite = browserSuite((s) => ({ t } = s), { adminPage: false });

const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

/** The bodies of the GraphQL requests a page sends for an operation, as they are sent. */
function requestsOf(page: Page, operation: string): string[] {
  const sent: string[] = [];
  page.on('request', (request) => {
    const body = request.postData() ?? '';
    if (request.url().endsWith('/graphql') && body.includes(`mutation ${operation}`)) sent.push(body);
  });
  return sent;
}

async function signInWithForm(page: Page, username: string, password: string): Promise<void> {
  await byTestId(page, 'login-username').fill(username);
  await byTestId(page, 'login-password').fill(password);
  await byTestId(page, 'login-submit').click();
}

/** The texts that describe a field to assistive technology (aria-describedby), joined. */
async function description(page: Page, field: Locator): Promise<string> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(' ');
}

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

describe('changing one’s own password', () => {
  it('refuses a wrong current password on its field and a short new one before sending, then changes it', async () => {
    const user = await t.userWith([{ role: 'VIEWER', unitCode: '510' }], 'xem.doimatkhau');
    const page = await suite.signedIn('xem.doimatkhau', user.password);
    const sent = requestsOf(page, 'ChangePassword');
    await page.goto(t.url);
    await byTestId(page, 'change-password-link').click();
    await byTestId(page, 'change-password-form').waitFor();
    expect(page.url()).toContain('/doi-mat-khau');

    const current = byTestId(page, 'password-current');
    const next = byTestId(page, 'password-new');
    const repeat = byTestId(page, 'password-repeat');
    await expect(current.getAttribute('autocomplete')).resolves.toBe('current-password');
    await expect(next.getAttribute('autocomplete')).resolves.toBe('new-password');
    await expect(repeat.getAttribute('autocomplete')).resolves.toBe('new-password');
    // Labelled fields, found by their label as a screen reader announces them.
    await expect(page.getByLabel('Mật khẩu hiện tại').getAttribute('data-testid')).resolves.toBe('password-current');
    await expect(page.getByLabel('Mật khẩu mới', { exact: true }).getAttribute('data-testid')).resolves.toBe(
      'password-new',
    );

    // A wrong current password: the server refuses it, on that field, and the focus goes there.
    await current.fill('khong-phai-mat-khau');
    await next.fill('mat-khau-moi-rat-dai');
    await repeat.fill('mat-khau-moi-rat-dai');
    await byTestId(page, 'password-submit').click();
    await eventually(
      () => byTestId(page, 'password-current-error').innerText(),
      (v) => expect(v).toBe('Mật khẩu hiện tại không đúng.'),
    );
    expect(sent).toHaveLength(1);
    await expect(current.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(description(page, current)).resolves.toBe('Mật khẩu hiện tại không đúng.');
    await expect(focusedTestId(page)).resolves.toBe('password-current');
    await expect(next.getAttribute('aria-invalid')).resolves.toBeNull();

    // A new password too short: refused as the server would say it, before anything is sent.
    await current.fill(user.password);
    await expect(byTestId(page, 'password-current-error').count()).resolves.toBe(0);
    await next.fill('ngan');
    await repeat.fill('ngan');
    await byTestId(page, 'password-submit').click();
    await eventually(
      () => byTestId(page, 'password-new-error').innerText(),
      (v) => expect(v).toBe('Mật khẩu mới phải dài từ 10 đến 128 ký tự.'),
    );
    await expect(next.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(description(page, next)).resolves.toMatch(
      /^Mật khẩu mới phải dài từ 10 đến 128 ký tự\. Ít nhất 10 ký tự/,
    );
    await expect(focusedTestId(page)).resolves.toBe('password-new');
    // Checked as it is typed: long enough, and the message goes; the repeat no longer matches.
    await next.fill('mat-khau-moi-rat-dai');
    await eventually(
      () => byTestId(page, 'password-new-error').count(),
      (n) => expect(n).toBe(0),
    );
    await expect(byTestId(page, 'password-repeat-error').innerText()).resolves.toBe(
      'Mật khẩu nhập lại không khớp với mật khẩu mới.',
    );
    await byTestId(page, 'password-submit').click();
    await expect(focusedTestId(page)).resolves.toBe('password-repeat');
    expect(sent).toHaveLength(1);

    await repeat.fill('mat-khau-moi-rat-dai');
    await eventually(
      () => byTestId(page, 'password-repeat-error').count(),
      (n) => expect(n).toBe(0),
    );
    await byTestId(page, 'password-submit').click();
    await eventually(
      () => byTestId(page, 'notice').innerText(),
      (v) => expect(v).toContain('Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã được đăng xuất.'),
    );
    expect(sent).toHaveLength(2);
    // The form is empty again, with nothing marked wrong.
    for (const field of [current, next, repeat]) {
      await expect(field.inputValue()).resolves.toBe('');
      await expect(field.getAttribute('aria-invalid')).resolves.toBeNull();
    }
    // The other session, made when the user was created, has ended; this one goes on.
    await expect(user.gql('{ me { username } }')).resolves.toMatchObject({
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });

    // Signed out, the old password no longer opens the account; the new one does.
    await byTestId(page, 'logout').click();
    await byTestId(page, 'login-form').waitFor();
    await signInWithForm(page, 'xem.doimatkhau', user.password);
    await eventually(
      () => byTestId(page, 'login-error').innerText(),
      (v) => expect(v).toMatch(/không đúng/),
    );
    await signInWithForm(page, 'xem.doimatkhau', 'mat-khau-moi-rat-dai');
    await eventually(
      () => byTestId(page, 'user-name').innerText(),
      (v) => expect(v).toContain('xem.doimatkhau'),
    );
  });
});

describe('an administrator resetting a password', () => {
  it('sets a new one on the row’s version, shows a conflict as other conflicts are, and the user signs in with it', async () => {
    const user = await t.userWith([{ role: 'EDITOR', unitCode: '510' }], 'bientap.datlai');
    const page = await suite.signedIn();
    const sent = requestsOf(page, 'UpdateUser');
    const g = gridPage(page);
    await page.goto(`${t.url}/nguoi-dung`);
    await expect(byTestId(page, 'user-reset-password').isDisabled()).resolves.toBe(true);
    await g.cell('users-grid', 'bientap.datlai', 'username').click();
    await byTestId(page, 'user-reset-password').click();

    const dialog = page.locator('[data-testid="reset-password-dialog"][data-user="bientap.datlai"]');
    const next = dialog.locator('[data-testid="reset-password-new"]');
    const repeat = dialog.locator('[data-testid="reset-password-repeat"]');
    await dialog.waitFor();
    await eventually(
      () => focusedTestId(page),
      (id) => expect(id).toBe('reset-password-new'),
    );

    // The policy, checked before anything is sent.
    await next.fill('ngan');
    await repeat.fill('ngan');
    await dialog.locator('[data-testid="reset-password-save"]').click();
    await eventually(
      () => dialog.locator('[data-testid="reset-password-new-error"]').innerText(),
      (v) => expect(v).toBe('Mật khẩu phải dài từ 10 đến 128 ký tự.'),
    );
    expect(sent).toHaveLength(0);

    // Someone else changes the account meanwhile: the reset is refused and the row reloaded.
    const [{ version }] = await t.sql<{ version: number }>(
      "SELECT version FROM app_user WHERE username = 'bientap.datlai'",
    );
    const other = await t.gql(
      `mutation($v: Int!) { updateUser(username: "bientap.datlai", version: $v, input: { displayName: "Biên tập Đặt Lại" }) { version } }`,
      { v: Number(version) },
    );
    expect(other.data!.updateUser.version).toBe(Number(version) + 1);
    await next.fill('dat-lai-mat-khau-mot');
    await repeat.fill('dat-lai-mat-khau-mot');
    await dialog.locator('[data-testid="reset-password-save"]').click();
    await eventually(
      () => dialog.locator('[data-testid="reset-password-error"]').innerText(),
      (v) => expect(v).toContain('vừa được người khác thay đổi nên mật khẩu chưa được đặt lại'),
    );
    await eventually(
      () => g.cell('users-grid', 'bientap.datlai', 'displayName').innerText(),
      (v) => expect(v).toBe('Biên tập Đặt Lại'),
    );
    // Nothing was set: the old password still opens the account.
    await expect(t.signIn('bientap.datlai', user.password)).resolves.toBeDefined();

    // Saved again, on the version now read.
    await dialog.locator('[data-testid="reset-password-save"]').click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(
      () => byTestId(page, 'notice').innerText(),
      (v) => expect(v).toContain('Đã đặt lại mật khẩu cho Biên tập Đặt Lại (bientap.datlai).'),
    );
    expect(sent).toHaveLength(2);
    // Signed out everywhere; the old password is refused.
    await expect(user.gql('{ me { username } }')).resolves.toMatchObject({
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });
    await expect(t.signIn('bientap.datlai', user.password)).rejects.toThrow(/failed/);

    // The row took the new version: a second reset goes through without a conflict.
    await byTestId(page, 'user-reset-password').click();
    await dialog.waitFor();
    await next.fill('dat-lai-mat-khau-hai');
    await repeat.fill('dat-lai-mat-khau-hai');
    await dialog.locator('[data-testid="reset-password-save"]').click();
    await dialog.waitFor({ state: 'detached' });
    expect(sent).toHaveLength(3);

    const userPage = suite.track(await suite.b.newPage());
    await userPage.goto(t.url);
    await signInWithForm(userPage, 'bientap.datlai', 'dat-lai-mat-khau-hai');
    await eventually(
      () => byTestId(userPage, 'user-name').innerText(),
      (v) => expect(v).toContain('Biên tập Đặt Lại'),
    );
  });

  it('sends administrators to the change-password page for their own account', async () => {
    const page = await suite.signedIn();
    await page.goto(`${t.url}/nguoi-dung`);
    await gridPage(page).cell('users-grid', 'admin', 'username').click();
    await byTestId(page, 'user-reset-password').click();
    await byTestId(page, 'reset-password-own').waitFor();
    await expect(byTestId(page, 'reset-password-new').count()).resolves.toBe(0);
    await byTestId(page, 'reset-password-own-link').click();
    await byTestId(page, 'change-password-form').waitFor();
  });
});
