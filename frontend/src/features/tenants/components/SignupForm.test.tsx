import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeAuth } from '@/testing/auth';
import { renderWithProviders } from '@/testing/render';
import { browserTimeZone } from '@/lib/timezones';
import { SignupCard } from './SignupCard';

function jsonResponse(status: number, body: unknown, contentType = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

/** Only this test file replaces fetch, and only per test (restoreMocks in vite.config.ts). */
function mockFetch(response: Response) {
  return vi.spyOn(globalThis, 'fetch').mockResolvedValue(response);
}

async function fillValidForm(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByRole('textbox', { name: /organization name/i }), 'Acme Corporation');
  await user.type(screen.getByRole('textbox', { name: /your name/i }), 'Alex Example');
  await user.type(screen.getByRole('textbox', { name: /work email/i }), 'alex@acme.example');
  await user.type(passwordInput(), 'Secret-Passw0rd');
  await user.type(confirmationInput(), 'Secret-Passw0rd');
}

// Password inputs have no textbox role.
const passwordInput = () => screen.getByLabelText(/^password/i, { selector: 'input' });
const confirmationInput = () => screen.getByLabelText(/repeat the password/i, { selector: 'input' });

/** The visible error text an input points to through aria-describedby. */
function describedErrorText(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => document.getElementById(id))
    .filter((el): el is HTMLElement => el !== null && /error/i.test(el.id))
    .map((el) => el.textContent ?? '')
    .join(' ');
}

