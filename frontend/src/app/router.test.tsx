import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n';
import { renderRoute } from '@/testing/render';
import { isPublicPath } from './router';

describe('routes', () => {
  it('serves the customers’ pages without sign-in: survey, unsubscribe, complaint and promise links', () => {
    for (const path of ['/s/t', '/u/t', '/complain/t', '/complaint-status/t', '/promise-status/t']) expect(isPublicPath(path), path).toBe(true);
    for (const path of ['/promises', '/promises/t', '/promise-status/t/x', '/complaints/t']) expect(isPublicPath(path), path).toBe(false);
  });

  it('renders the landing page with the sign-up form at /', async () => {
    renderRoute('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Keep every customer promise, and prove it.' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Sign-up form' })).toBeInTheDocument();
  });

  it('renders the not-found page for unknown paths', async () => {
    renderRoute('/no/such/page');
    expect(await screen.findByRole('heading', { name: "We couldn't find that page" })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the start page' })).toHaveAttribute('href', '/');
  });

  it('switches the language from the header and remembers it', async () => {
    const user = userEvent.setup();
    renderRoute('/');
    await user.click(await screen.findByRole('radio', { name: 'German' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Jedes Kundenversprechen halten – und es belegen.' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Organisation anlegen' })).toBeInTheDocument();
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de');
  });
});
