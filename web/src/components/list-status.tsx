import type { ReactNode } from 'react';
import { PageLoader } from './page-loader';
import { QueryError } from './query-error';

/** What a list screen needs of its query (a React Query result, keyset or not). */
interface ListQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/**
 * The states every list screen goes through: loading, failed (with a retry), empty (`empty`, a text
 * shown as the usual empty state, or a node of its own), else the list itself (`children`).
 */
export function ListStatus({
  query,
  count,
  empty,
  children,
}: {
  query: ListQuery;
  count: number;
  empty: ReactNode;
  children: ReactNode;
}) {
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (count === 0) return typeof empty === 'string' ? <p className="empty-state">{empty}</p> : empty;
  return children;
}
