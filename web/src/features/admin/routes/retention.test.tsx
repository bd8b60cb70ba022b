import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../test/fixtures';
import { jsonResponse, mockFetch, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import RetentionRoute from './retention';

const preview = (due: number) => ({
  retentionMonths: 60,
  cutoff: '2021-12-01T00:00:00.000Z',
  due,
  held: 1,
  items: [
    ...(due > 0
      ? [
          {
            householdId: '00000000-0000-4000-8000-000000000001',
            reference: '2016-0001',
            lastClosedAt: '2016-06-30T10:00:00.000Z',
            held: false,
            counts: { persons: 2, cases: 1, referrals: 1, contacts: 7 },
          },
        ]
      : []),
    {
      householdId: '00000000-0000-4000-8000-000000000002',
      reference: '2016-0002',
      lastClosedAt: '2016-07-01T10:00:00.000Z',
      held: true,
      counts: { persons: 1, cases: 1, referrals: 1, contacts: 3 },
    },
  ],
  nextCursor: null,
});

describe('retention (admins)', () => {
  it('sets the period, shows the dry run, and runs only after a confirmation', async () => {
    const user = userEvent.setup();
    let ran = false;
    const fetchMock = mockFetch((url, init) => {
      if (url === '/api/v1/admin/retention/settings' && init.method === 'PUT')
        return jsonResponse({ retentionMonths: 72 });
      if (url === '/api/v1/admin/retention/settings') return jsonResponse({ retentionMonths: 60 });
      if (url === '/api/v1/admin/retention/preview?limit=50') return jsonResponse(preview(ran ? 0 : 1));
      if (url === '/api/v1/admin/retention/run' && init.method === 'POST') {
        ran = true;
        return jsonResponse({
          retentionMonths: 60,
          cutoff: '2021-12-01T00:00:00.000Z',
          pseudonymised: [{ householdId: '00000000-0000-4000-8000-000000000001', reference: '2016-0001' }],
          skippedHeld: 1,
        });
      }
      return problemResponse(404, { title: 'Not Found' });
    });
    renderWithProviders(<RetentionRoute />, { me: testUser({ role: 'admin' }) });

    const months = await screen.findByLabelText(/Durée de conservation/);
    expect((months as HTMLInputElement).value).toBe('60');
    const table = await screen.findByRole('table', { name: /Simulation/ });
    const due = within(table).getByRole('rowheader', { name: '2016-0001' }).closest('tr') as HTMLElement;
    expect(within(due).getByText('À pseudonymiser')).toBeTruthy();
    const held = within(table).getByRole('rowheader', { name: '2016-0002' }).closest('tr') as HTMLElement;
    expect(within(held).getByText('Gel juridique : conservé')).toBeTruthy();

    await user.clear(months);
    await user.type(months, '0');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Indiquez un nombre entier de mois entre 1 et 600.')).toBeTruthy();
    await user.clear(months);
    await user.type(months, '72');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('La durée de conservation a été enregistrée.')).toBeTruthy();
    const puts = fetchMock.mock.calls.filter(([, init]) => init?.method === 'PUT');
    expect(bodyOf(puts[0]?.[1])).toEqual({ retentionMonths: 72 });

    await user.click(screen.getByRole('button', { name: 'Exécuter maintenant…' }));
    const dialog = screen.getByRole('alertdialog');
    expect(within(dialog).getByText(/Pseudonymiser 1 ménage/)).toBeTruthy();
    expect(fetchMock.mock.calls.some(([url]) => url === '/api/v1/admin/retention/run')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Oui, pseudonymiser' }));
    expect(await screen.findByText('Ménages pseudonymisés : 1.')).toBeTruthy();
    expect(fetchMock.mock.calls.filter(([url]) => url === '/api/v1/admin/retention/run')).toHaveLength(1);
  }, 30_000);
  it('shows the whole-run totals from the first page, and more households on demand', async () => {
    const user = userEvent.setup();
    const [dueOne, heldOne] = preview(1).items;
    mockFetch((url) => {
      if (url === '/api/v1/admin/retention/settings') return jsonResponse({ retentionMonths: 60 });
      if (url === '/api/v1/admin/retention/preview?limit=50')
        return jsonResponse({ ...preview(1), due: 120, held: 3, items: [dueOne], nextCursor: 'next' });
      if (url === '/api/v1/admin/retention/preview?limit=50&cursor=next')
        return jsonResponse({ ...preview(1), due: 120, held: 3, items: [heldOne], nextCursor: null });
      return problemResponse(404, { title: 'Not Found' });
    });
    renderWithProviders(<RetentionRoute />, { me: testUser({ role: 'admin' }) });

    const table = await screen.findByRole('table', { name: /Simulation/ });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['2016-0001']);
    expect(screen.getByText(/Ménages à pseudonymiser : 120\. Sous gel juridique \(conservés\) : 3\./)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Afficher plus' }));
    expect(await within(table).findByRole('rowheader', { name: '2016-0002' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Exécuter maintenant…' }));
    expect(within(screen.getByRole('alertdialog')).getByText(/Pseudonymiser 120 ménage/)).toBeTruthy();
  }, 30_000);
});
