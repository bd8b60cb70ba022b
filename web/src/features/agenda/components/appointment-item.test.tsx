import { type Appointment, appointmentExample } from '@percee/shared';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bodyOf, IDS } from '../../../test/fixtures';
import { jsonResponse, mockFetch } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import { AppointmentItem } from './appointment-item';

const past: Appointment = {
  ...(appointmentExample as Appointment),
  caseId: IDS.case,
  startsAt: '2026-03-12T09:00:00.000Z',
  endsAt: '2026-03-12T09:45:00.000Z',
  durationMinutes: 45,
  place: 'street',
  members: [
    { id: IDS.case, firstName: 'Samira', lastName: 'Benali' },
    { id: appointmentExample.members[0]?.id ?? '', firstName: 'Yanis', lastName: 'Benali' },
  ],
};

describe('an appointment of the agenda', () => {
  it('opens the contact form pre-filled from the appointment and sends it with the done transition', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch(() => jsonResponse({ ...past, status: 'done', version: 2 }));
    renderWithProviders(
      <ul>
        <AppointmentItem appointment={past} />
      </ul>,
      { me: testUser() },
    );

    await user.click(screen.getByRole('button', { name: 'Réalisé' }));
    const form = screen.getByRole('form', { name: 'Consigner le contact' });
    expect(form).toBeTruthy();
    expect((screen.getByLabelText(/Participant·es/) as HTMLInputElement).value).toBe('Samira Benali, Yanis Benali');
    expect((screen.getByLabelText(/Durée \(minutes\)/) as HTMLInputElement).value).toBe('45');
    // A street appointment is a street-outreach contact.
    expect((screen.getByLabelText(/Type de contact/) as HTMLSelectElement).value).toBe('street_outreach');
    await user.type(screen.getByLabelText(/^Notes/), 'Met at the market');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le contact' }));

    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe(`/api/v1/appointments/${past.id}/transitions`);
    expect(new Headers((init as RequestInit).headers).get('If-Match')).toBe('"1"');
    expect(bodyOf(init)).toEqual({
      to: 'done',
      contact: {
        occurredAt: '2026-03-12T09:00:00.000Z',
        type: 'street_outreach',
        durationMinutes: 45,
        participants: 'Samira Benali, Yanis Benali',
        notes: 'Met at the market',
      },
    });
  });

  it('asks a reason before cancelling', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch(() => jsonResponse({ ...past, status: 'cancelled', version: 2 }));
    renderWithProviders(
      <ul>
        <AppointmentItem appointment={past} />
      </ul>,
      { me: testUser() },
    );
    await user.click(screen.getByRole('button', { name: 'Annuler le rendez-vous' }));
    await user.type(screen.getByLabelText(/Pourquoi est-il annulé/), 'Family away');
    await user.click(screen.getByRole('button', { name: 'L’annuler' }));
    expect(bodyOf(fetchMock.mock.calls[0]?.[1])).toEqual({ to: 'cancelled', reason: 'Family away' });
  });

  it('moves a planned appointment to a new time (PATCH with If-Match), and says so', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch(() => jsonResponse({ ...past, version: 2 }));
    renderWithProviders(
      <ul>
        <AppointmentItem appointment={past} />
      </ul>,
      { me: testUser() },
    );
    await user.click(screen.getByRole('button', { name: 'Déplacer' }));
    const form = screen.getByRole('form', { name: 'Déplacer' });
    expect(form.textContent).toContain('Le rappel sera renvoyé avant la nouvelle heure.');
    const input = screen.getByLabelText(/Nouvelle date et heure/) as HTMLInputElement;
    await user.clear(input);
    await user.type(input, '2026-03-14T15:30');
    await user.click(screen.getByRole('button', { name: 'Déplacer le rendez-vous' }));
    await screen.findByText('Rendez-vous déplacé.');
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe(`/api/v1/appointments/${past.id}`);
    expect((init as RequestInit).method).toBe('PATCH');
    expect(new Headers((init as RequestInit).headers).get('If-Match')).toBe('"1"');
    expect(bodyOf(init)).toEqual({ startsAt: new Date(2026, 2, 14, 15, 30).toISOString() });
  });
});
