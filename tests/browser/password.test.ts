import type { Locator, Page } from 'playwright-core';
import { browserSuite } from '../support/browser-suite';
import { eventually } from '../support/eventually';
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
    await expect(page.getByLabel('Mật khẩu mới', { exact: true }).getAttribute('data-testid')).resolves.toBe('password-new');

    // A wrong current password: the server refuses it, on that field, and the focus goes there.
    await current.fill('khong-phai-mat-khau');
    await next.fill('mat-khau-moi-rat-dai');
    await repeat.fill('mat-khau-moi-rat-dai');
    await byTestId(page, 'password-submit').click();
    await eventually(() => byTestId(page, 'password-current-error').innerText(), (v) => expect(v).toBe('Mật khẩu hiện tại không đúng.'));
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
    await expect(description(page, next)).resolves.toMatch(/^Mật khẩu mới phải dài từ 10 đến 128 ký tự\. Ít nhất 10 ký tự/);
    await expect(focusedTestId(page)).resolves.toBe('password-new');
    // Checked as it is typed: long enough, and the message goes; the repeat no longer matches.
    await next.fill('mat-khau-moi-rat-dai');
    await eventually(() => byTestId(page, 'password-new-error').count(), (n) => expect(n).toBe(0));
    await expect(byTestId(page, 'password-repeat-error').innerText()).resolves.toBe('Mật khẩu nhập lại không khớp với mật khẩu mới.');
    await byTestId(page, 'password-submit').click();
    await expect(focusedTestId(page)).resolves.toBe('password-repeat');
    expect(sent).toHaveLength(1);

    await repeat.fill('mat-khau-moi-rat-dai');
    await eventually(() => byTestId(page, 'password-repeat-error').count(), (n) => expect(n).toBe(0));
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
    await expect(user.gql('{ me { username } }')).resolves.toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });

    // Signed out, the old password no longer opens the account; the new one does.
    await byTestId(page, 'logout').click();
    await byTestId(page, 'login-form').waitFor();
    await signInWithForm(page, 'xem.doimatkhau', user.password);
    await eventually(() => byTestId(page, 'login-error').innerText(), (v) => expect(v).toMatch(/không đúng/));
    await signInWithForm(page, 'xem.doimatkhau', 'mat-khau-moi-rat-dai');
    await eventually(() => byTestId(page, 'user-name').innerText(), (v) => expect(v).toContain('xem.doimatkhau'));
  });
});
