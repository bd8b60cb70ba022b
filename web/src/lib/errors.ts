// The subpath keeps the shared schemas (zod) out of the initial bundle, as for permissions.
import { isProblemCode } from '@percee/shared/problem-codes';
import type { TFunction } from 'i18next';
import { ApiError } from './api-client';

/** True when an update was refused because the resource changed since it was read (If-Match). */
export function isStaleError(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 412 || error.status === 428);
}

/** The request never reached the server (offline, DNS, connection dropped). */
export function isNetworkError(error: unknown): boolean {
  return error instanceof ApiError && error.isNetworkError;
}

/** A 404: the record does not exist, or not for this person (the API never says which). */
export function isNotFoundError(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** A translated, human message for any error thrown by a query or mutation. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('errors.generic');
  if (error.isNetworkError) return t('errors.network');
  // A refusal with a stable code (a conflict, an unknown reference…) in the reader's language, never
  // the server's English `detail` (issue 18.8). Field validation keeps its summary.
  if ((error.status === 409 || error.status === 422) && error.slug !== 'unprocessable' && isProblemCode(error.slug)) {
    return t(`serverProblems.${error.slug}`);
  }
  switch (error.status) {
    case 400:
    case 422:
      return t('validation.summary');
    case 403:
      return t('errors.forbidden');
    case 404:
      return t('errors.notFound');
    case 409:
      return t('errors.conflict');
    case 412:
    case 428:
      return t('errors.stale');
    case 429:
      return t('errors.rateLimited');
    default:
      return error.status >= 500 ? t('errors.server') : t('errors.generic');
  }
}
