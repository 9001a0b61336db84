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

async function requestHeaders(options: ApiRequestOptions, accept: string): Promise<Record<string, string>> {
  const headers: Record<string, string> = {
    Accept: accept,
    'Accept-Language': currentLanguage(),
  };
  if (!options.anonymous) {
    const token = auth ? await auth.getAccessToken() : undefined;
    if (token) headers.Authorization = `Bearer ${token}`;
    const tenantId = getSelectedTenantId();
    if (tenantId) headers[TENANT_HEADER] = tenantId;
  }
  return Object.assign(headers, options.headers);
}

/** Sends the request; rejects with a ProblemError for non-2xx responses and network failures (status 0). */
async function send(path: string, options: ApiRequestOptions, accept: string): Promise<Response> {
  if (!path.startsWith('/')) {
    throw new Error(`API paths are relative to the page origin and start with '/': ${path}`);
  }
  const headers = await requestHeaders(options, accept);
  const init: RequestInit = {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    credentials: 'same-origin',
    signal: options.signal,
  };
  if (options.body instanceof FormData) {
    init.body = options.body; // the browser sets the multipart Content-Type with its boundary
  } else if (options.body !== undefined) {
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
  return response;
}

/**
 * Calls the Fokus backend. Paths are relative to the page origin ("/api/..."): in production
 * Spring Boot serves this SPA itself, in development Vite proxies /api to the backend.
 * Sends the access token (Authorization: Bearer) when signed in and the selected tenant (X-Fokus-Tenant).
 * Bodies are sent as JSON, FormData as multipart.
 * Resolves with the parsed JSON body (undefined for empty bodies); rejects with a ProblemError
 * for non-2xx responses (parsed from problem+json) and for network failures (status 0).
 */
export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const response = await send(path, options, 'application/json, application/problem+json');
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface Download {
  blob: Blob;
  /** From Content-Disposition, if the server named the file. */
  filename?: string;
}

/** The file name of a Content-Disposition header (filename*=UTF-8'' or filename="..."). */
export function filenameOf(contentDisposition: string | null): string | undefined {
  if (!contentDisposition) return undefined;
  const encoded = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(contentDisposition);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(contentDisposition);
  return plain?.[1]?.trim() || undefined;
}

/**
 * Downloads a file with the same headers as every API call (a plain link can't send the access token).
 * Rejects like apiRequest.
 */
export async function apiDownload(path: string, options: Omit<ApiRequestOptions, 'method' | 'body'> = {}): Promise<Download> {
  const response = await send(path, { ...options, method: 'GET' }, '*/*');
  return { blob: await response.blob(), filename: filenameOf(response.headers.get('content-disposition')) };
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
