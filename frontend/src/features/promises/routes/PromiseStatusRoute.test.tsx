import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, problemResponse } from '@/testing/api';
import { renderRoute } from '@/testing/render';
import { isPublicPromisePath } from '../utils/public-path';

const PATH = '/api/public/promises/tok-1';

describe('promise status page for customers', () => {
  it('is public: no sign-in, no tenant, no staff names or notes', async () => {
    const { requests } = mockApi({
      [`GET ${PATH}`]: {
        organization: 'Acme Corporation',
        reference: 'P-000123',
        text: 'Send a replacement vase by Friday',
        status: 'RENEGOTIATED',
        dueAt: '2026-12-11T16:00:00Z',
        dueOn: '2026-12-11',
        decidedAt: null,
        history: [
          { at: '2026-11-30T09:00:00Z', action: 'MADE', dueAfter: '2026-12-04T16:00:00Z' },
          { at: '2026-12-03T09:00:00Z', action: 'RENEGOTIATED', dueAfter: '2026-12-11T16:00:00Z' },
        ],
      },
    });
    expect(isPublicPromisePath('/promise-status/tok-1')).toBe(true);
    expect(isPublicPromisePath('/promises/tok-1')).toBe(false);
    renderRoute('/promise-status/tok-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'What we promised you' })).toBeInTheDocument();
    expect(screen.getByTestId('promise-status-organization')).toHaveTextContent('Acme Corporation · P-000123');
    expect(screen.getByTestId('promise-status-text')).toHaveTextContent('Send a replacement vase by Friday');
    expect(screen.getByTestId('promise-status')).toHaveTextContent('In progress (new date agreed)');
    const entries = screen.getAllByTestId('promise-history-entry');
    expect(entries.map((e) => e.querySelector('.mantine-Timeline-itemTitle')?.textContent)).toEqual(['Promised', 'New date agreed']);
    const request = requests.find((r) => r.url.pathname === PATH)!;
    expect(request.headers.get('Authorization')).toBeNull();
    expect(request.headers.get('X-Fokus-Tenant')).toBeNull();
    expect(requests.some((r) => r.url.pathname === '/api/me')).toBe(false);
  });

  it('says when the link is unknown', async () => {
    mockApi({ [`GET ${PATH}`]: problemResponse(404, { title: 'Not Found' }) });
    renderRoute('/promise-status/tok-1');
    expect(await screen.findByTestId('promise-status-unknown')).toHaveTextContent("We can't find this promise");
  });
});
