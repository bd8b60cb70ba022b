import { cleanup, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { programsQueryOptions } from '../../../lib/reference-data';
import { caseFixture, IDS, programFixture } from '../../../test/fixtures';
import { jsonResponse, mockFetch, pageResponse, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
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
});
