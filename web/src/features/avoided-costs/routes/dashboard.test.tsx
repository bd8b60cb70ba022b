import type { AvoidedCostDashboard } from '@percee/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { lastTwelveMonths } from '../../../lib/dates';
import { createFormatters } from '../../../lib/i18n/format';
import { BREAKTHROUGH_IDS, programFixture } from '../../../test/fixtures';
import { jsonResponse, mockFetch, pageResponse, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import AvoidedCostsRoute from './dashboard';

const period = lastTwelveMonths();
const euros = createFormatters('fr').euros;

/** The Heerlen-like headline: 13 followed, 8 with a plan, 6 with a breakthrough, 9 breakthroughs. */
const dashboard = (): AvoidedCostDashboard => ({
  period,
  computedAt: '2026-11-30T09:15:00.000Z',
  householdsFollowed: 13,
  householdsWithPlan: 8,
  householdsWithBreakthrough: 6,
  breakthroughs: 9,
  grossAvoidedCents: 61_250_000,
  interventionCents: 3_200_000,
  netAvoidedCents: 58_050_000,
  returnPerEuroHundredths: 1914,
  byMonth: [],
  byCategory: [],
  byProgram: [
    {
      key: BREAKTHROUGH_IDS.program,
      label: 'Percée Heerlen',
      householdsFollowed: 13,
      householdsWithPlan: 8,
      householdsWithBreakthrough: 6,
      breakthroughs: 9,
      grossAvoidedCents: 61_250_000,
      interventionCents: 3_200_000,
      netAvoidedCents: 58_050_000,
      returnPerEuroHundredths: 1914,
    },
  ],
});

function backend() {
  return mockFetch((url) => {
    // As the API: analysts read program options, never the settings.
    if (url === '/api/v1/programs?limit=200') return problemResponse(403, { title: 'Forbidden' });
    if (url === '/api/v1/programs/options?limit=200') {
      return pageResponse(
        [
          programFixture(),
          programFixture({ id: BREAKTHROUGH_IDS.program, name: 'Percée Heerlen', method: 'breakthrough' }),
        ].map(({ id, name, method }) => ({ id, name, method })),
      );
    }
    if (url.startsWith('/api/v1/avoided-costs/dashboard?')) return jsonResponse(dashboard());
    if (url === '/api/v1/team?limit=200') return pageResponse([]);
    return problemResponse(404, { title: 'Not Found' });
  });
}

/** The value of a headline figure. */
function kpi(label: string): string {
  const headline = screen.getByRole('region', { name: 'Chiffres clés de la période' });
  return within(headline).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? '';
}

describe('avoided costs dashboard', () => {
  it('shows the headline figures of the last twelve months, and the same figures by program', async () => {
    const fetchMock = backend();
    renderWithProviders(<AvoidedCostsRoute />, { me: testUser({ role: 'analyst' }), route: '/avoided-costs' });

    await screen.findByRole('region', { name: 'Chiffres clés de la période' });
    expect(kpi('Ménages suivis')).toBe('13');
    expect(kpi('Ménages avec un plan')).toBe('8');
    expect(kpi('Ménages avec au moins une percée')).toBe('6');
    expect(kpi('Percées réalisées')).toBe('9');
    expect(kpi('Coût évité brut')).toBe(euros(61_250_000));
    expect(kpi("Coût de l'intervention")).toBe(euros(3_200_000));
    expect(kpi('Coût évité net')).toBe(euros(58_050_000));
    expect(kpi('Rendement par euro investi')).toBe(`${euros(1914)} par euro`);

    // One request for the figures of the whole screen (not one per grouping).
    const figures = fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.includes('/avoided-costs/'));
    expect(figures).toEqual([`/api/v1/avoided-costs/dashboard?from=${period.from}&to=${period.to}`]);
    const byProgram = screen.getByRole('region', { name: 'Par programme' });
    expect(await within(byProgram).findAllByText('Percée Heerlen')).not.toHaveLength(0);
    // Only breakthrough-method programs are offered; analysts get no coach filter (no names).
    const program = screen.getByLabelText('Programme') as HTMLSelectElement;
    expect([...program.options].map((option) => option.textContent)).toEqual(['Tous', 'Percée Heerlen']);
    expect(screen.queryByLabelText('Coach')).toBeNull();
  }, 30_000);

  it('filters by category and coach through the URL', async () => {
    const user = userEvent.setup();
    const fetchMock = backend();
    renderWithProviders(<AvoidedCostsRoute />, { me: testUser({ role: 'coordinator' }), route: '/avoided-costs' });
    await screen.findByRole('region', { name: 'Chiffres clés de la période' });

    await user.selectOptions(screen.getByLabelText('Catégorie de percée'), 'eviction_prevention');
    await waitFor(() =>
      expect(
        fetchMock.mock.calls.some(
          ([url]) =>
            url === `/api/v1/avoided-costs/dashboard?from=${period.from}&to=${period.to}&category=eviction_prevention`,
        ),
      ).toBe(true),
    );
    expect(screen.getByLabelText('Coach')).toBeTruthy();
  }, 30_000);
});
