import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi } from '@/testing/api';
import { fakeAuth } from '@/testing/auth';
import { me } from '@/testing/fixtures';
import { renderRoute, renderWithProviders } from '@/testing/render';
import { RejectedRowsTable } from '@/components/RejectedRowsTable';
import { survey, SURVEY_ID } from '../testing/fixtures';

const BASE = `/api/surveys/${SURVEY_ID}`;
const EMPTY_PAGE = { items: [], page: 0, size: 20, total: 0 };

function rejected(rows: { row: number; field: string; message: string }[]) {
  return jsonResponse(
    422,
    {
      status: 422,
      title: 'Rows rejected',
      detail: `${rows.length} rows were rejected; nothing was imported`,
      rejectedRows: rows,
    },
    'application/problem+json',
  );
}

function handlers(extra: Record<string, unknown> = {}) {
  return {
    'GET /api/me': me({ roles: ['MANAGER'] }),
    [`GET ${BASE}`]: survey({ status: 'PUBLISHED', publishedVersion: 1 }),
    [`GET ${BASE}/invitations`]: EMPTY_PAGE,
    [`GET ${BASE}/mail-log`]: EMPTY_PAGE,
    ...extra,
  };
}

async function openCsv(user: ReturnType<typeof userEvent.setup>) {
  renderRoute(`/surveys/${SURVEY_ID}/distribution`, { auth: fakeAuth() });
  await user.click(await screen.findByTestId('csv-tab'));
  return screen.findByTestId('csv-import-form');
}

describe('rejected rows table', () => {
  it('lists every rejected row by line, sorted, with field and problem', () => {
    renderWithProviders(
      <RejectedRowsTable
        numbering="line"
        rows={[
          { row: 5, field: 'language', message: 'must be en or de' },
          { row: 2, field: 'email', message: 'is not a valid email address' },
        ]}
      />,
    );
    const table = screen.getByTestId('rejected-rows');
    expect(table).toHaveTextContent('2 problems: nothing was imported');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['2', 'email', 'is not a valid email address'],
      ['5', 'language', 'must be en or de'],
    ]);
  });

  it('numbers entries of a list from 1', () => {
    renderWithProviders(<RejectedRowsTable numbering="entry" rows={[{ row: 0, field: 'email', message: 'bad' }]} />);
    expect(within(screen.getByTestId('rejected-rows')).getAllByRole('row')[1]).toHaveTextContent(/^1emailbad$/);
  });
});