describe('SignupForm', () => {
  it('shows a 409 from the backend under the slug field', async () => {
    const fetchMock = mockFetch(
      jsonResponse(
        409,
        {
          type: 'https://fokus.example/problems/slug-taken',
          title: 'Conflict',
          status: 409,
          detail: 'The address "acme-corporation" is already taken.',
        },
        'application/problem+json',
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<SignupCard />);

    await fillValidForm(user);
    const slug = screen.getByRole('textbox', { name: /workspace address/i });
    expect(slug).toHaveValue('acme-corporation');
    expect(slug).not.toHaveAttribute('aria-invalid');

    await user.click(screen.getByRole('button', { name: 'Create organization' }));

    expect(await screen.findByText('The address "acme-corporation" is already taken.')).toBeVisible();
    expect(slug).toHaveAttribute('aria-invalid', 'true');
    expect(describedErrorText(slug)).toBe('The address "acme-corporation" is already taken.');
    expect(slug).toHaveFocus();
    // The other fields are fine, and there is no general error alert.
    expect(screen.getByRole('textbox', { name: /organization name/i })).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Your organization could not be created')).not.toBeInTheDocument();

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/signup');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(init?.body))).toEqual({
      organizationName: 'Acme Corporation',
      slug: 'acme-corporation',
      adminName: 'Alex Example',
      adminEmail: 'alex@acme.example',
      password: 'Secret-Passw0rd',
      locale: 'en',
      timezone: browserTimeZone(),
    });

    // Editing the slug clears its error; the next submit goes out with the new slug.
    await user.clear(slug);
    await user.type(slug, 'acme-hq');
    expect(slug).not.toHaveAttribute('aria-invalid');
  });

  it('shows each field message of a 400 under its input', async () => {
    mockFetch(
      jsonResponse(
        400,
        {
          title: 'Bad Request',
          status: 400,
          detail: 'Invalid request content.',
          errors: [
            { field: 'adminEmail', message: 'must be a well-formed email address' },
            { field: 'organizationName', message: 'size must be between 2 and 120' },
          ],
        },
        'application/problem+json',
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<SignupCard />);
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Create organization' }));

    const email = screen.getByRole('textbox', { name: /work email/i });
    const name = screen.getByRole('textbox', { name: /organization name/i });
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(describedErrorText(email)).toBe('must be a well-formed email address');
    expect(describedErrorText(name)).toBe('size must be between 2 and 120');
    expect(name).toHaveFocus(); // first invalid field in form order
  });

  it('validates on the client, focuses the first invalid field and sends nothing', async () => {
    const fetchMock = vi.spyOn(globalThis, 'fetch');
    const user = userEvent.setup();
    renderWithProviders(<SignupCard />);

    await user.type(screen.getByRole('textbox', { name: /work email/i }), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Create organization' }));

    const name = screen.getByRole('textbox', { name: /organization name/i });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
    expect(describedErrorText(name)).toBe('This field is required.');
    expect(describedErrorText(screen.getByRole('textbox', { name: /work email/i }))).toBe(
      'Enter a valid email address.',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('suggests the slug from the name until the user edits it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SignupCard />);
    const name = screen.getByRole('textbox', { name: /organization name/i });
    const slug = screen.getByRole('textbox', { name: /workspace address/i });

    await user.type(name, 'Müller GmbH');
    expect(slug).toHaveValue('mueller-gmbh');

    await user.clear(slug);
    await user.type(slug, 'MUELLER');
    expect(slug).toHaveValue('mueller'); // lowercased while typing
    await user.type(name, ' & Co');
    expect(slug).toHaveValue('mueller');
  });

  it('checks the password policy and the confirmation before sending', async () => {
    const fetchMock = vi.spyOn(globalThis, 'fetch');
    const user = userEvent.setup();
    renderWithProviders(<SignupCard />);
    await user.type(screen.getByRole('textbox', { name: /organization name/i }), 'Acme Corporation');
    await user.type(screen.getByRole('textbox', { name: /your name/i }), 'Alex Example');
    await user.type(screen.getByRole('textbox', { name: /work email/i }), 'alex@acme.example');
    await user.type(passwordInput(), 'secret-password1');
    await user.type(confirmationInput(), 'secret-password2');
    await user.click(screen.getByRole('button', { name: 'Create organization' }));

    expect(passwordInput()).toHaveAttribute('aria-invalid', 'true');
    expect(passwordInput()).toHaveFocus();
    expect(describedErrorText(passwordInput())).toBe('Include at least one upper-case letter.');
    expect(describedErrorText(confirmationInput())).toBe("The passwords don't match.");
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("shows the backend's password policy error under the password field", async () => {
    mockFetch(
      jsonResponse(
        400,
        {
          title: 'Bad Request',
          status: 400,
          errors: [{ field: 'password', message: 'Invalid password: must not be equal to the email.' }],
        },
        'application/problem+json',
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<SignupCard />);
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Create organization' }));

    await waitFor(() => expect(passwordInput()).toHaveAttribute('aria-invalid', 'true'));
    expect(describedErrorText(passwordInput())).toBe('Invalid password: must not be equal to the email.');
    expect(passwordInput()).toHaveFocus();
  });

  it('shows the success panel after a 201', async () => {
    mockFetch(
      jsonResponse(201, {
        id: '0b5f6f8e-8f59-4a43-9d4e-0c7f5b0e6a11',
        name: 'Acme Corporation',
        slug: 'acme-corporation',
        locale: 'en',
        timezone: 'Europe/Berlin',
      }),
    );
    const auth = fakeAuth({ signedIn: false });
    const user = userEvent.setup();
    renderWithProviders(<SignupCard />, { auth });
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Create organization' }));

    const panel = await screen.findByRole('status');
    expect(within(panel).getByRole('heading', { name: 'Welcome to Fokus!' })).toHaveFocus();
    expect(panel).toHaveTextContent(
      'Your organization Acme Corporation is ready. Sign in as alex@acme.example to set it up.',
    );
    expect(screen.queryByRole('button', { name: 'Create organization' })).not.toBeInTheDocument();

    // "Sign in as <email>" starts the OIDC sign-in with the email pre-filled.
    await user.click(within(panel).getByRole('button', { name: 'Sign in as alex@acme.example' }));
    expect(auth.signinRedirect).toHaveBeenCalledWith(
      expect.objectContaining({ login_hint: 'alex@acme.example', state: { returnTo: '/' } }),
    );
  });

  it('shows other errors in an alert with the problem detail', async () => {
    mockFetch(
      jsonResponse(
        503,
        { title: 'Service Unavailable', status: 503, detail: 'Sign-up is paused for maintenance.' },
        'application/problem+json',
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<SignupCard />);
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Create organization' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your organization could not be created');
    expect(alert).toHaveTextContent('Sign-up is paused for maintenance.');
  });
});
