import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { api, screen, signUpAndLogin } from './support';

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

  await signUpAndLogin(page, { prefix: 'a11y', organization: 'A11y', locale: 'de' });
  expect(await violations(page)).toEqual([]);

  // an admin may design surveys: create and publish one through the API of the signed-in page
  const created = await api(page, 'POST', '/api/surveys', { name: 'Support CSAT', template: 'CSAT_SUPPORT' });
  const published = await api(page, 'POST', `/api/surveys/${created.body.id}/publish`);
  const token = { id: created.body.id as string, publicToken: published.body.publicToken as string };
  // and look after customers: one to list and open
  const customer = await api(page, 'POST', '/api/customers', { email: 'ana@example.com', name: 'Ana Lopez' });
  expect(customer.status).toBe(201);
  // and handle complaints: the public form's token, and one complaint recorded by phone to list and open
  const complaintForm = await api(page, 'GET', '/api/complaints/form-link');
  expect(complaintForm.status).toBe(200);
  const recorded = await api(page, 'POST', '/api/complaints', { channel: 'PHONE', email: 'ana@example.com',
    description: 'The parcel arrived damaged.' });
  expect(recorded.status).toBe(201);
  const inbox = await api(page, 'GET', '/api/complaints');

  for (const path of ['/members', '/settings', '/surveys', `/surveys/${token.id}/edit`,
    `/surveys/${token.id}/results`, '/customers', `/customers/${customer.body.id}`, '/complaints',
    `/complaints/${inbox.body.items[0].id}`, '/complaints/settings']) {
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
  // the unsubscribe page of customer mails (its tokens are only in the mails: an unknown one shows the page's error)
  await mobile.goto('/u/this-link-does-not-exist');
  await expect(mobile.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await violations(mobile)).toEqual([]);
  // the public complaint form, with its errors, and a complaint's status page
  await mobile.goto(`/complain/${complaintForm.body.token}`);
  await expect(mobile.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await violations(mobile)).toEqual([]);
  await screen(mobile, 'a11y-03-complaint-form-phone');
  await mobile.getByTestId('complaint-submit').click();
  await expect(mobile.getByRole('textbox', { name: /E-Mail/ })).toBeFocused();
  expect(await violations(mobile)).toEqual([]);
  await mobile.goto(`/complaint-status/${recorded.body.statusToken}`);
  await expect(mobile.getByTestId('complaint-status')).toBeVisible();
  expect(await violations(mobile)).toEqual([]);
  await phone.close();
});