describe('survey distribution', () => {
  it('uploads pasted CSV as a file and shows the rejected rows of a 422', async () => {
    const { requests, fetchMock } = mockApi(
      handlers({
        [`POST ${BASE}/invitations/upload`]: rejected([
          { row: 3, field: 'email', message: 'is not a valid email address' },
          { row: 4, field: 'attributes.Plan', message: 'names are lowercase letters, digits and _ (up to 40)' },
        ]),
      }),
    );
    const user = userEvent.setup();
    const form = await openCsv(user);
    await user.type(within(form).getByTestId('csv-text'), 'email,name{enter}ana@example.com,Ana{enter}nope,Bob');
    await user.click(within(form).getByTestId('csv-import'));

    const table = await within(form).findByTestId('rejected-rows');
    expect(table).toHaveTextContent('2 problems: nothing was imported');
    expect(table).toHaveTextContent('3emailis not a valid email address');
    expect(table).toHaveTextContent('4attributes.Plannames are lowercase letters');
    const upload = requests.find((r) => r.url.pathname.endsWith('/upload'))!;
    expect(upload.method).toBe('POST');
    expect(upload.headers.get('Content-Type')).toBeNull(); // multipart: the browser sets the boundary
    const init = fetchMock.mock.calls.find(([input]) => String(input).endsWith('/upload'))![1]!;
    const file = (init.body as FormData).get('file') as File;
    expect(file.name).toBe('pasted.csv');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(file);
    });
    expect(text).toBe('email,name\nana@example.com,Ana\nnope,Bob\n');
  });

  it('invites one customer with attributes and shows the personal link', async () => {
    const { requests } = mockApi(
      handlers({
        [`POST ${BASE}/invitations`]: {
          invited: [
            {
              invitationId: 'i1',
              email: 'ana@example.com',
              token: 't1',
              link: 'http://localhost/s/t1',
              mailQueued: true,
            },
          ],
          skipped: [{ email: 'ben@example.com', reason: 'QUIET_PERIOD' }],
        },
      }),
    );
    const user = userEvent.setup();
    renderRoute(`/surveys/${SURVEY_ID}/distribution`, { auth: fakeAuth() });
    const form = await screen.findByTestId('invite-customer-form');
    await user.type(within(form).getByRole('textbox', { name: /Email/ }), 'ana@example.com');
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Ana Lopez');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Language' }), 'de');
    await user.click(within(form).getByRole('button', { name: 'Add attribute' }));
    await user.type(within(form).getByRole('textbox', { name: 'Attribute 1' }), 'segment');
    await user.type(within(form).getByRole('textbox', { name: 'Value 1' }), 'enterprise');
    await user.click(within(form).getByTestId('invite-customer'));

    const report = await screen.findByTestId('import-report');
    expect(report).toHaveTextContent('Invited: 1 · skipped: 1');
    expect(report).toHaveTextContent('Email queued');
    expect(report).toHaveTextContent('ben@example.com: invited to a survey recently (quiet period)');
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      invitees: [
        { email: 'ana@example.com', name: 'Ana Lopez', language: 'de', attributes: { segment: 'enterprise' } },
      ],
    });
  });

  it('shows a rejected field of a single invitation at the field', async () => {
    mockApi(
      handlers({
        [`POST ${BASE}/invitations`]: rejected([{ row: 0, field: 'email', message: 'is not a valid email address' }]),
      }),
    );
    const user = userEvent.setup();
    renderRoute(`/surveys/${SURVEY_ID}/distribution`, { auth: fakeAuth() });
    const form = await screen.findByTestId('invite-customer-form');
    const email = within(form).getByRole('textbox', { name: /Email/ });
    await user.type(email, 'ana@example.com');
    await user.click(within(form).getByTestId('invite-customer'));
    await waitFor(() => expect(email).toHaveAccessibleDescription('is not a valid email address'));
  });

  it('lists invitations with their status and hides an empty mail log', async () => {
    mockApi(
      handlers({
        [`GET ${BASE}/invitations`]: {
          items: [
            {
              id: 'i1',
              email: 'ana@example.com',
              name: 'Ana',
              language: 'en',
              status: 'ANSWERED',
              token: 't1',
              link: 'http://localhost/s/t1',
              createdAt: '2026-01-02T10:00:00Z',
              answeredAt: '2026-01-03T10:00:00Z',
            },
            {
              id: 'i2',
              email: 'ben@example.com',
              language: 'de',
              status: 'PENDING',
              token: 't2',
              link: 'http://localhost/s/t2',
              createdAt: '2026-01-02T10:00:00Z',
            },
          ],
          page: 0,
          size: 20,
          total: 2,
        },
      }),
    );
    renderRoute(`/surveys/${SURVEY_ID}/distribution`, { auth: fakeAuth() });
    const table = await screen.findByTestId('invitations-table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(table).toHaveTextContent('Answered');
    expect(table).toHaveTextContent('Pending');
    expect(within(table).getByRole('button', { name: 'Copy the link of ben@example.com' })).toBeInTheDocument();
    expect(screen.queryByTestId('mail-log')).not.toBeInTheDocument();
  });

  it("shows an erased customer's invitations and mails with a placeholder instead of their data", async () => {
    // after erasure the backend leaves out email, name, language, token and link, and the mail's recipient
    mockApi(
      handlers({
        [`GET ${BASE}/invitations`]: {
          items: [{ id: 'i1', status: 'ANSWERED', createdAt: '2026-01-02T10:00:00Z', answeredAt: '2026-01-03T10:00:00Z' }],
          page: 0,
          size: 20,
          total: 1,
        },
        [`GET ${BASE}/mail-log`]: {
          items: [{ id: 'm1', kind: 'INVITATION', status: 'SENT', attempts: 1, createdAt: '2026-01-02T10:00:00Z', sentAt: '2026-01-02T10:01:00Z' }],
          page: 0,
          size: 20,
          total: 1,
        },
      }),
    );
    renderRoute(`/surveys/${SURVEY_ID}/distribution`, { auth: fakeAuth() });
    const row = within(await screen.findByTestId('invitations-table')).getAllByRole('row')[1]!;
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(/^Erased customer$/);
    expect(row).toHaveTextContent('Answered');
    expect(within(row).queryByRole('button')).not.toBeInTheDocument(); // no link left to copy
    const mail = within(await screen.findByTestId('mail-log')).getAllByRole('row')[1]!;
    expect(within(mail).getAllByRole('cell')[0]).toHaveTextContent(/^Erased customer$/);
    expect(mail).toHaveTextContent('SENT');
  });

  it('names the skip reasons of an import, opted-out customers too', async () => {
    mockApi(
      handlers({
        [`POST ${BASE}/invitations`]: {
          invited: [],
          skipped: [
            { email: 'ana@example.com', reason: 'OPTED_OUT' },
            { email: 'ben@example.com', reason: 'ALREADY_INVITED' },
          ],
        },
      }),
    );
    const user = userEvent.setup();
    renderRoute(`/surveys/${SURVEY_ID}/distribution`, { auth: fakeAuth() });
    const form = await screen.findByTestId('invite-customer-form');
    await user.type(within(form).getByRole('textbox', { name: /Email/ }), 'ana@example.com');
    await user.click(within(form).getByTestId('invite-customer'));

    const skipped = await screen.findByTestId('skipped-list');
    expect(skipped).toHaveTextContent('ana@example.com: opted out of mails');
    expect(skipped).toHaveTextContent('ben@example.com: already invited to this survey');
  });

  it('asks to publish before inviting', async () => {
    mockApi(handlers({ [`GET ${BASE}`]: survey() }));
    renderRoute(`/surveys/${SURVEY_ID}/distribution`, { auth: fakeAuth() });
    expect(await screen.findByTestId('distribution-not-open')).toHaveTextContent(
      'Publish the survey before inviting customers',
    );
    expect(screen.getByTestId('invite-customer')).toBeDisabled();
  });
});
