import type { AccessToken, FieldError, Problem } from '@percee/shared';

/**
 * Typed fetch wrapper for the Percée API.
 *
 * - The access token lives in this module's memory only (never in localStorage/sessionStorage):
 *   a page reload loses it and the session is restored with the httpOnly refresh cookie.
 * - On a 401, one silent `POST /auth/refresh` is made (shared between concurrent requests),
 *   then the request is retried once. If the refresh fails the session is over.
 * - Error responses (RFC 9457 problem+json) become an `ApiError`.
 */

export const API_PREFIX = '/api/v1';

/** Problem types of the API are URNs under this prefix, e.g. `urn:percee:problem:caseload-full`. */
export const PROBLEM_TYPE_PREFIX = 'urn:percee:problem:';

let accessToken: string | null = null;

export function getAccessToken(): string | null {
  return accessToken;
}

export function setAccessToken(token: string | null): void {
  accessToken = token;
}

interface ClientConfig {
  /** Sent as Accept-Language so the server can localise its messages. */
  getLanguage: () => string | undefined;
  /** Called when an authenticated request fails and the session cannot be refreshed. */
  onSessionExpired: () => void;
}

const config: ClientConfig = {
  getLanguage: () => undefined,
  onSessionExpired: () => {},
};

export function configureApiClient(options: Partial<ClientConfig>): void {
  Object.assign(config, options);
}

interface ApiErrorInit {
  status: number;
  title: string;
  type?: string;
  detail?: string | undefined;
  errors?: FieldError[] | undefined;
  retryAfter?: number | undefined;
  extensions?: Record<string, unknown> | undefined;
}

/** An HTTP error from the API (or `status: 0` when the server could not be reached). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly title: string;
  readonly type: string;
  readonly detail: string | undefined;
  /** Raw field errors as sent by the server. */
  readonly errors: readonly FieldError[];
  /** Field errors keyed by form field (`body.email` → `email`); first message per field. */
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** Seconds to wait before retrying (from Retry-After), when the server said so. */
  readonly retryAfter: number | undefined;
  /**
   * The problem's extension members (RFC 9457 §3.2), e.g. `duplicates` of a possible duplicate
   * or `allowedMoves` of an illegal transition. Untrusted: read them with a type guard.
   */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(init: ApiErrorInit) {
    super(init.detail ?? init.title);
    this.status = init.status;
    this.title = init.title;
    this.type = init.type ?? 'about:blank';
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.fieldErrors = toFieldErrors(this.errors);
    this.retryAfter = init.retryAfter;
    this.extensions = init.extensions ?? {};
  }

  /** The short name of the problem type: `urn:percee:problem:caseload-full` → `caseload-full`. */
  get slug(): string {
    return this.type.startsWith(PROBLEM_TYPE_PREFIX) ? this.type.slice(PROBLEM_TYPE_PREFIX.length) : this.type;
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** True when `error` is an API problem of this type (short name, e.g. `possible-duplicate`). */
export function isProblem(error: unknown, slug: string): error is ApiError {
  return error instanceof ApiError && error.slug === slug;
}

const REQUEST_LOCATIONS = new Set(['body', 'query', 'params', 'headers']);

/** The form field a problem+json error path points at: `body.email` → `email`. */
export function fieldOfPath(path: string): string {
  const segments = path.split('.').filter(Boolean);
  if (segments.length > 1 && REQUEST_LOCATIONS.has(segments[0] ?? '')) segments.shift();
  return segments.join('.');
}

function toFieldErrors(errors: readonly FieldError[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const { path, message } of errors) {
    const field = fieldOfPath(path);
    if (field && !(field in result)) result[field] = message;
  }
  return result;
}

/** Retry-After is either delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readFieldErrors(value: unknown): FieldError[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((item): FieldError[] =>
    isRecord(item) && typeof item.path === 'string' && typeof item.message === 'string'
      ? [{ path: item.path, message: item.message, ...(typeof item.code === 'string' ? { code: item.code } : {}) }]
      : [],
  );
}

const PROBLEM_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'errors']);

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  let body: unknown;
  try {
    const contentType = response.headers.get('Content-Type') ?? '';
    body = /[/+]json\b/.test(contentType) ? await response.json() : undefined;
  } catch {
    body = undefined;
  }
  const problem: Partial<Problem> = isRecord(body) ? body : {};
  const extensions = isRecord(body)
    ? Object.fromEntries(Object.entries(body).filter(([key]) => !PROBLEM_MEMBERS.has(key)))
    : undefined;
  return new ApiError({
    status: response.status,
    title: typeof problem.title === 'string' ? problem.title : response.statusText || `HTTP ${response.status}`,
    type: typeof problem.type === 'string' ? problem.type : undefined,
    detail: typeof problem.detail === 'string' ? problem.detail : undefined,
    errors: isRecord(body) ? readFieldErrors(body.errors) : undefined,
    retryAfter,
    extensions,
  });
}

function networkError(cause: unknown): ApiError {
  const error = new ApiError({ status: 0, title: 'Network error', type: 'about:network-error' });
  (error as { cause?: unknown }).cause = cause;
  return error;
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Serialised as JSON. */
  body?: unknown;
  query?: Record<string, QueryValue>;
  /** Extra request headers, e.g. `ifMatch(version)`. */
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** Attach the bearer token (default true). */
  auth?: boolean;
  /** On 401, refresh the token once and retry (default: same as `auth`). */
  refreshOnUnauthorized?: boolean;
}

