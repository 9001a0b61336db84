import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { keycloakLogin, screen, uniqueSlug } from './support';

/** Serious and critical WCAG 2.1 A/AA violations on the current page, described for the failure message. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('key pages pass an accessibility check, the public survey also on a phone', async ({ page, browser }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  const slug = uniqueSlug('a11y');
  const email = `ada@${slug}.test`;
  const password = 'Admin-Passw0rd-a11y';
  const signup = await page.request.post('/api/signup', {
    data: { organizationName: `A11y ${slug}`, slug, adminName: 'Ada Admin', adminEmail: email, locale: 'de',
      timezone: 'Europe/Berlin', password },
  });
  expect(signup.status()).toBe(201);
  await page.getByTestId('login-button').click();
  await keycloakLogin(page, email, password);
  await expect(page.getByTestId('dashboard-context')).toBeVisible();
  expect(await violations(page)).toEqual([]);

  // an admin may design surveys: create and publish one through the API of the signed-in page
  const token = await page.evaluate(async () => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    const user = key ? JSON.parse(sessionStorage.getItem(key) ?? '{}') : {};
    const headers = { Authorization: `Bearer ${user.access_token}`, 'Content-Type': 'application/json' };
    const created = await (await fetch('/api/surveys', { method: 'POST', headers,
      body: JSON.stringify({ name: 'Support CSAT', template: 'CSAT_SUPPORT' }) })).json();
    const published = await (await fetch(`/api/surveys/${created.id}/publish`, { method: 'POST', headers })).json();
    return { id: created.id as string, publicToken: published.publicToken as string };
  });

  for (const path of ['/members', '/settings', '/surveys', `/surveys/${token.id}/edit`,
    `/surveys/${token.id}/results`]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await violations(page), path).toEqual([]);
  }

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE', isMobile: true,
    hasTouch: true });
  const mobile = await phone.newPage();
  await mobile.goto(`/s/${token.publicToken}`);
  await expect(mobile.getByTestId('question-csat')).toBeVisible();
  expect(await violations(mobile)).toEqual([]);
  await screen(mobile, 'a11y-01-survey-phone');
  await mobile.getByTestId('survey-submit').click(); // nothing answered: the errors must be accessible too
  await expect(mobile.getByTestId('question-csat')).toContainText(/./);
  expect(await violations(mobile)).toEqual([]);
  await screen(mobile, 'a11y-02-survey-errors-phone');
  await mobile.goto('/s/this-link-does-not-exist');
  await expect(mobile.getByRole('heading').first()).toBeVisible();
  expect(await violations(mobile)).toEqual([]);
  await phone.close();
});
