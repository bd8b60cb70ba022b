import { useQuery } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bodyOf, caseFixture, IDS, problemType, teamFixture } from '../../../test/fixtures';
import { jsonResponse, mockFetch, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import { caseQueryOptions } from '../api';
import { TeamPanel } from './team-panel';

const CASE_URL = `/api/v1/cases/${IDS.case}`;
const CO_WORKERS_URL = `${CASE_URL}/co-workers`;

/** As on the case page: the panel shows the case as loaded (and reloaded) from the API. */
function LiveCase() {
  const query = useQuery(caseQueryOptions(IDS.case));
  return query.data ? <TeamPanel caseItem={query.data} /> : null;
}

describe('co-workers of a case', () => {
  it('sends the case version as If-Match; on 412 offers to reload, then retries with the new version', async () => {
    const user = userEvent.setup();
    const loads = [caseFixture(), caseFixture({ version: 9 })];
    let gets = 0;
    let puts = 0;
    const fetchMock = mockFetch((url) => {
      if (url.startsWith('/api/v1/team')) return jsonResponse({ items: teamFixture(), nextCursor: null });
      if (url === CO_WORKERS_URL) {
        puts += 1;
        return puts === 1
          ? problemResponse(412, { type: problemType('stale'), title: 'Precondition Failed' })
          : jsonResponse(caseFixture({ version: 10, coWorkerIds: [IDS.otherWorker] }));
      }
      if (url === CASE_URL) return jsonResponse(loads[Math.min(gets++, loads.length - 1)]);
      return problemResponse(404, { title: 'Not Found' });
    });
    const putCalls = () => fetchMock.mock.calls.filter(([url]) => url === CO_WORKERS_URL);
    renderWithProviders(<LiveCase />, { me: testUser({ role: 'coordinator' }) });

    await user.click(await screen.findByRole('button', { name: 'Modifier les co-intervenant·es' }));
    await user.click(await screen.findByRole('checkbox', { name: /Sofia Peeters/ }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Données modifiées entre-temps')).toBeTruthy();
    expect(new Headers(putCalls()[0]?.[1]?.headers).get('If-Match')).toBe('"7"');
    expect(bodyOf(putCalls()[0]?.[1])).toEqual({ userIds: [IDS.otherWorker] });

    await user.click(screen.getByRole('button', { name: 'Recharger' }));
    await waitFor(() => expect(fetchMock.mock.calls.filter(([url]) => url === CASE_URL)).toHaveLength(2));
    expect(screen.queryByText('Données modifiées entre-temps')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(putCalls()).toHaveLength(2));
    expect(new Headers(putCalls()[1]?.[1]?.headers).get('If-Match')).toBe('"9"');
    expect(await screen.findByText('Les co-intervenant·es ont été mis·es à jour.')).toBeTruthy();
  });
});
