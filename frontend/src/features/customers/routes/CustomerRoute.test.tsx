import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problemResponse } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';
import { ANA_ID, customer, customerPage } from '../testing/fixtures';

const PATH = `/api/customers/${ANA_ID}`;
const ACTIVITY = `/api/surveys/customers/${ANA_ID}/activity`;
const activity = {
  invitations: [
    { surveyId: 's1', surveyName: 'After delivery', status: 'ANSWERED', invitedAt: '2026-11-20T09:00:00Z', answeredAt: '2026-11-21T09:00:00Z', reminders: 1 },
  ],
  responses: [{ surveyId: 's1', surveyName: 'After delivery', responseId: 'r1', submittedAt: '2026-11-21T09:00:00Z', scores: { NPS: 9 } }],
};

describe('CustomerRoute', () => {
  it("shows the customer's details and survey activity", async () => {
    mockApi({ 'GET /api/me': me({ roles: ['MANAGER'] }), [`GET ${PATH}`]: customer(), [`GET ${ACTIVITY}`]: activity });
    renderRoute(`/customers/${ANA_ID}`, { auth: fakeAuth() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Ana Lopez' })).toBeInTheDocument();
    const form = screen.getByTestId('customer-edit-form');
    expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveValue('Ana Lopez');
    expect(within(form).getByRole('textbox', { name: /External id/ })).toHaveValue('C-1001');
    expect(within(form).getByRole('textbox', { name: 'Attribute 1' })).toHaveValue('segment');
    expect(within(form).getByRole('textbox', { name: 'Value 1' })).toHaveValue('enterprise');
    const invitations = await screen.findByTestId('customer-invitations');
    expect(within(invitations).getByRole('link', { name: 'After delivery' })).toHaveAttribute('href', '/surveys/s1');
    expect(invitations).toHaveTextContent('Answered');
    expect(screen.getByTestId('customer-responses')).toHaveTextContent('NPS 9');
  });

  it('saves changes, attributes and the opt-out', async () => {
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['ADMIN'] }),
      [`GET ${PATH}`]: customer(),
      [`GET ${ACTIVITY}`]: { invitations: [], responses: [] },
      [`PUT ${PATH}`]: ({ body }) => ({ ...customer(), ...(body as object), optedOutAt: '2026-12-01T10:00:00Z' }),
    });
    const user = userEvent.setup();
    renderRoute(`/customers/${ANA_ID}`, { auth: fakeAuth() });
    const form = await screen.findByTestId('customer-edit-form');
    expect(await screen.findByText('Not invited to a survey yet.')).toBeInTheDocument();

    await user.selectOptions(within(form).getByRole('combobox', { name: /Language/ }), 'de');
        await user.click(within(form).getByRole('switch', { name: /^No more mails to this customer/ }));
    await user.click(within(form).getByRole('button', { name: 'Add attribute' }));
    await user.type(within(form).getByRole('textbox', { name: 'Attribute 2' }), 'Region');
    await user.type(within(form).getByRole('textbox', { name: 'Value 2' }), ' north ');
    await user.click(within(form).getByTestId('customer-save'));

    expect(await within(form).findByRole('status')).toHaveTextContent('Customer saved.');
    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
      name: 'Ana Lopez',
      language: 'de',
      externalId: 'C-1001',
      attributes: { segment: 'enterprise', region: 'north' },
      optedOut: true,
    });
  });

  it('explains erasure and asks before erasing; afterwards the list opens', async () => {
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['MANAGER'] }),
      [`GET ${PATH}`]: customer(),
      [`GET ${ACTIVITY}`]: { invitations: [], responses: [] },
      [`DELETE ${PATH}`]: new Response(null, { status: 204 }),
      'GET /api/customers': customerPage([]),
    });
    const user = userEvent.setup();
    renderRoute(`/customers/${ANA_ID}`, { auth: fakeAuth() });
    await user.click(await screen.findByTestId('erase-customer'));

    const dialog = await screen.findByRole('dialog', { name: 'Erase Ana Lopez?' });
    expect(dialog).toHaveTextContent('removes this customer\'s personal data');
    expect(dialog).toHaveTextContent('Their scores stay in the results, anonymously.');
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Erase' }));

    expect(await screen.findByTestId('customers-empty')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Ana Lopez was erased.');
    expect(requests.filter((r) => r.method === 'DELETE').map((r) => r.url.pathname)).toEqual([PATH]);
  });

  it('says so when the customer does not exist (or was erased)', async () => {
    mockApi({
      'GET /api/me': me({ roles: ['MANAGER'] }),
      [`GET ${PATH}`]: problemResponse(404, { title: 'Not Found' }),
    });
    renderRoute(`/customers/${ANA_ID}`, { auth: fakeAuth() });
    expect(await screen.findByText('This customer does not exist (or was erased)')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('link', { name: '← All customers' })).toHaveAttribute('href', '/customers'));
  });
});
