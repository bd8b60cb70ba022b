import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { bodyOf } from '../test/fixtures';
import { jsonResponse, mockFetch, pageResponse, problemResponse } from '../test/http';
import { renderWithProviders, testUser } from '../test/render';
import { RecordCorrection } from './record-correction';

const AUTHOR = '00000000-0000-4000-8000-000000000001';
const CONTACT = '00000000-0000-4000-8000-0000000000a1';

function renderContact(me = testUser(), onChanged = vi.fn(async () => undefined)) {
  renderWithProviders(
    <RecordCorrection
      kind="contact"
      record={{ id: CONTACT, version: 3, voided: null, authorIds: [AUTHOR] }}
      fields={[
        {
          name: 'type',
          label: 'Type de contact',
          type: 'select',
          options: [
            { value: 'office', label: 'Au bureau' },
            { value: 'phone', label: 'Téléphone' },
          ],
        },
        { name: 'notes', label: 'Notes', type: 'textarea' },
      ]}
      initial={{ type: 'office', notes: 'Premier entretien' }}
      toApi={(changed) => changed}
      onChanged={onChanged}
    />,
    { me },
  );
  return onChanged;
}

describe('correcting a record', () => {
  it('the author sends only the changed fields, with the reason and If-Match, and the page refreshes', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch(() => jsonResponse({ id: CONTACT, version: 4 }));
    const onChanged = renderContact();

    await user.click(screen.getByRole('button', { name: 'Corriger' }));
    await user.selectOptions(screen.getByLabelText(/Type de contact/), 'phone');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la correction' }));
    // No reason: refused here, nothing sent.
    expect(await screen.findByText(/Motif/)).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText(/Motif/), 'C’était un appel');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la correction' }));
    expect(await screen.findByText('Correction enregistrée.')).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe(`/api/v1/contacts/${CONTACT}/corrections`);
    expect(new Headers(init?.headers).get('If-Match')).toBe('"3"');
    expect(bodyOf(init)).toEqual({ reason: 'C’était un appel', type: 'phone' });
    expect(onChanged).toHaveBeenCalled();
  });

  it('voiding a voided record says so in the interface language', async () => {
    const user = userEvent.setup();
    mockFetch(() =>
      problemResponse(409, { title: 'Conflict', type: 'urn:percee:problem:record-voided', detail: 'voided' }),
    );
    renderContact(testUser({ id: '00000000-0000-4000-8000-0000000000c9', role: 'coordinator' }));

    await user.click(screen.getByRole('button', { name: 'Annuler l’entrée' }));
    await user.type(screen.getByLabelText(/Motif/), 'Mauvais ménage');
    await user.click(screen.getAllByRole('button', { name: 'Annuler l’entrée' }).at(-1) as HTMLElement);
    expect(await screen.findByText('Cette entrée est annulée ; elle ne change plus.')).toBeTruthy();
  });

  it('another worker may read the history but not correct', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch(() =>
      pageResponse([
        {
          version: 1,
          action: 'corrected',
          at: '2025-03-04T08:00:00.000Z',
          actor: { id: AUTHOR, displayName: 'Marie Dupont' },
          reason: 'Mauvaise date',
          record: { type: 'office', notes: 'Avant' },
        },
      ]),
    );
    renderContact(testUser({ id: '00000000-0000-4000-8000-0000000000b2' }));

    expect(screen.queryByRole('button', { name: 'Corriger' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Annuler l’entrée' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Historique' }));
    expect(await screen.findByText('Version 1')).toBeTruthy();
    expect(screen.getByText(/Mauvaise date/)).toBeTruthy();
    await waitFor(() => expect(fetchMock.mock.calls[0]?.[0]).toBe(`/api/v1/contacts/${CONTACT}/history?limit=50`));
  });
});
