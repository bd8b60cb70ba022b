import { afterEach, describe, expect, it, vi } from 'vitest';
import { authorizationOf, jsonResponse, mockFetch, problemResponse } from '../test/http';
import {
  ApiError,
  api,
  configureApiClient,
  getAccessToken,
  ifMatch,
  isProblem,
  parseRetryAfter,
  setAccessToken,
} from './api-client';

const REFRESH_URL = '/api/v1/auth/refresh';

afterEach(() => {
  configureApiClient({ onSessionExpired: () => {}, getLanguage: () => undefined });
});

describe('api client — silent refresh', () => {
  it('on 401, refreshes exactly once and retries the request with the new token', async () => {
    setAccessToken('expired-token');
    const fetchMock = mockFetch((url, init) => {
      if (url === REFRESH_URL) {
        return jsonResponse({ accessToken: 'fresh-token', tokenType: 'Bearer', expiresIn: 900 });
      }
      return authorizationOf(init) === 'Bearer fresh-token'
        ? jsonResponse({ ok: true })
        : problemResponse(401, { title: 'Unauthorized' });
    });

    await expect(api.get('/me')).resolves.toEqual({ ok: true });

    const urls = fetchMock.mock.calls.map(([url]) => url);
    expect(urls).toEqual(['/api/v1/me', REFRESH_URL, '/api/v1/me']);
    expect(authorizationOf(fetchMock.mock.calls[0]?.[1])).toBe('Bearer expired-token');
    expect(authorizationOf(fetchMock.mock.calls[2]?.[1])).toBe('Bearer fresh-token');
    const refreshInit = fetchMock.mock.calls[1]?.[1];
    expect(refreshInit?.method).toBe('POST');
    expect(refreshInit?.credentials).toBe('same-origin');
    expect(getAccessToken()).toBe('fresh-token');
  });

  it('shares a single refresh between concurrent 401s', async () => {
    setAccessToken('expired-token');
    const fetchMock = mockFetch(async (url, init) => {
      if (url === REFRESH_URL) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        return jsonResponse({ accessToken: 'fresh-token', tokenType: 'Bearer', expiresIn: 900 });
      }
      return authorizationOf(init) === 'Bearer fresh-token'
        ? jsonResponse({ url })
        : problemResponse(401, { title: 'Unauthorized' });
    });

    await Promise.all([api.get('/a'), api.get('/b'), api.get('/c')]);

    expect(fetchMock.mock.calls.filter(([url]) => url === REFRESH_URL)).toHaveLength(1);
    expect(fetchMock).toHaveBeenCalledTimes(7);
  });

  it('when the refresh fails: no retry, the session ends and the 401 is thrown', async () => {
    setAccessToken('expired-token');
    const onSessionExpired = vi.fn();
    configureApiClient({ onSessionExpired });
    const fetchMock = mockFetch(() => problemResponse(401, { title: 'Unauthorized' }));

    const error = await api.get('/me').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/api/v1/me', REFRESH_URL]);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(getAccessToken()).toBeNull();
  });

  it('does not loop when the retried request is still unauthorised', async () => {
    setAccessToken('expired-token');
    const fetchMock = mockFetch((url) =>
      url === REFRESH_URL
        ? jsonResponse({ accessToken: 'fresh-token', tokenType: 'Bearer', expiresIn: 900 })
        : problemResponse(401, { title: 'Unauthorized' }),
    );

    await expect(api.get('/me')).rejects.toMatchObject({ status: 401 });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('never refreshes for requests that opt out (sign-in: 401 means bad credentials)', async () => {
    const fetchMock = mockFetch(() => problemResponse(401, { title: 'Invalid credentials' }));
    await expect(api.post('/auth/login', { email: 'a@b.be', password: 'x' }, { auth: false })).rejects.toMatchObject({
      status: 401,
      title: 'Invalid credentials',
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(authorizationOf(fetchMock.mock.calls[0]?.[1])).toBeNull();
  });

  it('keeps the token in memory only', async () => {
    setAccessToken('secret-token');
    mockFetch(() => jsonResponse({}));
    await api.get('/me');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(document.cookie).not.toContain('secret-token');
  });
});

describe('api client — errors', () => {
  it('turns problem+json into an ApiError with field errors keyed by form field', async () => {
    setAccessToken('token');
    mockFetch(() =>
      problemResponse(400, {
        title: 'Validation failed',
        detail: 'The request body is invalid',
        errors: [
          { path: 'body.email', message: 'Invalid email address' },
          { path: 'body.email', message: 'second message is ignored' },
          { path: 'body.displayName', message: 'Too small' },
        ],
      }),
    );

    const error = await api.post('/admin/users', {}).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.title).toBe('Validation failed');
    expect(apiError.detail).toBe('The request body is invalid');
    expect(apiError.fieldErrors).toEqual({ email: 'Invalid email address', displayName: 'Too small' });
    expect(apiError.errors).toHaveLength(3);
  });

  it('reads Retry-After on 429', async () => {
    mockFetch(() => problemResponse(429, { title: 'Too Many Requests' }, { 'Retry-After': '42' }));
    await expect(api.post('/auth/login', {}, { auth: false })).rejects.toMatchObject({ status: 429, retryAfter: 42 });
  });

  it('handles error responses that are not JSON', async () => {
    mockFetch(() => new Response('Bad gateway', { status: 502, statusText: 'Bad Gateway' }));
    await expect(api.get('/me', { auth: false })).rejects.toMatchObject({ status: 502, title: 'Bad Gateway' });
  });

  it('reports an unreachable server as status 0', async () => {
    mockFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const error = await api.get('/me', { auth: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).isNetworkError).toBe(true);
  });

  it('sends JSON, the interface language and returns undefined for 204', async () => {
    configureApiClient({ getLanguage: () => 'nl' });
    const fetchMock = mockFetch(() => new Response(null, { status: 204 }));
    await expect(api.post('/auth/logout', { a: 1 })).resolves.toBeUndefined();
    const headers = new Headers(fetchMock.mock.calls[0]?.[1]?.headers);
    expect(headers.get('Accept-Language')).toBe('nl');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(fetchMock.mock.calls[0]?.[1]?.body).toBe('{"a":1}');
  });

  it('parses Retry-After as seconds or HTTP date', () => {
    expect(parseRetryAfter('120')).toBe(120);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:01:00 GMT', now)).toBe(60);
    expect(parseRetryAfter('nonsense')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe('api client — problem extensions and preconditions', () => {
  it('keeps the extension members of a problem and its short type', async () => {
    mockFetch(() =>
      problemResponse(409, {
        type: 'urn:percee:problem:possible-duplicate',
        title: 'Conflict',
        detail: 'This household may already exist',
        duplicates: [{ householdId: 'h1', reference: 'MEN-1', reason: 'same_person', detail: 'A B' }],
      }),
    );
    const error = await api.post('/households', {}).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).slug).toBe('possible-duplicate');
    expect(isProblem(error, 'possible-duplicate')).toBe(true);
    expect(isProblem(error, 'caseload-full')).toBe(false);
    expect((error as ApiError).extensions).toEqual({
      duplicates: [{ householdId: 'h1', reference: 'MEN-1', reason: 'same_person', detail: 'A B' }],
    });
  });

  it('sends If-Match with the version as a strong ETag, and PUT bodies', async () => {
    const fetchMock = mockFetch(() => jsonResponse({}));
    await api.post('/cases/c1/transitions', { to: 'planning' }, { headers: ifMatch(7) });
    await api.put('/cases/c1/co-workers', { userIds: [] });

    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).get('If-Match')).toBe('"7"');
    expect(fetchMock.mock.calls[1]?.[1]?.method).toBe('PUT');
    expect(fetchMock.mock.calls[1]?.[1]?.body).toBe('{"userIds":[]}');
  });
});
