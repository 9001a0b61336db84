import { currentLanguage } from '@/lib/i18n';
import { parseProblemResponse, ProblemError } from '@/lib/problem-details';
import { getSelectedTenantId } from '@/lib/tenant-selection';

/** Request header that selects the tenant (the backend answers 403 when the user isn't a member). */
export const TENANT_HEADER = 'X-Fokus-Tenant';

export interface ApiRequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Serialized as JSON. */
  body?: unknown;
  /** Query parameters; undefined, null and '' values are left out. */
  query?: Record<string, string | number | boolean | null | undefined>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Public endpoints: send neither the access token nor the tenant header. */
  anonymous?: boolean;
}

/** How the client learns about the signed-in user; set once the OIDC client exists. */
export interface ApiAuth {
  /** The current access token, or undefined when nobody is signed in. */
  getAccessToken: () => Promise<string | undefined> | string | undefined;
  /** Called for every 401 response: the session is gone, sign in again. */
  onUnauthorized?: (problem: ProblemError) => void;
}

let auth: ApiAuth | null = null;

/** Connects the API client to the OIDC client (null disconnects it, e.g. in tests). */
export function configureApiAuth(next: ApiAuth | null): void {
  auth = next;
}

function withQuery(path: string, query: ApiRequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}${path.includes('?') ? '&' : '?'}${search}` : path;
}

/**
 * Calls the Fokus backend. Paths are relative to the page origin ("/api/..."): in production
 * Spring Boot serves this SPA itself, in development Vite proxies /api to the backend.
 * Sends the access token (Authorization: Bearer) when signed in and the selected tenant (X-Fokus-Tenant).
 * Resolves with the parsed JSON body (undefined for empty bodies); rejects with a ProblemError
 * for non-2xx responses (parsed from problem+json) and for network failures (status 0).
 */
export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  if (!path.startsWith('/')) {
    throw new Error(`API paths are relative to the page origin and start with '/': ${path}`);
  }
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLanguage(),
  };
  if (!options.anonymous) {
    const token = auth ? await auth.getAccessToken() : undefined;
    if (token) headers.Authorization = `Bearer ${token}`;
    const tenantId = getSelectedTenantId();
    if (tenantId) headers[TENANT_HEADER] = tenantId;
  }
  Object.assign(headers, options.headers);

  const init: RequestInit = {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    credentials: 'same-origin',
    signal: options.signal,
  };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), init);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    const error = new ProblemError({ status: 0, title: 'Network error', detail: String(cause) });
    throw Object.assign(error, { cause });
  }

  if (!response.ok) {
    const problem = await parseProblemResponse(response);
    if (problem.status === 401 && !options.anonymous) auth?.onUnauthorized?.(problem);
    throw problem;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

type Options = Omit<ApiRequestOptions, 'method' | 'body'>;

export const api = {
  get: <T>(path: string, options?: Options) => apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Options) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body: unknown, options?: Options) =>
    apiRequest<T>(path, { ...options, method: 'PUT', body }),
  delete: <T = void>(path: string, options?: Options) => apiRequest<T>(path, { ...options, method: 'DELETE' }),
};
