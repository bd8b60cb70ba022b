import type { Contact, ContactSaved, TimelineEntry } from '@percee/shared';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { programsQueryOptions } from '../../../lib/reference-data';
import { caseFixture, IDS, programFixture } from '../../../test/fixtures';
import { jsonResponse, mockFetch, pageResponse, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import { caseQueryOptions } from '../api';
import CaseDetailRoute from './case-detail';

function renderCase(method: 'breakthrough' | 'case_management') {
  return mockFetch((url) => {
    if (url === `/api/v1/cases/${IDS.case}`) return jsonResponse(caseFixture());
    if (url === '/api/v1/programs?limit=200') return pageResponse([programFixture({ method })]);
    if (url.includes('/timeline?')) return pageResponse([]);
    if (/\/(aid|assessments|involvements)\?/.test(url)) return pageResponse([]);
    return problemResponse(404, { title: 'Not Found' });
  });
}

function renderPage() {
  return renderWithProviders(
    <Routes>
      <Route path="/cases/:caseId" element={<CaseDetailRoute />} />
    </Routes>,
    { me: testUser(), route: `/cases/${IDS.case}` },
  );
}

describe('case page', () => {
  it('links to the breakthrough plan only for cases of a breakthrough-method program', async () => {
    renderCase('breakthrough');
    renderPage();
    const link = await screen.findByRole('link', { name: 'Plan de percée' });
    expect(link.getAttribute('href')).toBe(`/cases/${IDS.case}/plan`);
    cleanup();

    renderCase('case_management');
    const { queryClient } = renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: /Amina Benali/ })).toBeTruthy();
    // Once the programs are known, the case page still offers no plan.
    await waitFor(() => expect(queryClient.getQueryData(programsQueryOptions().queryKey)).toBeDefined());
    expect(screen.queryByRole('link', { name: 'Plan de percée' })).toBeNull();
  }, 30_000);

  it('logging a contact updates the page from the answer: the POST is the only request (no refetch)', async () => {
    const older: Contact = {
      id: '00000000-0000-4000-8000-0000000000a1',
      caseId: IDS.case,
      occurredAt: '2025-02-01T10:00:00.000Z',
      type: 'office',
      durationMinutes: null,
      participants: null,
      notes: 'Premier entretien',
      nextPlannedAt: null,
      recordedBy: IDS.worker,
      createdAt: '2025-02-01T10:05:00.000Z',
      version: 1,
      correctedAt: null,
      voided: null,
    };
    const olderLine: TimelineEntry = {
      at: '2025-01-10T09:00:00.000Z',
      kind: 'opened',
      actor: null,
      summary: 'opened',
      note: null,
    };
    const saved: ContactSaved = {
      ...older,
      id: '00000000-0000-4000-8000-0000000000a2',
      occurredAt: '2025-03-03T10:00:00.000Z',
      type: 'phone',
      durationMinutes: 15,
      notes: 'Appel au propriétaire',
      createdAt: '2025-03-03T10:01:00.000Z',
      case: caseFixture({
        lastContactAt: '2025-03-03T10:00:00.000Z',
        contactDueAt: '2025-03-17T10:00:00.000Z',
        updatedAt: '2025-03-03T10:01:00.000Z',
        version: 8,
      }),
      timelineEntry: {
        at: '2025-03-03T10:00:00.000Z',
        kind: 'contact',
        actor: { id: IDS.worker, displayName: 'Luc Martin' },
        summary: 'phone (15 min)',
        note: null,
      },
    };
    const fetchMock = mockFetch((url, init) => {
      if (init.method === 'POST' && url === `/api/v1/cases/${IDS.case}/contacts`) {
        return jsonResponse(saved, { status: 201 });
      }
      if (url === `/api/v1/cases/${IDS.case}`) return jsonResponse(caseFixture());
      if (url === '/api/v1/programs?limit=200') return pageResponse([programFixture()]);
      if (url.includes('/contacts?')) return pageResponse([older]);
      if (url.includes('/timeline?')) return pageResponse([olderLine]);
      if (url.includes('?')) return pageResponse([]);
      return problemResponse(404, { title: 'Not Found' });
    });
    const { queryClient } = renderPage();
    expect(await screen.findByText('Premier entretien')).toBeTruthy();
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    const before = fetchMock.mock.calls.length;

    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Téléphone' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer le contact' }));
    expect(await screen.findByText('Le contact a été enregistré.')).toBeTruthy();

    // The journal, the timeline and the case's contact clock show the answer...
    expect(await screen.findByText('Appel au propriétaire')).toBeTruthy();
    expect(screen.getByText(/Contact : Téléphone/)).toBeTruthy();
    expect(document.querySelector('.case-header time[datetime="2025-03-03T10:00:00.000Z"]')).not.toBeNull();
    expect(queryClient.getQueryData(caseQueryOptions(IDS.case).queryKey)?.version).toBe(8);
    // ...and nothing was read again: the only request since the page settled is the POST.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(queryClient.isFetching()).toBe(0);
    const after = fetchMock.mock.calls
      .slice(before)
      .map(([input, init]) => `${init?.method ?? 'GET'} ${String(input)}`);
    expect(after).toEqual([`POST /api/v1/cases/${IDS.case}/contacts`]);
  }, 30_000);
});
