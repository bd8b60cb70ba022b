import type {
  Appointment,
  AppointmentCreate,
  AppointmentTransition,
  AppointmentUpdate,
  OutboxMessage,
} from '@percee/shared';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../lib/api-client';
import { fetchAllPages } from '../../lib/fetch-all-pages';
import { queryRoots } from '../../lib/reference-data';

export const agendaKeys = {
  all: ['agenda'] as const,
  range: (scope: 'mine' | 'team', from: string, to: string) =>
    [...agendaKeys.all, 'range', { scope, from, to }] as const,
  ofCase: (caseId: string) => [...agendaKeys.all, 'case', caseId] as const,
  outbox: () => [...agendaKeys.all, 'outbox'] as const,
};

/** Every appointment of a range (a day or a week: a few pages at most). */
export const agendaQueryOptions = (scope: 'mine' | 'team', from: string, to: string) =>
  queryOptions({
    queryKey: agendaKeys.range(scope, from, to),
    queryFn: ({ signal }) =>
      fetchAllPages<Appointment>('/appointments', { signal, query: { scope, from, to, limit: 200 } }),
  });

export const caseAppointmentsQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: agendaKeys.ofCase(caseId),
    queryFn: ({ signal }) => fetchAllPages<Appointment>('/appointments', { signal, query: { caseId, limit: 200 } }),
  });

/** The local sink's messages (development only: the API answers 404 where no sink is configured). */
export const outboxQueryOptions = () =>
  queryOptions({
    queryKey: agendaKeys.outbox(),
    queryFn: ({ signal }) =>
      api.get<{ items: OutboxMessage[]; nextCursor: string | null }>('/dev/outbox', { signal, query: { limit: 20 } }),
    retry: false,
  });

export function useRefreshAfterChange() {
  const queryClient = useQueryClient();
  // An appointment moves the case's next planned contact, and a done one journals a contact.
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: agendaKeys.all }),
      queryClient.invalidateQueries({ queryKey: queryRoots.cases }),
      queryClient.invalidateQueries({ queryKey: queryRoots.caseload }),
    ]);
}

export function usePlanAppointment() {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: (body: AppointmentCreate) => api.post<Appointment>('/appointments', body),
    onSuccess: refresh,
  });
}

export function useTransitionAppointment() {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: ({ appointment, body }: { appointment: Appointment; body: AppointmentTransition }) =>
      api.post<Appointment>(`/appointments/${appointment.id}/transitions`, body, {
        headers: ifMatch(appointment.version),
      }),
    onSuccess: refresh,
  });
}

/** Moves (a new time) or changes a planned appointment; its reminder goes again before the new time. */
export function useUpdateAppointment() {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: ({ appointment, body }: { appointment: Appointment; body: AppointmentUpdate }) =>
      api.patch<Appointment>(`/appointments/${appointment.id}`, body, { headers: ifMatch(appointment.version) }),
    onSuccess: refresh,
  });
}

/** Monday 00:00 (local) of the week holding `day`. */
export function startOfWeek(day: Date): Date {
  const start = new Date(day.getFullYear(), day.getMonth(), day.getDate());
  start.setDate(start.getDate() - ((start.getDay() + 6) % 7));
  return start;
}

export function addDays(day: Date, days: number): Date {
  const next = new Date(day);
  next.setDate(next.getDate() + days);
  return next;
}

/** The appointments grouped by local day, in order. */
export function byDay(items: readonly Appointment[]): [string, Appointment[]][] {
  const days = new Map<string, Appointment[]>();
  for (const item of [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const start = new Date(item.startsAt);
    const key = `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}-${String(start.getDate()).padStart(2, '0')}`;
    days.set(key, [...(days.get(key) ?? []), item]);
  }
  return [...days.entries()];
}
