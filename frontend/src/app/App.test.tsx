import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isPublicSurveyPath } from '@/features/surveys';
import { npsForm, TOKEN } from '@/features/surveys/testing/fixtures';
import { mockApi } from '@/testing/api';

describe('public survey links', () => {
  afterEach(() => window.history.replaceState({}, '', '/'));

  it('recognizes /s/<token> only', () => {
    expect(isPublicSurveyPath(`/s/${TOKEN}`)).toBe(true);
    expect(isPublicSurveyPath(`/s/${TOKEN}/`)).toBe(true);
    expect(isPublicSurveyPath('/s/')).toBe(false);
    expect(isPublicSurveyPath('/surveys')).toBe(false);
    expect(isPublicSurveyPath(`/s/${TOKEN}/edit`)).toBe(false);
  });

  it('are served without the sign-in setup: no runtime config, no OIDC client', async () => {
    window.history.replaceState({}, '', `/s/${TOKEN}`);
    const { requests } = mockApi({ [`GET /api/public/surveys/${TOKEN}`]: npsForm() });
    // App decides at load time which router to build, so load it fresh for this address.
    vi.resetModules();
    const { initAppI18n } = await import('./i18n');
    initAppI18n('en');
    const { App } = await import('./App');
    render(<App />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'How likely are you to recommend us?' }),
    ).toBeInTheDocument();
    expect(requests.map((r) => r.url.pathname)).toEqual([`/api/public/surveys/${TOKEN}`]);
  });
});

describe('unsubscribe links', () => {
  afterEach(() => window.history.replaceState({}, '', '/'));

  it('are served without the sign-in setup, like survey links', async () => {
    const path = '/api/public/unsubscribe/u-token';
    window.history.replaceState({}, '', '/u/u-token');
    const { requests } = mockApi({ [`GET ${path}`]: { organization: 'Acme Corporation', email: 'a***@example.com', optedOut: false } });
    vi.resetModules();
    const { initAppI18n } = await import('./i18n');
    initAppI18n('en');
    const { App } = await import('./App');
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'No more mails from Acme Corporation?' })).toBeInTheDocument();
    expect(requests.map((r) => r.url.pathname)).toEqual([path]);
  });
});
