import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problemResponse } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { unit } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { UnitsRoute } from './UnitsRoute';

const tree = [
  unit('sales', 'Sales', [unit('north', 'North', [unit('north-a', 'North-A')]), unit('south', 'South')], { memberCount: 3 }),
  unit('ops', 'Operations'),
];

async function openAction(user: ReturnType<typeof userEvent.setup>, unitName: string, action: string) {
  await user.click(await screen.findByRole('button', { name: `Actions for ${unitName}` }));
  await user.click(await screen.findByRole('menuitem', { name: action }));
}

describe('UnitsRoute', () => {
  it('shows the tree as nested lists', async () => {
    mockApi({ 'GET /api/units': tree });
    renderWithProviders(<UnitsRoute />, { auth: fakeAuth() });
    const top = await screen.findByRole('list', { name: 'Units' });
    const topItems = within(top).getAllByRole('listitem').filter((li) => li.parentElement === top);
    expect(topItems.map((li) => li.firstElementChild?.textContent)).toEqual([
      expect.stringContaining('Operations'),
      expect.stringContaining('Sales'),
    ]);
    expect(topItems[1]).toHaveTextContent('3 members');
    const sales = screen.getByTestId('unit-sales');
    expect(within(sales).getByTestId('unit-north-a')).toBeInTheDocument();
  });

  it('shows an empty state with a create button', async () => {
    mockApi({ 'GET /api/units': [] });
    renderWithProviders(<UnitsRoute />, { auth: fakeAuth() });
    const empty = await screen.findByTestId('units-empty');
    expect(empty).toHaveTextContent('No units yet');
    expect(within(empty).getByRole('button', { name: 'New unit' })).toBeEnabled();
  });

  it('offers only valid new parents when moving, and sends the move', async () => {
    const { requests } = mockApi({
      'GET /api/units': tree,
      'PUT /api/units/north': { ...tree[0]!.children[0]!, parentId: 'ops' },
    });
    const user = userEvent.setup();
    renderWithProviders(<UnitsRoute />, { auth: fakeAuth() });
    await openAction(user, 'North', 'Move');

    const dialog = await screen.findByRole('dialog', { name: 'Move North' });
    const select = within(dialog).getByRole('combobox', { name: 'New parent unit' });
    const options = within(select).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Top level (no parent)', 'Operations', 'Sales', 'Sales › South']);
    expect(select).toHaveValue('sales'); // the current parent

    await user.selectOptions(select, 'ops');
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(await screen.findByRole('status')).toHaveTextContent('North was moved.');
    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({ name: 'North', kind: 'DEPARTMENT', parentId: 'ops' });
  });

  it('shows a 422 on parentId under the parent field', async () => {
    mockApi({
      'GET /api/units': tree,
      'PUT /api/units/ops': problemResponse(422, {
        title: 'Unprocessable Entity',
        detail: 'Invalid move.',
        errors: [{ field: 'parentId', message: 'A unit cannot move below itself.' }],
      }),
    });
    const user = userEvent.setup();
    renderWithProviders(<UnitsRoute />, { auth: fakeAuth() });
    await openAction(user, 'Operations', 'Move');
    const dialog = await screen.findByRole('dialog', { name: 'Move Operations' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'New parent unit' }), 'south');
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    const select = within(dialog).getByRole('combobox', { name: 'New parent unit' });
    await waitFor(() => expect(select).toHaveAccessibleDescription('A unit cannot move below itself.'));
  });

  it('creates a sub-unit below the chosen unit', async () => {
    const { requests } = mockApi({
      'GET /api/units': tree,
      'POST /api/units': unit('west', 'West', [], { parentId: 'sales' }),
    });
    const user = userEvent.setup();
    renderWithProviders(<UnitsRoute />, { auth: fakeAuth() });
    await openAction(user, 'Sales', 'Add sub-unit');
    const dialog = await screen.findByRole('dialog', { name: 'New unit' });
    expect(within(dialog).getByRole('combobox', { name: 'Belongs to' })).toHaveValue('sales');
    await user.type(within(dialog).getByRole('textbox', { name: /name/i }), '  West ');
    await user.click(within(dialog).getByRole('button', { name: 'Create unit' }));
    expect(await screen.findByRole('status')).toHaveTextContent('West was created.');
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ name: 'West', kind: 'TEAM', parentId: 'sales' });
  });

  it('renames a unit keeping its parent', async () => {
    const { requests } = mockApi({
      'GET /api/units': tree,
      'PUT /api/units/south': unit('south', 'South & East', [], { parentId: 'sales' }),
    });
    const user = userEvent.setup();
    renderWithProviders(<UnitsRoute />, { auth: fakeAuth() });
    await openAction(user, 'South', 'Rename');
    const dialog = await screen.findByRole('dialog', { name: 'Rename South' });
    const name = within(dialog).getByRole('textbox', { name: /name/i });
    await user.clear(name);
    await user.type(name, 'South & East');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('status')).toHaveTextContent('South & East was saved.');
    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({ name: 'South & East', kind: 'TEAM', parentId: 'sales' });
  });

  it('confirms before deleting and explains a 409', async () => {
    mockApi({
      'GET /api/units': tree,
      'DELETE /api/units/sales': problemResponse(409, {
        title: 'Conflict',
        detail: 'Sales still has sub-units or members.',
      }),
    });
    const user = userEvent.setup();
    renderWithProviders(<UnitsRoute />, { auth: fakeAuth() });
    await openAction(user, 'Sales', 'Delete');
    const dialog = await screen.findByRole('dialog', { name: 'Delete Sales?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Sales still has sub-units or members.');
  });
});
