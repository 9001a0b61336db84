import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Classification } from '@/lib/api/types';
import { jsonResponse, mockApi, problemResponse } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';
import { CATEGORY_ID, classification, PRIORITY_ID } from '../testing/fixtures';

describe('complaint settings', () => {
  it('adds a category with both names and edits a priority', async () => {
    let categories: Classification[] = [];
    const { requests } = mockApi({
      'GET /api/me': me({ roles: ['MANAGER'] }),
      'GET /api/complaints/categories': () => categories,
      'POST /api/complaints/categories': ({ body }) => {
        const created = { id: CATEGORY_ID, ...(body as Omit<Classification, 'id'>) };
        categories = [created];
        return jsonResponse(201, created);
      },
      'GET /api/complaints/priorities': [classification(PRIORITY_ID, 'High', 'Hoch')],
      [`PUT /api/complaints/priorities/${PRIORITY_ID}`]: ({ body }) => ({ id: PRIORITY_ID, ...(body as object) }),
    });
    const user = userEvent.setup();
    renderRoute('/complaints/settings', { auth: fakeAuth() });

    const editor = await screen.findByTestId('categories-editor');
    expect(await within(editor).findByText('No categories yet.')).toBeInTheDocument();
    const add = within(editor).getByRole('form', { name: 'New category' });
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    expect(within(add).getByRole('textbox', { name: 'English name' })).toHaveAccessibleDescription('This field is required.');
    await user.type(within(add).getByRole('textbox', { name: 'English name' }), 'Delivery');
    await user.type(within(add).getByRole('textbox', { name: 'German name' }), 'Lieferung');
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    expect(await within(editor).findByRole('form', { name: 'Entry Delivery' })).toBeInTheDocument();

    const high = within(screen.getByTestId('priorities-editor')).getByRole('form', { name: 'Entry High' });
    await user.click(within(high).getByRole('switch', { name: 'Active' }));
    await user.click(within(high).getByRole('button', { name: 'Save' }));
    expect(await within(high).findByText('Saved.')).toBeInTheDocument();

    expect(requests.filter((r) => r.method !== 'GET').map((r) => [r.method, r.url.pathname, r.body])).toEqual([
      ['POST', '/api/complaints/categories', { nameEn: 'Delivery', nameDe: 'Lieferung', active: true, position: 10 }],
      ['PUT', `/api/complaints/priorities/${PRIORITY_ID}`, { nameEn: 'High', nameDe: 'Hoch', active: false, position: 10 }],
    ]);
  });

  it('shows the server’s field errors', async () => {
    mockApi({
      'GET /api/me': me({ roles: ['ADMIN'] }),
      'GET /api/complaints/categories': [],
      'GET /api/complaints/priorities': [],
      'POST /api/complaints/priorities': problemResponse(400, { title: 'Bad Request', errors: [{ field: 'nameDe', message: 'must not be blank' }] }),
    });
    const user = userEvent.setup();
    renderRoute('/complaints/settings', { auth: fakeAuth() });
    const add = await screen.findByRole('form', { name: 'New priority' });
    await user.type(within(add).getByRole('textbox', { name: 'English name' }), 'Low');
    await user.type(within(add).getByRole('textbox', { name: 'German name' }), 'Niedrig');
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    const german = within(add).getByRole('textbox', { name: 'German name' });
    await waitFor(() => expect(german).toHaveAccessibleDescription('must not be blank'));
    expect(german).toHaveFocus();
  });

  it('is not open to staff', async () => {
    mockApi({ 'GET /api/me': me({ roles: ['STAFF'] }) });
    renderRoute('/complaints/settings', { auth: fakeAuth() });
    expect(await screen.findByRole('heading', { name: 'You are not allowed to open this page' })).toBeInTheDocument();
  });
});
