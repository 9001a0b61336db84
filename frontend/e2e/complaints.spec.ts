import { expect, test } from '@playwright/test';
import { api, screen, signUpAndLogin } from './support';

// Issue 9: a customer files a complaint on the tenant's public form (no login), the admin finds it in the inbox,
// assigns it to a unit and a member, replies publicly (and notes something internally), waits for the customer;
// the customer reads the reply (not the note) on the status page and answers, which opens the complaint again;
// staff resolve it.
test('a complaint goes from the public form through the inbox to resolved', async ({ page, browser }) => {
  const { slug } = await signUpAndLogin(page, { prefix: 'cmp', organization: 'Complaints' });
  const unit = await api(page, 'POST', '/api/units', { name: 'Service desk', kind: 'TEAM' });
  expect(unit.status).toBe(201);

  // the inbox starts empty and shows the public form's link
  await page.getByTestId('nav-complaints').click();
  await expect(page.getByTestId('complaints-empty')).toBeVisible();
  const formLink = page.getByTestId('form-link');
  await expect(formLink).toContainText('/complain/');
  const link = (await formLink.innerText()).trim();
  await screen(page, 'complaints-01-empty-inbox');

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

  // the admin finds it in the inbox and opens it
  await page.reload();
  const row = page.getByTestId(`complaint-row-${reference}`);
  await expect(row).toContainText('Broken vase');
  await expect(row).toContainText('New');
  await expect(page.getByTestId('complaints-count')).toHaveText('1 complaint');
  await screen(page, 'complaints-04-inbox');
  await row.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Broken vase' })).toBeVisible();
  await expect(page.getByTestId('complaint-description')).toContainText('the vase inside is broken');

  // assigns it to the unit and to a member (the admin is the organization's only member)
  const assignment = page.getByTestId('assignment-form');
  await assignment.getByRole('combobox', { name: 'Unit' }).selectOption({ label: 'Service desk' });
  await assignment.getByRole('combobox', { name: 'Assignee' }).selectOption({ label: 'Ada Admin' });
  await assignment.getByRole('button', { name: 'Save assignment' }).click();
  await expect(page.getByText('Assignment saved.')).toBeVisible();

  // a public reply (which opens the new complaint) and an internal note, told apart
  const reply = page.getByTestId('reply-form');
  await reply.getByRole('textbox', { name: 'Reply to the customer' }).fill('We are sorry! A new vase is on its way. Is the address still right?');
  await reply.getByRole('button', { name: 'Send reply' }).click();
  await expect(reply.getByText('Reply sent to the customer.')).toBeVisible();
  await expect(page.getByTestId('complaint-status').first()).toHaveText('Open');
  await reply.getByRole('radio', { name: /Internal note/ }).check();
  await reply.getByRole('textbox', { name: 'Note for your team' }).fill('Courier dropped it; claim filed.');
  await reply.getByRole('button', { name: 'Add note' }).click();
  const conversation = page.getByRole('list', { name: 'Messages, oldest first' });
  await expect(conversation.getByRole('article', { name: 'Internal note' })).toContainText('claim filed');
  await expect(conversation.getByRole('article', { name: 'Public reply' })).toContainText('A new vase is on its way');

  // waits for the customer's answer
  await page.getByTestId('status-WAITING_FOR_CUSTOMER').click();
  await expect(page.getByTestId('complaint-status').first()).toHaveText('Waiting for customer');
  await screen(page, 'complaints-05-complaint-waiting');

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
  await screen(customer, 'complaints-06-status-page-answered');
  await phone.close();

  // staff see the answer and resolve the complaint
  await page.reload();
  await expect(page.getByTestId('complaint-status').first()).toHaveText('Open');
  await expect(conversation.getByRole('article', { name: 'Customer' }).last()).toContainText('the address is right');
  await page.getByTestId('status-RESOLVED').click();
  await expect(page.getByTestId('complaint-status').first()).toHaveText('Resolved');
  await expect(page.getByRole('button', { name: 'Reopen' })).toBeVisible();
  await screen(page, 'complaints-07-resolved');

  const stored = await api(page, 'GET', '/api/complaints?status=RESOLVED');
  expect(stored.body.total).toBe(1);
  expect(stored.body.items[0]).toMatchObject({ reference, unitId: unit.body.id, channel: 'WEB', status: 'RESOLVED' });
});
