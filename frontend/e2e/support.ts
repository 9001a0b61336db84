import { expect, type Page } from '@playwright/test';

/** Saves a full-page screenshot of a key page under results/screens. */
export async function screen(page: Page, name: string) {
  await page.screenshot({ path: `e2e/results/screens/${name}.png`, fullPage: true });
}

/** A unique, valid organization slug. */
export function uniqueSlug(prefix: string) {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/**
 * Signs in on Keycloak's login page: username then password, on one page or two (identity-first); a username the
 * app passed as login hint is already filled in and locked.
 */
export async function keycloakLogin(page: Page, username: string, password: string) {
  await page.waitForURL(/\/realms\/fokus\//);
  const usernameField = page.locator('#username');
  const passwordField = page.locator('#password');
  await expect(usernameField.or(passwordField).first()).toBeVisible();
  if ((await usernameField.count()) > 0 && (await usernameField.isEditable())) {
    await usernameField.fill(username);
  } else {
    await expect(page.locator(`input[value="${username}"]`)).toBeVisible(); // prefilled from the login hint
  }
  if (!(await passwordField.isVisible())) {
    await page.locator('#kc-login').click();
  }
  await passwordField.fill(password);
  await page.locator('#kc-login').click();
}

/** Signs out through the user menu and waits for the public landing page. */
export async function logout(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout-button').click();
  await expect(page.getByTestId('login-button')).toBeVisible();
}

/** An organization signed up for a test, with its admin's login. */
export interface SignedUp {
  slug: string;
  email: string;
  password: string;
}

/**
 * Signs up an organization through the public sign-up API (the sign-up form itself is tested in onboarding.spec.ts)
 * and signs its admin in through the landing page and Keycloak; waits for the dashboard.
 */
export async function signUpAndLogin(
  page: Page,
  { prefix, organization, locale = 'en' }: { prefix: string; organization: string; locale?: 'en' | 'de' },
): Promise<SignedUp> {
  const slug = uniqueSlug(prefix);
  const email = `admin@${slug}.test`;
  const password = 'Admin-Passw0rd-e2e';
  const signup = await page.request.post('/api/signup', {
    data: { organizationName: `${organization} ${slug}`, slug, adminName: 'Ada Admin', adminEmail: email, locale,
      timezone: 'Europe/Berlin', password },
  });
  expect(signup.status()).toBe(201);
  await page.goto('/');
  await page.getByTestId('login-button').click();
  await keycloakLogin(page, email, password);
  await expect(page.getByTestId('dashboard-context')).toBeVisible();
  return { slug, email, password };
}

/** Calls the API from the signed-in page with its own access token. */
export async function api(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
      const user = key ? JSON.parse(sessionStorage.getItem(key) ?? '{}') : {};
      const response = await fetch(path, {
        method,
        headers: { Authorization: `Bearer ${user.access_token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json().catch(() => null) };
    },
    { method, path, body },
  );
}

/**
 * An invited member joins: creates their login through the invitation link, signs in on the landing page and
 * accepts with the link's token (Fokus made the login, so its verified email alone is not enough); waits for the
 * dashboard. `link` is the invitation's link as POST /api/invitations answers it.
 */
export async function joinByInvitation(page: Page, link: string, email: string, password: string) {
  const token = link.split('/').pop();
  const login = await page.request.post(`/api/public/invitations/${token}/login`, { data: { password } });
  expect(login.status()).toBe(204);
  await page.goto('/');
  await page.getByTestId('login-button').click();
  await keycloakLogin(page, email, password);
  await expect(page.getByTestId('no-organization')).toBeVisible();
  const mine = await api(page, 'GET', '/api/me/invitations');
  expect(mine.body).toHaveLength(1);
  const accepted = await api(page, 'POST', `/api/me/invitations/${mine.body[0].id}/accept`, { token });
  expect(accepted.status).toBe(200);
  await page.reload();
  await expect(page.getByTestId('dashboard-context')).toBeVisible();
}
