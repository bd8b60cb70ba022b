import { apiResponse, type QueryValue } from './api-client';

/** The file name a response suggests (Content-Disposition), or `fallback`. */
export function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  if (!match?.[1]) return fallback;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/**
 * Download a file from the API (a CSV export). The access token lives in memory only, so a plain
 * link cannot carry it: the file is fetched with the token, then saved through a temporary object URL.
 */
export async function downloadFromApi(
  path: string,
  {
    query,
    fallbackName,
    accept = 'text/csv',
  }: { query?: Record<string, QueryValue>; fallbackName: string; accept?: string },
): Promise<string> {
  const response = await apiResponse(path, { method: 'GET', query, headers: { Accept: accept } });
  const blob = await response.blob();
  const name = fileNameOf(response, fallbackName);
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Let the browser start the download before the URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return name;
}
