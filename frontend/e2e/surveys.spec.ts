import { expect, test } from '@playwright/test';
import { api, keycloakLogin, logout, screen, signUpAndLogin } from './support';

// Issue: a manager creates and publishes an NPS survey, a customer answers through the public link in Chromium,
// the manager sees the score.
test('a manager runs an NPS survey end to end', async ({ page, browser }) => {
  // a company with an admin (through the public sign-up API) and a manager invited by the admin
  const { slug } = await signUpAndLogin(page, { prefix: 'nps', organization: 'NPS' });
  const managerEmail = `manager@${slug}.test`;
  const managerPassword = 'Manager-Passw0rd-e2e';
  const invited = await api(page, 'POST', '/api/invitations', {
    email: managerEmail, displayName: 'Max Manager', roles: ['MANAGER'], level: 'MANAGER',
  });
  expect(invited.status).toBe(201);
  await logout(page);
  // the manager creates a login through the invitation link, signs in and accepts
  const invitationToken = String(invited.body.link).split('/').pop();
  const login = await page.request.post(`/api/public/invitations/${invitationToken}/login`, {
    data: { password: managerPassword },
  });
  expect(login.status()).toBe(204);
  await page.getByTestId('login-button').click();
  await keycloakLogin(page, managerEmail, managerPassword);
  await expect(page.getByTestId('no-organization')).toBeVisible();
  const mine = await api(page, 'GET', '/api/me/invitations');
  expect(mine.body).toHaveLength(1);
  // Fokus created this login itself, so its verified email is not proof enough: accepting takes the link's token
  expect(mine.body[0].linkNeeded).toBe(true);
  expect((await api(page, 'POST', `/api/me/invitations/${mine.body[0].id}/accept`)).status).toBe(404);
  const accepted = await api(page, 'POST', `/api/me/invitations/${mine.body[0].id}/accept`, {
    token: invitationToken,
  });
  expect(accepted.status).toBe(200);
  await page.reload();
  await expect(page.getByTestId('dashboard-context')).toBeVisible();

  // the manager creates an NPS survey from the template and publishes it
  await page.getByTestId('nav-surveys').click();
  await page.getByTestId('new-survey').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/name/i).first().fill('Customer NPS');
  await dialog.getByText(/net promoter score/i).first().click();
  await dialog.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/surveys\/[0-9a-f-]+\/edit/);
  await screen(page, 'surveys-01-editor');
  await page.getByTestId('publish-survey').click();
  const confirm = page.getByRole('dialog');
  if (await confirm.isVisible()) {
    await confirm.getByRole('button', { name: /publish/i }).click();
  }
  const publicLink = page.getByTestId('public-link');
  await expect(publicLink).toContainText('/s/');
  const link = (await publicLink.innerText()).trim();
  const surveyId = page.url().match(/\/surveys\/([0-9a-f-]+)\//)?.[1];
  await screen(page, 'surveys-02-published');

  // five customers answer through the public link, without any login
  const customers = await browser.newContext({ locale: 'de-DE' });
  const customer = await customers.newPage();
  for (const score of [10, 9, 9, 7, 3]) {
    await customer.goto(link);
    const nps = customer.getByTestId('question-nps');
    await expect(nps).toBeVisible();
    await nps.getByRole('radio', { name: String(score), exact: true }).check();
    if (score <= 6) {
      // display logic: only detractors are asked what to improve
      const improve = customer.getByTestId('question-improve');
      await expect(improve).toBeVisible();
      await improve.locator('textarea, input[type="text"]').first().fill('Schneller antworten');
    } else {
      await expect(customer.getByTestId('question-improve')).toHaveCount(0);
    }
    if (score === 10) {
      await screen(customer, 'surveys-03-public-page');
    }
    await customer.getByTestId('survey-submit').click();
    await expect(customer.getByTestId('survey-thank-you')).toBeVisible();
  }
  await screen(customer, 'surveys-04-thank-you');
  await customers.close();

  // the manager sees NPS = (3 promoters - 1 detractor) / 5 = 40, with n = 5
  await page.goto(`/surveys/${surveyId}/results`);
  await expect(page.getByTestId('score-value-nps')).toContainText('40');
  await expect(page.getByTestId('score-n-nps')).toContainText('5');
  await screen(page, 'surveys-05-results');
  const results = await api(page, 'GET', `/api/surveys/${surveyId}/results`);
  expect(results.body.scores[0].score.value).toBe(40);
});
