import { expect, test } from '@playwright/test';
import { keycloakLogin, keycloakUpdatePassword, logout, screen, uniqueSlug } from './support';

// Issue: sign up a tenant → log in as its admin → invite a MANAGER → log in as the manager (first-login password
// change) → the Members page is not in the manager's menu and its API answers 403.
test('a company signs up, invites a manager, and the manager has no members administration', async ({ page }) => {
  const slug = uniqueSlug('e2e');
  const adminEmail = `admin@${slug}.test`;
  const adminPassword = 'Admin-Passw0rd-e2e';
  const managerEmail = `manager@${slug}.test`;

  // 1. sign up on the landing page
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await screen(page, '01-landing');
  await page.locator('input[name="organizationName"]').fill(`E2E ${slug}`);
  await page.locator('input[name="slug"]').fill(slug);
  await page.locator('input[name="adminName"]').fill('Erin Admin');
  await page.locator('input[name="adminEmail"]').fill(adminEmail);
  await page.locator('input[name="password"]').fill(adminPassword);
  await page.locator('input[name="passwordConfirmation"]').fill(adminPassword);
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByTestId('signup-login-button')).toBeVisible();
  await screen(page, '02-signed-up');

  // 2. the admin signs in through Keycloak (PKCE) and lands on the dashboard
  await page.getByTestId('signup-login-button').click();
  await keycloakLogin(page, adminEmail, adminPassword);
  await expect(page.getByTestId('dashboard-context')).toBeVisible();
  await expect(page.getByTestId('nav-members')).toBeVisible();
  await screen(page, '03-admin-dashboard');

  // 3. invite a manager; the one-time password is shown once
  await page.getByTestId('nav-members').click();
  await expect(page.getByTestId('members-table')).toBeVisible();
  await page.getByTestId('invite-member').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/email/i).fill(managerEmail);
  await dialog.getByLabel(/name/i).first().fill('Mia Manager');
  await dialog.getByRole('checkbox', { name: /manager/i }).first().check();
  await dialog.getByRole('checkbox', { name: /staff/i }).first().uncheck();
  await dialog.locator('button[type="submit"]').click();
  const oneTimePassword = (await page.getByTestId('one-time-password').innerText()).trim();
  expect(oneTimePassword).toMatch(/^[A-Za-z0-9]{16}$/);
  await screen(page, '04-invited');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('members-table')).toContainText(managerEmail);
  await screen(page, '05-members');
  await logout(page);

  // 4. the manager signs in with the one-time password and must choose a new one
  await page.getByTestId('login-button').click();
  await keycloakLogin(page, managerEmail, oneTimePassword);
  await keycloakUpdatePassword(page, 'Manager-Passw0rd-e2e');
  await expect(page.getByTestId('dashboard-context')).toBeVisible();
  await screen(page, '06-manager-dashboard');

  // 5. no Members in the manager's menu, and the API refuses the manager
  await expect(page.getByTestId('nav-profile')).toBeVisible();
  await expect(page.getByTestId('nav-members')).toHaveCount(0);
  const status = await page.evaluate(async () => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    const user = key ? JSON.parse(sessionStorage.getItem(key) ?? '{}') : {};
    const response = await fetch('/api/members', { headers: { Authorization: `Bearer ${user.access_token}` } });
    return response.status;
  });
  expect(status).toBe(403);
  await page.goto('/members');
  await expect(page.getByTestId('forbidden')).toBeVisible();
  await screen(page, '07-manager-forbidden');
});
