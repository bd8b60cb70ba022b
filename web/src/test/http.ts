import { vi } from 'vitest';

/** Test helpers for mocking `fetch`, the app's only external edge. */
export function jsonResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}) {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });
}

export function problemResponse(
  status: number,
  problem: {
    title: string;
    detail?: string;
    errors?: { path: string; message: string }[];
    /** e.g. `urn:percee:problem:caseload-full`; other members are problem extensions. */
    type?: string;
    [extension: string]: unknown;
  },
  headers: Record<string, string> = {},
) {
  return new Response(JSON.stringify({ type: 'about:blank', status, ...problem }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

/** Install a `fetch` mock; returns the vi.fn so tests can inspect calls. */
export function mockFetch(handler: Handler) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) =>
    handler(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, init),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function authorizationOf(init: RequestInit | undefined): string | null {
  return new Headers(init?.headers).get('Authorization');
}

/** One page of a keyset-paginated list (`{ items, nextCursor }`); the last page by default. */
export function pageResponse(items: unknown[], nextCursor: string | null = null) {
  return jsonResponse({ items, nextCursor });
}
