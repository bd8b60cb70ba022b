import type { UnreadCount } from '@percee/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from './api-client';

/*
 * The notifications' query keys and the unread count: the header's badge (app shell) and the "my day"
 * page (features/my-day) read and refresh the same queries.
 */
export const notificationKeys = {
  all: ['notifications'] as const,
  unread: () => [...notificationKeys.all, 'unread-count'] as const,
  list: () => [...notificationKeys.all, 'list'] as const,
};

/** Polled while the app is open: a sign-off shows without a reload. */
export const unreadCountQueryOptions = () =>
  queryOptions({
    queryKey: notificationKeys.unread(),
    queryFn: ({ signal }) => api.get<UnreadCount>('/notifications/unread-count', { signal }),
    refetchInterval: 60_000,
  });
