import type { ActivityReport } from '@percee/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lastCalendarYear } from '../../../lib/dates';
import { programFixture } from '../../../test/fixtures';
import { jsonResponse, mockFetch, pageResponse, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import ActivityReportRoute from './activity';

const period = lastCalendarYear();

/** A report as an analyst receives it: counts from 1 to 4 read "<5". */
const analystReport = (): ActivityReport => ({
  period: { ...period, timeZone: 'Europe/Paris' },
  computedAt: '2026-11-30T09:15:00.000Z',
  suppressed: true,
  referrals: {
    received: 42,
    accepted: 30,
    declined: '<5',
    withdrawn: 0,
    pending: 9,
    declinedByReason: [{ key: 'not_eligible', count: '<5' }],
  },
  diagnostics: {
    done: 129,
    withoutAccompaniment: 26,
    withoutAccompanimentByReason: [{ key: 'never_reached', count: 14 }],
    duplicateOverrides: 0,
  },
  households: { diagnosed: 120, accompanied: 150, followed: 260 },
  accompaniments: {
    active: 163,
    started: 88,
    closed: 70,
    activeByType: [
      { key: 'housing_keeping', count: 104 },
      { key: 'housing_search', count: 38 },
      { key: 'housing_access', count: 17 },
      { key: 'masp', count: '<5' },
    ],
  },
  closures: { total: 70, byReason: [{ key: 'goals_reached', count: 51 }] },
  duration: { closedCases: 70, averageDays: 152.4, medianDays: null },
  contacts: {
    total: 1250,
    byType: [
      { key: 'home_visit', count: 800 },
      { key: 'video', count: '<5' },
    ],
    casesWithContact: 150,
    perActiveCase: 7.7,
    averageIntervalDays: 14.2,
  },
  assessmentProgress: { cases: '<5', domains: [] },
  objectives: { set: 9, reached: '<5', partly: '<5', notReached: 0, evaluations: 6, meanSatisfaction: 3.5 },
  aid: {
    grants: 12,
    totalCents: '<5',
    byKind: [{ key: 'energy', count: '<5', totalCents: '<5' }],
    byNature: [{ key: 'financial', count: 12, totalCents: 345_600 }],
  },
});

const reportUrl = `/api/v1/reports/activity?from=${period.from}&to=${period.to}`;

function backend() {
  return mockFetch((url) => {
    // As the API: analysts read program options, never the settings.
    if (url === '/api/v1/programs?limit=200') return problemResponse(403, { title: 'Forbidden' });
    if (url === '/api/v1/programs/options?limit=200') {
      const { id, name, method } = programFixture();
      return pageResponse([{ id, name, method }]);
    }
    if (url === reportUrl) return jsonResponse(analystReport());
    if (url.startsWith('/api/v1/reports/activity.csv?')) {
      return new Response('\uFEFFsection;figure;key;value\r\n', {
        status: 200,
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="activity-${period.from}-${period.to}.csv"`,
        },
      });
    }
    return problemResponse(404, { title: 'Not Found' });
  });
}

/** The value of a figure in a section's table, by the row's label. */
function figureIn(sectionName: string, label: string): string {
  const section = screen.getByRole('region', { name: sectionName });
  // The first match: a chart's data table may repeat a breakdown.
  const row = within(section).getAllByRole('rowheader', { name: label })[0]?.closest('tr');
  return row?.querySelector('td')?.textContent ?? '';
}

describe('activity report', () => {
  // jsdom has no object URLs and does not download: the browser's part is stubbed.
  beforeEach(() => {
    Object.defineProperty(URL, 'createObjectURL', { value: vi.fn(() => 'blob:report'), configurable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });
  afterEach(() => {
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('shows last year by default, every section, and "<5" as is for an analyst', async () => {
    const fetchMock = backend();
    renderWithProviders(<ActivityReportRoute />, { me: testUser({ role: 'analyst' }), route: '/reports' });

    expect(await screen.findByRole('region', { name: 'Orientations' })).toBeTruthy();
    expect(fetchMock.mock.calls.some(([url]) => url === reportUrl)).toBe(true);
    expect((screen.getByLabelText('Du') as HTMLInputElement).value).toBe(period.from);
    expect((screen.getByLabelText('Au') as HTMLInputElement).value).toBe(period.to);
    expect(screen.getByText(/les nombres de 1 à 4 sont affichés « <5 »/)).toBeTruthy();
    // When the figures were computed (they come from a snapshot a few minutes old at most).
    expect(screen.getByText(/^Chiffres arrêtés à .*30 nov\. 2026/)).toBeTruthy();

    expect(figureIn('Orientations', 'Reçues')).toBe('42');
    expect(figureIn('Orientations', 'Refusées')).toBe('<5');
    expect(figureIn('Orientations', 'Non éligible')).toBe('<5');
    expect(figureIn('Diagnostics', 'Diagnostics réalisés')).toBe('129');
    expect(figureIn('Accompagnements', 'Maintien dans le logement')).toBe('104');
    expect(figureIn('Accompagnements', 'MASP (accompagnement budgétaire)')).toBe('<5');
    expect(figureIn('Contacts', 'Visioconférence')).toBe('<5');
    expect(figureIn('Durée des suivis', 'Durée médiane')).toBe('non affiché');
    expect(figureIn('Aides', 'Montant total')).toBe('<5');
    for (const name of ['Clôtures', "Évolution de l'autonomie"])
      expect(screen.getByRole('region', { name })).toBeTruthy();
    // Charts leave out what is hidden, and say so.
    expect(
      screen.getAllByText('Les valeurs « <5 » ne sont pas dessinées ; elles figurent dans le tableau.'),
    ).toHaveLength(2);

    // No names for analysts: no worker nor site filter, and no request for them.
    expect(screen.queryByLabelText('Intervenant·e')).toBeNull();
    expect(screen.queryByLabelText('Site')).toBeNull();
    expect(fetchMock.mock.calls.some(([url]) => String(url).startsWith('/api/v1/team'))).toBe(false);
    expect(fetchMock.mock.calls.some(([url]) => String(url).startsWith('/api/v1/admin/'))).toBe(false);
    // The program filter is filled from the options: analysts do not read the program settings.
    const programFilter = screen.getByLabelText('Programme') as HTMLSelectElement;
    await waitFor(() =>
      expect([...programFilter.options].map((option) => option.textContent)).toContain(programFixture().name),
    );
  }, 30_000);

  it('downloads the CSV of the report with the chosen separator', async () => {
    const user = userEvent.setup();
    const fetchMock = backend();
    renderWithProviders(<ActivityReportRoute />, { me: testUser({ role: 'coordinator' }), route: '/reports' });
    await screen.findByRole('region', { name: 'Orientations' });

    const csvCalls = () => fetchMock.mock.calls.filter(([url]) => String(url).includes('/reports/activity.csv'));
    await user.click(screen.getByRole('button', { name: "Exporter « Rapport d'activité » en CSV" }));
    expect(await screen.findByText(`Fichier téléchargé : activity-${period.from}-${period.to}.csv`)).toBeTruthy();
    expect(csvCalls()[0]?.[0]).toBe(
      `/api/v1/reports/activity.csv?from=${period.from}&to=${period.to}&delimiter=semicolon`,
    );
    expect(new Headers(csvCalls()[0]?.[1]?.headers).get('Accept')).toBe('text/csv');
    expect(HTMLAnchorElement.prototype.click).toHaveBeenCalled();

    await user.selectOptions(screen.getByLabelText('Séparateur CSV'), 'comma');
    await user.click(screen.getByRole('button', { name: "Exporter « Rapport d'activité » en CSV" }));
    await waitFor(() => expect(csvCalls()).toHaveLength(2));
    expect(csvCalls()[1]?.[0]).toBe(`/api/v1/reports/activity.csv?from=${period.from}&to=${period.to}&delimiter=comma`);
  }, 30_000);

  it('refuses a period that ends before it starts, without asking the API', async () => {
    const user = userEvent.setup();
    const fetchMock = backend();
    renderWithProviders(<ActivityReportRoute />, { me: testUser({ role: 'analyst' }), route: '/reports' });
    await screen.findByRole('region', { name: 'Orientations' });
    const before = fetchMock.mock.calls.length;

    await user.clear(screen.getByLabelText('Au'));
    await user.type(screen.getByLabelText('Au'), '2000-01-01');

    expect(await screen.findByText('La fin de la période doit suivre son début.')).toBeTruthy();
    expect(screen.getByLabelText('Au').getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock.mock.calls.slice(before).some(([url]) => String(url).includes('to=2000-01-01'))).toBe(false);
  }, 30_000);
});
