import type { Appointment, CaseloadEntry, Notification, Task } from '@percee/shared';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../lib/api-client';
import { fetchAllPages } from '../../lib/fetch-all-pages';
import { notificationKeys } from '../../lib/notifications';
import { queryRoots } from '../../lib/reference-data';

/** Midnight (local) of the day holding `at`, and of the next day: "today" on the worker's clock. */
export function todayRange(at = new Date()) {
  const from = new Date(at.getFullYear(), at.getMonth(), at.getDate());
  const to = new Date(from);
  to.setDate(to.getDate() + 1);
  return { from: from.toISOString(), to: to.toISOString() };
}

export const myDayKeys = {
  all: ['my-day'] as const,
  appointments: (from: string) => [...myDayKeys.all, 'appointments', from] as const,
  tasks: (to: string) => [...myDayKeys.all, 'tasks', to] as const,
  teamOverdue: () => [...myDayKeys.all, 'team-overdue'] as const,
  overdue: () => [...queryRoots.caseload, 'my-day-overdue'] as const,
};

/** Today's appointments in my agenda (a day: a page or two at most). */
export const todaysAppointmentsQueryOptions = (from: string, to: string) =>
  queryOptions({
    queryKey: myDayKeys.appointments(from),
    queryFn: ({ signal }) =>
      fetchAllPages<Appointment>('/appointments', { signal, query: { scope: 'mine', from, to, limit: 200 } }),
  });

/** My open tasks due before tomorrow (the overdue ones first: the API orders by due time). */
export const tasksDueQueryOptions = (to: string) =>
  queryOptions({
    queryKey: myDayKeys.tasks(to),
    queryFn: ({ signal }) =>
      api.get<{ items: Task[]; nextCursor: string | null }>('/tasks', {
        signal,
        query: { dueBefore: to, limit: 50 },
      }),
  });

/** The team's overdue tasks, oldest first (coordinators: `task.team`). */
export const teamOverdueQueryOptions = () =>
  queryOptions({
    queryKey: myDayKeys.teamOverdue(),
    queryFn: ({ signal }) =>
      api.get<{ items: Task[]; nextCursor: string | null }>('/tasks', {
        signal,
        query: { scope: 'team', overdue: 'true', limit: 50 },
      }),
  });

/** My caseload's first page: the API lists overdue contacts first, so the overdue households are at its head. */
export const overdueHouseholdsQueryOptions = () =>
  queryOptions({
    queryKey: myDayKeys.overdue(),
    queryFn: async ({ signal }) => {
      const page = await api.get<{ items: CaseloadEntry[]; nextCursor: string | null }>('/caseload', {
        signal,
        query: { limit: 50 },
      });
      return page.items.filter((entry) => entry.case.overdue);
    },
  });

export const notificationsQueryOptions = () =>
  queryOptions({
    queryKey: notificationKeys.list(),
    queryFn: ({ signal }) =>
      api.get<{ items: Notification[]; nextCursor: string | null }>('/notifications', { signal, query: { limit: 20 } }),
  });

export function useCloseTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (task: Task) =>
      api.patch<Task>(`/tasks/${task.id}`, { status: 'done' }, { headers: ifMatch(task.version) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myDayKeys.all }),
  });
}

/** A task for myself (title and due time); refreshes the day's lists. */
export function useAddTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { title: string; dueAt: string }) => api.post<Task>('/tasks', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myDayKeys.all }),
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string | 'all') =>
      id === 'all' ? api.post('/notifications/read-all') : api.post(`/notifications/${id}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

/** Where a notification leads: the breakthrough it is about, else its case. */
export function notificationLink(notification: Notification): string | null {
  if (!notification.caseId) return null;
  if (notification.kind === 'breakthrough_approved' || notification.kind === 'breakthrough_rejected')
    return `/cases/${notification.caseId}/plan/breakthroughs/${notification.subjectId}`;
  return `/cases/${notification.caseId}`;
}
