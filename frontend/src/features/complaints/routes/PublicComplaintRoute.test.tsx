import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { configureApiAuth, TENANT_HEADER } from '@/lib/api-client';
import { setLanguagePreference } from '@/lib/i18n';
import { setSelectedTenantId } from '@/lib/tenant-selection';
import { jsonResponse, mockApi, problemResponse } from '@/testing/api';
import { TENANT_A } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';
import { FORM_TOKEN, STATUS_TOKEN } from '../testing/fixtures';

const SUBMIT = `POST /api/public/complaints/${FORM_TOKEN}`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const FORM = `GET /api/public/complaints/${FORM_TOKEN}`;
/** The form's header: every test's API knows the form (the unknown-form tests say otherwise). */
const knownForm = { [FORM]: { organization: 'Acme Shop' } };
const receipt = () => jsonResponse(201, { reference: 'C-2026-0001', statusToken: STATUS_TOKEN });

async function open() {
  renderRoute(`/complain/${FORM_TOKEN}`);
  await screen.findByRole('heading', { level: 1, name: 'Tell us what went wrong' });
  return userEvent.setup();
}

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Ana Lopez');
  await user.type(screen.getByRole('textbox', { name: /Your email/ }), ' ana@example.com ');
  await user.type(screen.getByRole('textbox', { name: /What happened/ }), 'The parcel arrived damaged.');
}

const submitted = (requests: ReturnType<typeof mockApi>['requests']) => requests.filter((r) => r.method === 'POST');

