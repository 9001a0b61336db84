import { vi } from 'vitest';

export function jsonResponse(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': contentType },
  });
}

export function problemResponse(
  status: number,
  problem: { title?: string; detail?: string; type?: string; errors?: { field: string; message: string }[] } = {},
): Response {
  return jsonResponse(status, { status, title: problem.title ?? `HTTP ${status}`, ...problem }, 'application/problem+json');
}

export interface MockRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** Parsed JSON body, if any. */
  body: unknown;
}

/** Answer: a Response, or any other value sent as 200 JSON. */
export type MockHandler = (request: MockRequest) => unknown;

/**
 * Replaces fetch for this test (restoreMocks puts it back): handlers keyed by "METHOD /path"
 * (query string ignored). Unknown requests get a 404 problem naming the request, so a test
 * forgetting a handler fails visibly.
 */
export function mockApi(handlers: Record<string, MockHandler | Response | object>) {
  const requests: MockRequest[] = [];
  const fetchMock = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const request: MockRequest = { method, url, headers: new Headers(init?.headers), body };
    requests.push(request);
    const handler = handlers[`${method} ${url.pathname}`];
    if (handler === undefined) {
      return problemResponse(404, { title: 'Not Found', detail: `No mock for ${method} ${url.pathname}` });
    }
    const value = typeof handler === 'function' ? await (handler as MockHandler)(request) : handler;
    if (value instanceof Response) return value.clone();
    return jsonResponse(200, value);
  });
  return { fetchMock, requests };
}
