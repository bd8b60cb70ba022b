import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { caseFixture, caseloadEntryFixture } from '../../../test/fixtures';
import { jsonResponse, mockFetch } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import CaseloadRoute from '../routes/caseload';

const calm = caseloadEntryFixture({
  case: caseFixture({
    id: '00000000-0000-4000-8000-000000000101',
    household: { id: '00000000-0000-4000-8000-000000000201', reference: 'MEN-0001', displayName: 'Famille Dubois' },
    stage: 'monitoring',
  }),
  daysUntilDue: 9,
  nextPlannedContactAt: '2025-03-04T09:30:00.000Z',
  pendingActions: ['planned_contact_soon'],
});
const overdue = caseloadEntryFixture({
  case: caseFixture({
    id: '00000000-0000-4000-8000-000000000102',
    household: { id: '00000000-0000-4000-8000-000000000202', reference: 'MEN-0002', displayName: 'Amina Benali' },
    stage: 'assessment',
    overdue: true,
  }),
  daysUntilDue: -3,
  pendingActions: ['contact_overdue', 'assessment_missing'],
});
const dueSoon = caseloadEntryFixture({
  case: caseFixture({
    id: '00000000-0000-4000-8000-000000000103',
    household: { id: '00000000-0000-4000-8000-000000000203', reference: 'MEN-0003', displayName: 'Famille Janssens' },
    stage: 'planning',
  }),
  daysUntilDue: 2,
});

describe('My caseload', () => {
  it('shows overdue cases first, with the days overdue, then pending actions, stage, program and next contact', async () => {
    // Even if the API ever listed them out of order, an overdue contact is never below a case that can wait.
    const fetchMock = mockFetch(() => jsonResponse({ items: [calm, overdue, dueSoon], nextCursor: null }));
    renderWithProviders(<CaseloadRoute />, { me: testUser(), route: '/caseload' });

    const items = await screen.findAllByRole('listitem');
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/caseload?limit=50');
    expect(items).toHaveLength(3);

    const first = within(items[0] as HTMLElement);
    expect(first.getByRole('link', { name: 'Amina Benali' }).getAttribute('href')).toBe(
      '/cases/00000000-0000-4000-8000-000000000102',
    );
    expect(first.getByText('En retard de 3 jours')).toBeTruthy();
    expect(first.getByText('Diagnostic à faire')).toBeTruthy();
    expect(first.getByText('Diagnostic')).toBeTruthy(); // the stage
    // The overdue badge already says it: no second "contact overdue" badge.
    expect(first.queryByText('Contact en retard')).toBeNull();

    const second = within(items[1] as HTMLElement);
    expect(second.getByRole('link', { name: 'Famille Dubois' })).toBeTruthy();
    expect(second.getByText('Contact prévu bientôt')).toBeTruthy();
    expect(second.getByText('Suivi')).toBeTruthy();
    expect(second.getByText('Case management Héberge Toit')).toBeTruthy();
    expect(second.getByText(/4 mars 2025/)).toBeTruthy(); // next planned contact
    expect(second.queryByText(/En retard/)).toBeNull();

    expect(within(items[2] as HTMLElement).getByText('Contact dans 2 jours')).toBeTruthy();
    expect(screen.getByText('Situations : 3 · en retard : 1')).toBeTruthy();
  });

  it('filters by stage on the server (the filter holds across pages)', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch((url) => {
      const stage = new URL(url, 'http://localhost').searchParams.get('stage');
      const all = [overdue, calm, dueSoon];
      return jsonResponse({ items: stage ? all.filter((entry) => entry.case.stage === stage) : all, nextCursor: null });
    });
    renderWithProviders(<CaseloadRoute />, { me: testUser(), route: '/caseload' });
    await screen.findAllByRole('listitem');

    await user.selectOptions(screen.getByLabelText('Étape'), 'monitoring');

    expect(await screen.findByText('Situations : 1 · en retard : 0')).toBeTruthy();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(within(items[0] as HTMLElement).getByRole('link', { name: 'Famille Dubois' })).toBeTruthy();
    expect(fetchMock.mock.calls.map((call) => call[0])).toContain('/api/v1/caseload?stage=monitoring&limit=50');

    await user.selectOptions(screen.getByLabelText('Étape'), 'evaluation');
    expect(await screen.findByText('Aucune situation à cette étape.')).toBeTruthy();
  });

  it('shows more on demand, and never presents the first page as the whole caseload', async () => {
    const user = userEvent.setup();
    const lateToo = caseloadEntryFixture({
      case: caseFixture({
        id: '00000000-0000-4000-8000-000000000104',
        household: {
          id: '00000000-0000-4000-8000-000000000204',
          reference: 'MEN-0004',
          displayName: 'Famille Peeters',
        },
        overdue: true,
      }),
      daysUntilDue: -1,
      pendingActions: ['contact_overdue'],
    });
    const fetchMock = mockFetch((url) =>
      new URL(url, 'http://localhost').searchParams.get('cursor') === 'page-2'
        ? jsonResponse({ items: [dueSoon], nextCursor: null })
        : jsonResponse({ items: [overdue, lateToo], nextCursor: 'page-2' }),
    );
    renderWithProviders(<CaseloadRoute />, { me: testUser(), route: '/caseload' });

    expect(await screen.findAllByRole('listitem')).toHaveLength(2);
    // Only overdue cases so far: more of them may follow.
    expect(screen.getByText('Situations : 2+ · en retard : 2+')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Afficher plus' }));

    expect(await screen.findByText('Situations : 3 · en retard : 2')).toBeTruthy();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(within(items[2] as HTMLElement).getByRole('link', { name: 'Famille Janssens' })).toBeTruthy();
    expect(fetchMock.mock.calls[1]?.[0]).toBe('/api/v1/caseload?limit=50&cursor=page-2');
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).toBeNull();
  });

  it('says so when the caseload is empty', async () => {
    mockFetch(() => jsonResponse({ items: [], nextCursor: null }));
    renderWithProviders(<CaseloadRoute />, { me: testUser(), route: '/caseload' });
    expect(await screen.findByText("Vous n'avez aucune situation ouverte.")).toBeTruthy();
  });
});
