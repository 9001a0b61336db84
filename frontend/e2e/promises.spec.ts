import { expect, type Page, test } from '@playwright/test';
import { api, joinByInvitation, logout, screen, signUpAndLogin } from './support';

/** The date (YYYY-MM-DD) and time (HH:MM) in Berlin, the tenant's time zone, `minutes` from now. */
function berlin(minutes: number): { date: string; time: string } {
  const at = new Date(Date.now() + minutes * 60_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(at).map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

async function keptRateTotal(page: Page): Promise<string> {
  const total = page.getByTestId('kept-rate-total');
  await expect(total).toBeVisible();
  return (await total.innerText()).replace(/\s+/g, ' ');
}

// Issue 10: a staff member promises something on a complaint page; the promise passes its due time (the tenant's
// grace period is set to 0 working days and the app checks every 5 s in the e2e run), is broken automatically, and
// the manager sees the kept rate drop from 100% to 83% (5 kept of 6) and the broken promise on the customer's page.
test('a promise made on a complaint breaks by itself and the manager sees it', async ({ page, browser }) => {
  test.setTimeout(420_000);
  const { slug } = await signUpAndLogin(page, { prefix: 'prm', organization: 'Promises' });
  const unit = await api(page, 'POST', '/api/units', { name: 'Service desk', kind: 'TEAM' });
  expect(unit.status).toBe(201);
  const rules = await api(page, 'PUT', '/api/promises/settings', { graceWorkingDays: 0, reminderWorkingDays: [] });
  expect(rules.status).toBe(200);
  const password = 'Member-Passw0rd-e2e';
  const managerEmail = `manager@${slug}.test`;
  const staffEmail = `staff@${slug}.test`;
  const manager = await api(page, 'POST', '/api/invitations', {
    email: managerEmail, displayName: 'Max Manager', roles: ['MANAGER'], level: 'MANAGER', unitId: unit.body.id,
  });
  const staff = await api(page, 'POST', '/api/invitations', {
    email: staffEmail, displayName: 'Sam Staff', roles: ['STAFF'], level: 'FRONTLINE', unitId: unit.body.id,
  });
  expect(manager.status).toBe(201);
  expect(staff.status).toBe(201);
  await logout(page);

  // the staff member joins, takes a call (the complaint is theirs) and has kept five earlier promises
  await joinByInvitation(page, String(staff.body.link), staffEmail, password);
  const complaint = await api(page, 'POST', '/api/complaints', {
    channel: 'PHONE', name: 'Ana Lopez', email: `ana@${slug}.test`, subject: 'Broken kettle',
    description: 'The kettle stopped working after a week.',
  });
  expect(complaint.status).toBe(201);
  for (let i = 0; i < 5; i++) {
    const earlier = await api(page, 'POST', '/api/promises', {
      text: `Earlier promise ${i}`, customerEmail: `earlier${i}@${slug}.test`, sourceKind: 'MANUAL', withinWorkingDays: 5,
    });
    expect(earlier.status).toBe(201);
    expect((await api(page, 'POST', `/api/promises/${earlier.body.promise.id}/keep`, { note: 'done' })).status).toBe(200);
  }

  // the manager watches the kept rate in another browser: 5 of 5 kept
  const managerContext = await browser.newContext();
  const managerPage = await managerContext.newPage();
  await joinByInvitation(managerPage, String(manager.body.link), managerEmail, password);
  await managerPage.goto('/promises/kept-rate');
  expect(await keptRateTotal(managerPage)).toContain('100');
  await screen(managerPage, 'promises-01-kept-rate-before');

  // on the complaint page, "Promise something" is one click; the form knows the customer and the source
  await page.goto(`/complaints/${complaint.body.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Broken kettle' })).toBeVisible();
  await page.getByTestId('promise-something').click();
  const form = page.getByTestId('promise-form');
  await expect(form).toBeVisible();
  await form.getByTestId('promise-text').fill('We send you a new kettle.');
  const due = berlin(2);
  await form.getByTestId('due-mode').getByText('On a day').click();
  await form.getByTestId('due-date').fill(due.date);
  await form.getByTestId('due-time').fill(due.time);
  await screen(page, 'promises-02-promise-on-complaint');
  await form.getByTestId('promise-submit').click();
  const promiseRow = page.getByTestId('complaint-promise');
  await expect(promiseRow).toContainText('Open');
  await promiseRow.getByRole('link').click();
  await expect(page).toHaveURL(/\/promises\/[0-9a-f-]{36}$/);
  const promiseId = page.url().split('/').pop() as string;
  await expect(page.getByTestId('promise-status')).toHaveText('Open');
  await screen(page, 'promises-03-promise-page');

  // the due time passes with nobody keeping it: the app breaks it by itself
  await expect
    .poll(async () => (await api(page, 'GET', `/api/promises/${promiseId}`)).body?.promise?.status, {
      timeout: 300_000, intervals: [5_000],
    })
    .toBe('BROKEN');
  await page.reload();
  await expect(page.getByTestId('promise-status')).toHaveText('Broken');
  await expect(page.getByTestId('promise-history')).toContainText(/automatically/i);
  await screen(page, 'promises-04-broken-automatically');

  // the manager sees the rate drop (5 kept of 6 decided) and the broken promise on the customer's page
  await managerPage.reload();
  await expect.poll(async () => keptRateTotal(managerPage), { timeout: 30_000 }).toContain('83');
  await screen(managerPage, 'promises-05-kept-rate-after');
  const customerId = (await api(page, 'GET', `/api/promises/${promiseId}`)).body.promise.customer.id;
  await managerPage.goto(`/customers/${customerId}`);
  const customerPromises = managerPage.getByTestId('customer-promises');
  await expect(customerPromises).toContainText('We send you a new kettle.');
  await expect(customerPromises.getByTestId('customer-promises-broken')).toBeVisible();
  await expect(customerPromises.getByTestId('promise-status')).toHaveText('Broken');
  await screen(managerPage, 'promises-06-customer-page');
  await managerContext.close();
});
