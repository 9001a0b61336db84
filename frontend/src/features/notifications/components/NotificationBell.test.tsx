import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Notice, NoticesPage } from '@/lib/api/types';
import { mockApi } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';

const WARNING_ID = 'cccccccc-0000-4000-8000-000000000001';
const OLD_ID = 'cccccccc-0000-4000-8000-000000000002';

function notice(overrides: Partial<Notice> = {}): Notice {
  return {
    id: WARNING_ID,
    kind: 'complaints.sla-warning',
    title: 'First response due soon: C-000001',
    body: '75% of the first-response time is used.',
    link: '/profile',
    createdAt: '2026-03-02T09:00:00Z',
    readAt: null,
    ...overrides,
  };
}

function page(items: Notice[], unread: number): NoticesPage {
  return { page: { items, page: 0, size: 10, total: items.length }, unread };
}

describe('NotificationBell', () => {
  it('shows the unread count, lists notices and opens one, marking it read', async () => {
    const read = notice({ id: OLD_ID, title: 'Welcome', body: '', link: null, readAt: '2026-03-01T09:00:00Z' });
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['STAFF'] }),
      'GET /api/notifications': page([notice(), read], 1),
      [`POST /api/notifications/${WARNING_ID}/read`]: { id: WARNING_ID, readAt: '2026-03-02T10:00:00Z' },
    });
    const user = userEvent.setup();
    renderRoute('/', { auth: fakeAuth() });

    const bell = await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    await user.click(bell);
    const list = await screen.findByTestId('notification-list');
    expect(within(list).getByTestId(`notice-${WARNING_ID}`)).toHaveTextContent('Unread: First response due soon');
    expect(within(list).getByTestId(`notice-${OLD_ID}`)).toHaveTextContent('Welcome');
    expect(requests.find((r) => r.url.pathname === '/api/notifications')?.url.searchParams.get('lang')).toBe('en');

    await user.click(within(list).getByTestId(`notice-${WARNING_ID}`));
    await waitFor(() =>
      expect(requests.some((r) => r.method === 'POST' && r.url.pathname.endsWith(`${WARNING_ID}/read`))).toBe(true),
    );
    // opening a read notice marks nothing
    await user.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    await user.click(within(await screen.findByTestId('notification-list')).getByTestId(`notice-${OLD_ID}`));
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('says when there is nothing, and marks all read', async () => {
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['MANAGER'] }),
      'GET /api/notifications': ({ url }: { url: URL }) => (url.searchParams.get('lang') ? page([notice()], 1) : page([], 0)),
      'POST /api/notifications/read-all': { marked: 1 },
    });
    const user = userEvent.setup();
    renderRoute('/', { auth: fakeAuth() });
    await user.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    await user.click(await screen.findByRole('button', { name: 'Mark all read' }));
    await waitFor(() => expect(requests.some((r) => r.url.pathname === '/api/notifications/read-all')).toBe(true));
  });

  it('shows an empty state', async () => {
    mockApi({ 'GET /api/me': me({ roles: ['HR'] }), 'GET /api/notifications': page([], 0) });
    const user = userEvent.setup();
    renderRoute('/', { auth: fakeAuth() });
    await user.click(await screen.findByRole('button', { name: 'Notifications' }));
    expect(await screen.findByText(/No notifications yet/)).toBeInTheDocument();
  });
});
