import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse } from '@/testing/api';
import { api, configureApiAuth, TENANT_HEADER } from './api-client';
import { isProblemError } from './problem-details';
import { getSelectedTenantId, setSelectedTenantId, TENANT_STORAGE_KEY } from './tenant-selection';

const TENANT = '11111111-1111-4111-8111-111111111111';

function mockFetch(response: Response = jsonResponse(200, { ok: true })) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async () => response.clone());
}

function sentHeaders(fetchMock: ReturnType<typeof mockFetch>, call = 0): Headers {
  return new Headers(fetchMock.mock.calls[call]?.[1]?.headers);
}

describe('api client', () => {
  it('sends the selected tenant as X-Fokus-Tenant on every request', async () => {
    const fetchMock = mockFetch();
    setSelectedTenantId(TENANT);
    await api.get('/api/members');
    await api.put('/api/settings', { name: 'Acme' });
    expect(sentHeaders(fetchMock, 0).get(TENANT_HEADER)).toBe(TENANT);
    expect(sentHeaders(fetchMock, 1).get(TENANT_HEADER)).toBe(TENANT);
  });

  it('sends no tenant header without a selection, and stops after clearing it', async () => {
    const fetchMock = mockFetch();
    await api.get('/api/me');
    expect(sentHeaders(fetchMock).has(TENANT_HEADER)).toBe(false);

    setSelectedTenantId(TENANT);
    setSelectedTenantId(null);
    await api.get('/api/me');
    expect(sentHeaders(fetchMock, 1).has(TENANT_HEADER)).toBe(false);
    expect(window.localStorage.getItem(TENANT_STORAGE_KEY)).toBeNull();
  });

  it('keeps the selection in localStorage and ignores values that are not tenant ids', () => {
    setSelectedTenantId(TENANT);
    expect(window.localStorage.getItem(TENANT_STORAGE_KEY)).toBe(TENANT);
    setSelectedTenantId('not-a-uuid');
    expect(getSelectedTenantId()).toBeNull();
  });

  it('sends the access token when signed in', async () => {
    const fetchMock = mockFetch();
    configureApiAuth({ getAccessToken: async () => 'token-123' });
    await api.get('/api/me');
    expect(sentHeaders(fetchMock).get('Authorization')).toBe('Bearer token-123');
  });

  it('sends neither token nor tenant to public endpoints', async () => {
    const fetchMock = mockFetch();
    configureApiAuth({ getAccessToken: () => 'token-123' });
    setSelectedTenantId(TENANT);
    await api.get('/api/config', { anonymous: true });
    expect(sentHeaders(fetchMock).has('Authorization')).toBe(false);
    expect(sentHeaders(fetchMock).has(TENANT_HEADER)).toBe(false);
  });

  it('sends no Authorization header when nobody is signed in', async () => {
    const fetchMock = mockFetch();
    configureApiAuth({ getAccessToken: () => undefined });
    await api.get('/api/me');
    expect(sentHeaders(fetchMock).has('Authorization')).toBe(false);
  });

  it('asks to sign in again on 401 and rejects with the problem', async () => {
    mockFetch(problemResponse(401, { title: 'Unauthorized', detail: 'Token expired' }));
    const onUnauthorized = vi.fn();
    configureApiAuth({ getAccessToken: () => 'old-token', onUnauthorized });
    const error = await api.get('/api/me').catch((e: unknown) => e);
    expect(isProblemError(error) && error.status).toBe(401);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('does not ask to sign in again for other errors', async () => {
    mockFetch(problemResponse(403, { title: 'Forbidden', detail: 'Not a member of this tenant' }));
    const onUnauthorized = vi.fn();
    configureApiAuth({ getAccessToken: () => 'token', onUnauthorized });
    const error = await api.get('/api/me').catch((e: unknown) => e);
    expect(isProblemError(error) && error.detail).toBe('Not a member of this tenant');
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('builds query strings without empty parameters', async () => {
    const fetchMock = mockFetch();
    await api.get('/api/members', { query: { q: '', page: 2, size: 20, other: undefined } });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/members?page=2&size=20');
  });

  it('returns undefined for 204 and sends POST without a body', async () => {
    const fetchMock = mockFetch(new Response(null, { status: 204 }));
    await expect(api.post('/api/members/x/deactivate')).resolves.toBeUndefined();
    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.method).toBe('POST');
    expect(init?.body).toBeUndefined();
    expect(new Headers(init?.headers).has('Content-Type')).toBe(false);
  });
});
