import { expect, type Page, test } from '@playwright/test';
import { api, joinByInvitation, keycloakLogin, logout, screen, signUpAndLogin } from './support';

/** Polls the complaint through the API until its follow-up survey has a link to answer (scheduled or sent). */
async function followUpLink(page: Page, id: string): Promise<string> {
  let link = '';
  await expect
    .poll(
      async () => {
        const detail = await api(page, 'GET', `/api/complaints/${id}`);
        link = detail.body?.followUp?.link ?? '';
        return link !== '' && ['SCHEDULED', 'SENT'].includes(detail.body?.followUp?.state);
      },
      { timeout: 60_000, intervals: [1_000, 2_000, 3_000] },
    )
    .toBe(true);
  return link;
}

// Issue 9: a customer files a complaint on the tenant's public form (no login); a manager finds it in the inbox and
// assigns it to a unit and a staff member; the staff member replies publicly (the first-response clock stops, met),
// notes something internally, waits for the customer (the resolution clock pauses); the customer reads the reply
// (not the note) on the status page and answers, which opens the complaint again; staff resolve it; the follow-up
// CSAT survey goes out (its link shown without mail), the customer answers it and the score shows on the complaint.
test('a complaint goes from the public form through the SLA to a follow-up score', async ({ page, browser }) => {
  const { slug } = await signUpAndLogin(page, { prefix: 'cmp', organization: 'Complaints' });
  const unit = await api(page, 'POST', '/api/units', { name: 'Service desk', kind: 'TEAM' });
  expect(unit.status).toBe(201);
  // the SLA: four working hours to the first response, two working days to the resolution, in business hours
  const policy = await api(page, 'POST', '/api/complaints/sla-policies', {
    name: 'Standard', firstResponseMinutes: 240, resolutionMinutes: 960,
  });
  expect(policy.status).toBe(201);
  // the follow-up survey goes out as soon as a complaint is resolved
  const settings = await api(page, 'PUT', '/api/complaints/settings', { followUpEnabled: true, followUpDelayMinutes: 0 });
  expect(settings.status).toBe(200);
  const managerEmail = `manager@${slug}.test`;
  const staffEmail = `staff@${slug}.test`;
  const password = 'Member-Passw0rd-e2e';
  const manager = await api(page, 'POST', '/api/invitations', {
    email: managerEmail, displayName: 'Max Manager', roles: ['MANAGER'], level: 'MANAGER', unitId: unit.body.id,
  });
  expect(manager.status).toBe(201);
  const staff = await api(page, 'POST', '/api/invitations', {
    email: staffEmail, displayName: 'Sam Staff', roles: ['STAFF'], level: 'FRONTLINE', unitId: unit.body.id,
  });
  expect(staff.status).toBe(201);

  // the inbox starts empty and shows the public form's link
  await page.getByTestId('nav-complaints').click();
  await expect(page.getByTestId('complaints-empty')).toBeVisible();
  const formLink = page.getByTestId('form-link');
  await expect(formLink).toContainText('/complain/');
  const link = (await formLink.innerText()).trim();
  await screen(page, 'complaints-01-empty-inbox');
  await logout(page);
  // the staff member joins first: only members can be assigned
  await joinByInvitation(page, String(staff.body.link), staffEmail, password);
  await logout(page);

  // the customer complains on a phone, without an account
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const customer = await phone.newPage();
  await customer.goto(new URL(link).pathname);
  await expect(customer.getByRole('heading', { level: 1, name: 'Tell us what went wrong' })).toBeVisible();
  await customer.getByTestId('complaint-submit').click(); // nothing filled in: the form says what is missing
  await expect(customer.getByRole('textbox', { name: /Your email/ })).toBeFocused();
  await customer.getByRole('textbox', { name: 'Your name' }).fill('Ana Lopez');
  await customer.getByRole('textbox', { name: /Your email/ }).fill(`ana@${slug}.test`);
  await customer.getByRole('textbox', { name: /Subject/ }).fill('Broken vase');
  await customer.getByRole('textbox', { name: /What happened/ }).fill('The parcel arrived damaged and the vase inside is broken.');
  await customer.getByRole('textbox', { name: /Order or reference number/ }).fill('A-4711');
  await screen(customer, 'complaints-02-public-form');
  await customer.getByTestId('complaint-submit').click();
  const reference = (await customer.getByTestId('complaint-reference').innerText()).trim();
  expect(reference).not.toBe('');
  await screen(customer, 'complaints-03-receipt');
  await customer.getByTestId('complaint-status-link').click();
  await expect(customer.getByTestId('complaint-status')).toHaveText('Received');
  const statusUrl = customer.url();
  expect(new URL(statusUrl).pathname).toMatch(/^\/complaint-status\/.+/);

  // the manager joins, finds it in the inbox (unassigned complaints wait for triage), sorted by due time
  await joinByInvitation(page, String(manager.body.link), managerEmail, password);
  await page.getByTestId('nav-complaints').click();
  await page.getByTestId('complaints-sort').selectOption('dueSoonest');
  const row = page.getByTestId(`complaint-row-${reference}`);
  await expect(row).toContainText('Broken vase');
  await expect(row).toContainText('New');
  await expect(row.getByTestId('sla-badge')).toBeVisible();
  await screen(page, 'complaints-04-inbox');
  await row.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Broken vase' })).toBeVisible();
  await expect(page.getByTestId('complaint-description')).toContainText('the vase inside is broken');
  await expect(page.getByTestId('complaint-customer')).toContainText('Ana Lopez');
  const firstResponse = page.getByTestId('clock-FIRST_RESPONSE');
  const resolution = page.getByTestId('clock-RESOLUTION');
  await expect(firstResponse.getByTestId('clock-state')).toHaveText('Running');
  await expect(firstResponse).toContainText('Policy: Standard');

  // assigns it to the unit and to the staff member (a manager picks among their units' members)
  const assignment = page.getByTestId('assignment-form');
  await assignment.getByRole('combobox', { name: 'Unit' }).selectOption({ label: 'Service desk' });
  await assignment.getByRole('combobox', { name: 'Assignee' }).selectOption({ label: 'Sam Staff' });
  await assignment.getByRole('button', { name: 'Save assignment' }).click();
  await expect(page.getByText('Assignment saved.')).toBeVisible();
  const complaintPath = new URL(page.url()).pathname;
  const complaintId = complaintPath.split('/').pop() ?? '';
  await screen(page, 'complaints-05-assigned');
  await logout(page);

  // the staff member signs in and replies publicly (which opens the new complaint): the first-response clock stops, met
  await page.getByTestId('login-button').click();
  await keycloakLogin(page, staffEmail, password);
  await expect(page.getByTestId('dashboard-context')).toBeVisible();
  await page.goto(complaintPath);
  await expect(page.getByRole('heading', { level: 1, name: 'Broken vase' })).toBeVisible();
  const reply = page.getByTestId('reply-form');
  await reply.getByRole('textbox', { name: 'Reply to the customer' }).fill('We are sorry! A new vase is on its way. Is the address still right?');
  await reply.getByRole('button', { name: 'Send reply' }).click();
  await expect(reply.getByText('Reply sent to the customer.')).toBeVisible();
  await expect(page.getByTestId('complaint-status').first()).toHaveText('Open');
  await expect(firstResponse.getByTestId('clock-state')).toHaveText('Stopped');
  await expect(firstResponse.getByTestId('clock-outcome')).toHaveText('Met');
  await expect(resolution.getByTestId('clock-state')).toHaveText('Running');
  await reply.getByRole('radio', { name: /Internal note/ }).check();
  await reply.getByRole('textbox', { name: 'Note for your team' }).fill('Courier dropped it; claim filed.');
  await reply.getByRole('button', { name: 'Add note' }).click();
  const conversation = page.getByRole('list', { name: 'Messages, oldest first' });
  await expect(conversation.getByRole('article', { name: 'Internal note' })).toContainText('claim filed');
  await expect(conversation.getByRole('article', { name: 'Public reply' })).toContainText('A new vase is on its way');
  await screen(page, 'complaints-06-first-response-met');

  // waits for the customer's answer: the resolution clock pauses
  await page.getByTestId('status-WAITING_FOR_CUSTOMER').click();
  await expect(page.getByTestId('complaint-status').first()).toHaveText('Waiting for customer');
  await expect(resolution.getByTestId('clock-state')).toHaveText('Paused: waiting for the customer');
  await screen(page, 'complaints-07-complaint-waiting');

  // the customer reads the reply (never the note) and answers: the complaint is open again
  await customer.goto(statusUrl);
  await expect(customer.getByTestId('complaint-status')).toHaveText('Waiting for your answer');
  const thread = customer.getByRole('list', { name: 'Messages, oldest first' });
  await expect(thread.getByRole('article', { name: 'Our reply' })).toContainText('A new vase is on its way');
  await expect(thread).not.toContainText('claim filed');
  await customer.getByRole('textbox', { name: 'Your message' }).fill('Yes, the address is right. Thank you!');
  await customer.getByTestId('complaint-answer-submit').click();
  await expect(customer.getByText('Your message was sent.')).toBeVisible();
  await expect(customer.getByTestId('complaint-status')).toHaveText('In progress');
  await expect(thread.getByRole('article', { name: 'You' }).last()).toContainText('the address is right');
  await screen(customer, 'complaints-08-status-page-answered');

  // staff see the answer (the resolution clock runs again) and resolve the complaint
  await page.reload();
  await expect(page.getByTestId('complaint-status').first()).toHaveText('Open');
  await expect(conversation.getByRole('article', { name: 'Customer' }).last()).toContainText('the address is right');
  await expect(resolution.getByTestId('clock-state')).toHaveText('Running');
  await page.getByTestId('status-RESOLVED').click();
  await expect(page.getByTestId('complaint-status').first()).toHaveText('Resolved');
  await expect(page.getByRole('button', { name: 'Reopen' })).toBeVisible();
  await expect(resolution.getByTestId('clock-outcome')).toHaveText('Met');
  await screen(page, 'complaints-09-resolved');

  // the follow-up CSAT survey goes out at once; without mail its link is on the complaint's page
  const surveyLink = await followUpLink(page, complaintId);
  await page.reload();
  await expect(page.getByTestId('follow-up-link')).toHaveText(surveyLink);
  await screen(page, 'complaints-10-follow-up-sent');

  // the customer answers it, without any login
  await customer.goto(surveyLink);
  const csat = customer.getByTestId('question-csat');
  await expect(csat).toBeVisible();
  await csat.getByRole('radio', { name: '5', exact: true }).check();
  await customer.getByTestId('question-comment').locator('textarea, input[type="text"]').first().fill('Quick and friendly, thank you.');
  await screen(customer, 'complaints-11-follow-up-survey');
  await customer.getByTestId('survey-submit').click();
  await expect(customer.getByTestId('survey-thank-you')).toBeVisible();
  await phone.close();

  // the score shows on the complaint
  await expect
    .poll(async () => (await api(page, 'GET', `/api/complaints/${complaintId}`)).body?.followUp?.state, { timeout: 60_000 })
    .toBe('ANSWERED');
  await page.reload();
  await expect(page.getByTestId('follow-up-state')).toHaveText('Answered');
  await expect(page.getByTestId('follow-up-csat')).toHaveText('CSAT 5 of 5');
  await expect(page.getByTestId('follow-up-comment')).toContainText('Quick and friendly');
  await screen(page, 'complaints-12-follow-up-score');

  const stored = await api(page, 'GET', `/api/complaints/${complaintId}`);
  expect(stored.body.complaint).toMatchObject({ reference, unitId: unit.body.id, channel: 'WEB', status: 'RESOLVED' });
});
