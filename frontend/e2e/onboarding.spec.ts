import { expect, test } from '@playwright/test';
import { api, keycloakLogin, logout, screen, uniqueSlug } from './support';

// Issue: sign up a tenant → log in as its admin → invite a MANAGER → the manager opens the invitation link, creates
// a login, signs in and accepts (nothing joins without consent) → the Members page is not in the manager's menu and
// its API answers 403.
test('a company signs up, invites a manager, and the manager has no members administration', async ({ page }) => {
  const slug = uniqueSlug('e2e');
  const adminEmail = `admin@${slug}.test`;
  const adminPassword = 'Admin-Passw0rd-e2e';
  const managerEmail = `manager@${slug}.test`;
  const managerPassword = 'Manager-Passw0rd-e2e';

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

  // 3. invite a manager: the answer is the invitation link to copy, no password
  await page.getByTestId('nav-members').click();
  await expect(page.getByTestId('members-table')).toBeVisible();
  await page.getByTestId('invite-member').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/email/i).fill(managerEmail);
  await dialog.getByLabel(/name/i).first().fill('Mia Manager');
  await dialog.getByRole('checkbox', { name: /manager/i }).first().check();
  await dialog.getByRole('checkbox', { name: /staff/i }).first().uncheck();
  await dialog.locator('button[type="submit"]').click();
  const link = (await page.getByTestId('invitation-link').innerText()).trim();
  expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]+$/);
  await screen(page, '04-invited');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('pending-invitations')).toContainText(managerEmail);
  await expect(page.getByTestId('members-table')).not.toContainText(managerEmail); // not a member before accepting
  await screen(page, '05-members');
  await logout(page);

  // 4. the manager opens the link, creates a login, signs in and accepts
  await page.goto(new URL(link).pathname);
  await expect(page.getByTestId('invitation-tenant')).toHaveText(`E2E ${slug}`);
  const newLogin = page.getByTestId('invitation-new-login');
  await newLogin.locator('input[name="password"]').fill(managerPassword);
  await newLogin.locator('input[name="passwordConfirmation"]').fill(managerPassword);
  await page.getByTestId('invitation-create-login').click();
  await expect(page.getByTestId('invitation-login-ready')).toBeVisible();
  await screen(page, '06-invitation');
  await page.getByTestId('invitation-sign-in-new').click();
  await keycloakLogin(page, managerEmail, managerPassword);
  await page.getByTestId('invitation-accept').click();
  await expect(page.getByTestId('dashboard-context')).toBeVisible();
  await screen(page, '07-manager-dashboard');

  // 5. no Members in the manager's menu, and the API refuses the manager
  await expect(page.getByTestId('nav-profile')).toBeVisible();
  await expect(page.getByTestId('nav-members')).toHaveCount(0);
  const { status } = await api(page, 'GET', '/api/members');
  expect(status).toBe(403);
  await page.goto('/members');
  await expect(page.getByTestId('forbidden')).toBeVisible();
  await screen(page, '08-manager-forbidden');
});
