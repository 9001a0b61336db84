import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setLanguagePreference } from '@/lib/i18n';
import { mockApi, problemResponse } from '@/testing/api';
import { renderRoute } from '@/testing/render';

const TOKEN = 'u-token-123';
const PATH = `/api/public/unsubscribe/${TOKEN}`;
const details = { organization: 'Acme Corporation', email: 'a***@example.com', optedOut: false };

describe('UnsubscribeRoute', () => {
  it('unsubscribes without a login and confirms it', async () => {
    const { requests } = mockApi({
      [`GET ${PATH}`]: details,
      [`POST ${PATH}`]: { ...details, optedOut: true },
    });
    const user = userEvent.setup();
    renderRoute(`/u/${TOKEN}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'No more mails from Acme Corporation?' })).toBeInTheDocument();
    expect(screen.getByText(/sends survey invitations to a\*\*\*@example\.com/)).toBeInTheDocument();
    await user.click(screen.getByTestId('unsubscribe'));

    const done = await screen.findByRole('heading', { level: 1, name: 'You are unsubscribed' });
    expect(done).toHaveFocus();
    expect(screen.getByTestId('unsubscribed')).toHaveTextContent('Acme Corporation will send no more mails to a***@example.com.');
    expect(requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([`GET ${PATH}`, `POST ${PATH}`]);
    expect(requests.every((r) => !r.headers.has('Authorization'))).toBe(true);
  });

  it('says so when the customer already opted out, in German too', async () => {
    mockApi({ [`GET ${PATH}`]: { ...details, optedOut: true } });
    await setLanguagePreference('de');
    renderRoute(`/u/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sie sind abgemeldet' })).toBeInTheDocument();
    await setLanguagePreference('en');
  });

  it('explains an unknown link', async () => {
    mockApi({ [`GET ${PATH}`]: problemResponse(404, { title: 'Not Found' }) });
    renderRoute(`/u/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'This link is not valid' })).toBeInTheDocument();
  });
});
