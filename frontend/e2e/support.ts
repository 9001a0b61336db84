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