function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const url = `${API_PREFIX}${path.startsWith('/') ? path : `/${path}`}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

async function send(url: string, options: RequestOptions, token: string | null): Promise<Response> {
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  const language = config.getLanguage();
  if (language) headers.set('Accept-Language', language);
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  if (token) headers.set('Authorization', `Bearer ${token}`);
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
  try {
    return await globalThis.fetch(url, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError(error);
  }
}

let refreshInFlight: Promise<boolean> | null = null;

/**
 * Exchange the refresh cookie for a new access token. Concurrent callers share one request.
 * Resolves `false` when there is no valid session; throws an `ApiError` on network/server errors.
 */
export function refreshAccessToken(): Promise<boolean> {
  refreshInFlight ??= (async () => {
    try {
      const response = await send(buildUrl('/auth/refresh'), { method: 'POST' }, null);
      if (response.ok) {
        const token = (await response.json()) as AccessToken;
        setAccessToken(token.accessToken);
        return true;
      }
      setAccessToken(null);
      if (response.status === 401 || response.status === 403) return false;
      throw await toApiError(response);
    } finally {
      refreshInFlight = null;
    }
  })();
  return refreshInFlight;
}

async function parseBody<T>(response: Response): Promise<T> {
  if (response.status === 204 || response.status === 205) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * Send a request and return the raw response (for downloads such as CSV exports): same token,
 * silent refresh and problem+json errors as `apiRequest`, without parsing the body.
 */
export async function apiResponse(path: string, options: RequestOptions = {}): Promise<Response> {
  const auth = options.auth ?? true;
  const refreshOnUnauthorized = options.refreshOnUnauthorized ?? auth;
  const url = buildUrl(path, options.query);

  const tokenUsed = auth ? getAccessToken() : null;
  let response = await send(url, options, tokenUsed);

  if (response.status === 401 && refreshOnUnauthorized) {
    // Another request may already have refreshed the token while this one was in flight.
    const current = getAccessToken();
    const refreshed = current !== null && current !== tokenUsed ? true : await refreshAccessToken();
    if (!refreshed) {
      config.onSessionExpired();
      throw await toApiError(response);
    }
    response = await send(url, options, getAccessToken());
    if (response.status === 401) {
      setAccessToken(null);
      config.onSessionExpired();
    }
  }

  if (!response.ok) throw await toApiError(response);
  return response;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return parseBody<T>(await apiResponse(path, options));
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
  patch: <T>(path: string, body: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'PATCH', body }),
  put: <T>(path: string, body: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'PUT', body }),
  delete: <T = void>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'DELETE' }),
};

/**
 * The If-Match header for optimistic concurrency: the API's ETag is the resource's `version`.
 * A stale version answers 412 (someone else changed the resource since it was read).
 */
export function ifMatch(version: number): Record<string, string> {
  return { 'If-Match': `"${version}"` };
}
