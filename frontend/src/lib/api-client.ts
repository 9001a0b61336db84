import { currentLanguage } from '@/lib/i18n';
import { parseProblemResponse, ProblemError } from '@/lib/problem-details';

export interface ApiRequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Serialized as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * Calls the Fokus backend. Paths are relative to the page origin ("/api/..."): in production
 * Spring Boot serves this SPA itself, in development Vite proxies /api to the backend.
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
    ...options.headers,
  };
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
    response = await fetch(path, init);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    const error = new ProblemError({ status: 0, title: 'Network error', detail: String(cause) });
    throw Object.assign(error, { cause });
  }

  if (!response.ok) throw await parseProblemResponse(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<ApiRequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body: unknown, options?: Omit<ApiRequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
};
