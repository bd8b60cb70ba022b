import { type Notification, notificationExample, type Task, taskExample } from '@percee/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bodyOf, caseFixture, caseloadEntryFixture, IDS } from '../../../test/fixtures';
import { jsonResponse, mockFetch } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import MyDayRoute from './my-day';

const signedOff: Notification = { ...(notificationExample as Notification), caseId: IDS.case, readAt: null };
const overdueTask: Task = {
  ...(taskExample as Task),
  kind: 'contact_overdue',
  title: null,
  caseId: IDS.case,
  dueAt: '2026-01-05T09:00:00.000Z',
};

function backend() {
  return mockFetch((url, init) => {
    if (url.startsWith('/api/v1/notifications?')) return jsonResponse({ items: [signedOff], nextCursor: null });
    if (url.startsWith('/api/v1/notifications/')) return new Response(null, { status: 204 });
    if (url === '/api/v1/tasks' && init.method === 'POST')
      return jsonResponse({ ...(taskExample as Task), title: 'Appeler la propriétaire' }, { status: 201 });
    if (url.startsWith('/api/v1/tasks?scope=team'))
      return jsonResponse({
        items: [{ ...overdueTask, owner: { id: IDS.case, displayName: 'Karim Coach' } }],
        nextCursor: null,
      });
    if (url.startsWith('/api/v1/tasks?')) return jsonResponse({ items: [overdueTask], nextCursor: null });
    if (url.startsWith('/api/v1/tasks/') && init.method === 'PATCH')
      return jsonResponse({ ...overdueTask, status: 'done', version: 2 });
    if (url.startsWith('/api/v1/appointments?')) return jsonResponse({ items: [], nextCursor: null });
    if (url.startsWith('/api/v1/caseload?'))
      return jsonResponse({
        items: [
          caseloadEntryFixture({ case: caseFixture({ overdue: true }), daysUntilDue: -3 }),
          caseloadEntryFixture({ case: caseFixture({ id: IDS.household, overdue: false }), daysUntilDue: 9 }),
        ],
        nextCursor: null,
      });
    return new Response(null, { status: 404 });
  });
}

describe('my day', () => {
  it('words what the API names (a sign-off, a rule task) and lists only the overdue households', async () => {
    backend();
    renderWithProviders(<MyDayRoute />, { me: testUser() });

    const notifications = screen.getByRole('region', { name: 'Notifications' });
    const link = await within(notifications).findByRole('link', {
      name: 'Sanne de Vries a validé votre percée (HL-2025-0007)',
    });
    expect(link.getAttribute('href')).toBe(`/cases/${IDS.case}/plan/breakthroughs/${signedOff.subjectId}`);
    const tasks = screen.getByRole('region', { name: 'Tâches à faire' });
    expect(await within(tasks).findAllByText('Contacter le ménage : le contact est en retard')).not.toHaveLength(0);
    expect(within(tasks).getByText(/en retard depuis le/)).toBeTruthy();
    const overdue = screen.getByRole('region', { name: 'Ménages en retard de contact' });
    expect(await within(overdue).findAllByRole('listitem')).toHaveLength(1);
    expect(
      within(screen.getByRole('region', { name: 'Rendez-vous du jour' })).getByText(/Aucun rendez-vous/),
    ).toBeTruthy();
    // The team's overdue tasks are the coordinators'.
    expect(screen.queryByRole('region', { name: 'Tâches en retard de l’équipe' })).toBeNull();
  });

  it('shows a coordinator the team’s overdue tasks, with whose they are', async () => {
    const fetchMock = backend();
    renderWithProviders(<MyDayRoute />, { me: testUser({ role: 'coordinator' }) });
    const team = screen.getByRole('region', { name: 'Tâches en retard de l’équipe' });
    expect(await within(team).findByText('Karim Coach')).toBeTruthy();
    expect(fetchMock.mock.calls.some(([url]) => String(url).startsWith('/api/v1/tasks?scope=team&overdue=true'))).toBe(
      true,
    );
  });

  it('marks a notification read and closes a task with its version', async () => {
    const user = userEvent.setup();
    const fetchMock = backend();
    renderWithProviders(<MyDayRoute />, { me: testUser() });

    await user.click(await screen.findByRole('button', { name: /^Marquer comme lu/ }));
    expect(
      fetchMock.mock.calls.some(
        ([url, init]) => url === `/api/v1/notifications/${signedOff.id}/read` && init?.method === 'POST',
      ),
    ).toBe(true);

    await user.click(await screen.findByRole('button', { name: /^Fait/ }));
    const [url, init] = fetchMock.mock.calls.find(([, sent]) => sent?.method === 'PATCH') ?? [];
    expect(url).toBe(`/api/v1/tasks/${overdueTask.id}`);
    expect(new Headers(init?.headers).get('If-Match')).toBe('"1"');
    expect(bodyOf(init)).toEqual({ status: 'done' });
  });

  it('adds a task for oneself; an empty title is refused before it is sent', async () => {
    const user = userEvent.setup();
    const fetchMock = backend();
    renderWithProviders(<MyDayRoute />, { me: testUser() });

    await user.click(await screen.findByRole('button', { name: 'Ajouter une tâche' }));
    const form = screen.getByRole('form', { name: 'Ajouter une tâche' });
    await user.click(within(form).getByRole('button', { name: 'Enregistrer la tâche' }));
    expect(within(form).getByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);

    await user.type(within(form).getByLabelText(/^Tâche/), 'Appeler la propriétaire');
    await user.clear(within(form).getByLabelText(/^Échéance/));
    await user.type(within(form).getByLabelText(/^Échéance/), '2030-01-15T10:30');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer la tâche' }));
    const [, init] =
      fetchMock.mock.calls.find(([url, sent]) => url === '/api/v1/tasks' && sent?.method === 'POST') ?? [];
    expect(bodyOf(init)).toEqual({
      title: 'Appeler la propriétaire',
      dueAt: new Date(2030, 0, 15, 10, 30).toISOString(),
    });
    expect(await screen.findByRole('button', { name: 'Ajouter une tâche' })).toBeTruthy();
  });
});