describe('public complaint form', () => {
  it('checks the required fields first and sends nothing', async () => {
    const { requests } = mockApi({ ...knownForm });
    const user = await open();
    await user.click(screen.getByTestId('complaint-submit'));

    const email = screen.getByRole('textbox', { name: /Your email/ });
    expect(email).toHaveAccessibleDescription(/This field is required\./);
    expect(email).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /What happened/ })).toHaveAccessibleDescription('This field is required.');
    await user.type(email, 'not-an-email');
    await user.click(screen.getByTestId('complaint-submit'));
    expect(email).toHaveAccessibleDescription(/Enter a valid email address\./);
    expect(submitted(requests)).toEqual([]);
  });

  it('files the complaint without login or tenant and shows the reference and the status link', async () => {
    const { requests } = mockApi({ ...knownForm, [SUBMIT]: receipt() });
    // A signed-in colleague opening the form in the same browser must not leak their session.
    configureApiAuth({ getAccessToken: () => 'secret-token' });
    setSelectedTenantId(TENANT_A);
    const user = await open();
    await fillIn(user);
    await user.type(screen.getByRole('textbox', { name: /Order or reference number/ }), 'A-4711');
    await user.click(screen.getByTestId('complaint-submit'));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Thank you, we have your complaint' });
    expect(heading).toHaveFocus();
    expect(screen.getByTestId('complaint-reference')).toHaveTextContent('C-2026-0001');
    expect(screen.getByTestId('complaint-status-link')).toHaveAttribute('href', `/complaint-status/${STATUS_TOKEN}`);
    const [post] = submitted(requests);
    expect(post?.body).toEqual({
      name: 'Ana Lopez',
      email: 'ana@example.com',
      description: 'The parcel arrived damaged.',
      orderReference: 'A-4711',
      language: 'en',
      clientSubmissionId: expect.stringMatching(UUID),
    });
    expect(post?.headers.has('Authorization')).toBe(false);
    expect(post?.headers.has(TENANT_HEADER)).toBe(false);
  });

  it('shows the server’s field errors under the fields and focuses the first', async () => {
    mockApi({
      ...knownForm,
      [SUBMIT]: problemResponse(400, {
        title: 'Bad Request',
        errors: [
          { field: 'description', message: 'size must be between 0 and 10000' },
          { field: 'email', message: 'must be a well-formed email address' },
        ],
      }),
    });
    const user = await open();
    await fillIn(user);
    await user.click(screen.getByTestId('complaint-submit'));

    const email = screen.getByRole('textbox', { name: /Your email/ });
    await waitFor(() => expect(email).toHaveAccessibleDescription(/must be a well-formed email address/));
    expect(email).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /What happened/ })).toHaveAccessibleDescription('size must be between 0 and 10000');
  });

  it('sends a retry with the same submission id, so a lost answer files one complaint; a new form gets a new id', async () => {
    let calls = 0;
    const { requests } = mockApi({
      ...knownForm,
      [SUBMIT]: () => (++calls === 1 ? problemResponse(503, { title: 'Service Unavailable' }) : receipt()),
    });
    const user = await open();
    await fillIn(user);
    await user.click(screen.getByTestId('complaint-submit'));
    expect(await screen.findByTestId('complaint-retry')).toHaveTextContent('we will file it only once');
    expect(screen.getByRole('textbox', { name: /What happened/ })).toHaveValue('The parcel arrived damaged.');

    await user.click(screen.getByRole('button', { name: 'Send again' }));
    await screen.findByTestId('complaint-receipt');
    const [first, second] = submitted(requests).map((r) => (r.body as { clientSubmissionId: string }).clientSubmissionId);
    expect(first).toMatch(UUID);
    expect(second).toBe(first);

    await user.click(screen.getByRole('button', { name: 'Make another complaint' }));
    expect(screen.getByRole('textbox', { name: /What happened/ })).toHaveValue('');
    await fillIn(user);
    await user.click(screen.getByTestId('complaint-submit'));
    await screen.findByTestId('complaint-receipt');
    const third = (submitted(requests).at(-1)?.body as { clientSubmissionId: string }).clientSubmissionId;
    expect(third).toMatch(UUID);
    expect(third).not.toBe(first);
  });

  it('asks to wait when rate-limited', async () => {
    mockApi({
      ...knownForm,
      [SUBMIT]: new Response(JSON.stringify({ status: 429, title: 'Too Many Requests' }), {
        status: 429,
        headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '42' },
      }),
    });
    const user = await open();
    await fillIn(user);
    await user.click(screen.getByTestId('complaint-submit'));
    expect(await screen.findByTestId('complaint-rate-limited')).toHaveTextContent(/try again in 4[12] seconds/);
    expect(screen.getByTestId('complaint-submit')).toBeDisabled();
  });

  it('explains an unknown form', async () => {
    mockApi({ ...knownForm, [SUBMIT]: problemResponse(404, { title: 'Not Found', detail: 'Complaint form not found' }) });
    const user = await open();
    await fillIn(user);
    await user.click(screen.getByTestId('complaint-submit'));
    expect(await screen.findByRole('heading', { level: 1, name: 'This complaint form does not exist' })).toBeInTheDocument();
    expect(screen.queryByTestId('complaint-form')).not.toBeInTheDocument();
  });

  it('speaks German after switching the language, and sends it', async () => {
    const { requests } = mockApi({ ...knownForm, [SUBMIT]: receipt() });
    const user = await open();
    await user.click(screen.getByRole('radio', { name: 'German' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sagen Sie uns, was schiefgelaufen ist' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Ihre E-Mail-Adresse/ }), 'ana@example.com');
    await user.type(screen.getByRole('textbox', { name: /Was ist passiert/ }), 'Kaputt angekommen.');
    await user.click(screen.getByTestId('complaint-submit'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Danke, Ihre Beschwerde ist bei uns' })).toBeInTheDocument();
    expect(submitted(requests)[0]?.body).toMatchObject({ language: 'de' });
    await setLanguagePreference('en');
  });

  it('names the organization the complaint goes to', async () => {
    mockApi({ ...knownForm });
    await open();
    expect(await screen.findByTestId('complaint-form-organization')).toHaveTextContent('Your complaint to Acme Shop');
  });

  it('names the touchpoint of a touchpoint’s link and files the complaint for it', async () => {
    const { requests } = mockApi({
      [FORM]: ({ url }) =>
        url.searchParams.get('touchpoint') === 'tp-1'
          ? { organization: 'Acme Shop', touchpoint: { id: 'tp-1', name: 'Berlin shop' } }
          : { organization: 'Acme Shop' },
      [SUBMIT]: receipt(),
    });
    renderRoute(`/complain/${FORM_TOKEN}?touchpoint=tp-1`);
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Tell us what went wrong' });
    expect(await within(form).findByTestId('complaint-form-touchpoint')).toHaveTextContent('Concerning: Berlin shop');
    expect(requests.find((r) => r.method === 'GET')?.url.searchParams.get('touchpoint')).toBe('tp-1');
    await fillIn(user);
    await user.click(screen.getByTestId('complaint-submit'));
    await screen.findByTestId('complaint-receipt');
    expect(submitted(requests)[0]?.body).toMatchObject({ touchpointId: 'tp-1', description: 'The parcel arrived damaged.' });
  });

  it('is the general form for a link whose touchpoint the backend does not know (any more)', async () => {
    const { requests } = mockApi({ ...knownForm, [SUBMIT]: receipt() });
    renderRoute(`/complain/${FORM_TOKEN}?touchpoint=retired`);
    const user = userEvent.setup();
    expect(await screen.findByTestId('complaint-form-organization')).toHaveTextContent('Your complaint to Acme Shop');
    expect(screen.queryByTestId('complaint-form-touchpoint')).not.toBeInTheDocument();
    await fillIn(user);
    await user.click(screen.getByTestId('complaint-submit'));
    await screen.findByTestId('complaint-receipt');
    expect(submitted(requests)[0]?.body).not.toHaveProperty('touchpointId');
  });

  it('says at once that a form link is unknown, before anything is filled in', async () => {
    mockApi({ [FORM]: problemResponse(404, { title: 'Not Found' }) });
    renderRoute(`/complain/${FORM_TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'This complaint form does not exist' })).toBeInTheDocument();
    expect(screen.queryByTestId('complaint-form')).not.toBeInTheDocument();
  });
});
